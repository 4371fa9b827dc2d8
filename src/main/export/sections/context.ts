import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  ORGANIZATION_TYPE_LABELS,
  type ExpertiseLevel,
  type InventoryKind,
  type InventoryLevel,
} from '@shared/domain';
import { factsLayout } from '../theme';
import {
  dataTable,
  joinAnd,
  nameWithNote,
  paragraph,
  plural,
  someOf,
  th,
  titled,
  type Section,
  type SectionContext,
} from './common';

const EXPERTISE_WORDS: Record<ExpertiseLevel, string> = { new: 'New', some: 'Some', strong: 'Strong' };

const KIND_LABELS: Record<InventoryKind, string> = {
  strategic_goal: 'Strategic goal',
  initiative: 'Initiative',
  structure: 'Structure',
  practice: 'Practice',
  resource: 'Resource',
};
const LEVEL_LABELS: Record<InventoryLevel, string> = {
  system: 'System',
  campus: 'Campus',
  individual: 'Individual',
};

function facts(ctx: SectionContext, rows: [string, string][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'muted' }, { text: value }]),
    },
    layout: factsLayout(ctx.theme),
    margin: [0, 0, 0, 12],
  };
}

/** Who the district is and what its results say it needs most. */
export function districtContext(ctx: SectionContext): Section {
  const { engagement, fmt } = ctx;
  const { client, expertise } = engagement;
  const body: Content[] = [
    paragraph(
      'The district as it describes itself, and the needs its own results show: the rest of this plan is built on both.',
      'lead',
    ),
  ];
  const rows: [string, string][] = [
    [
      'Organization',
      `${ctx.clientName} (${ORGANIZATION_TYPE_LABELS[client.organizationType].toLowerCase()})`,
    ],
  ];
  if (client.region.trim() !== '') rows.push(['Region', client.region]);
  if (client.students > 0) rows.push(['Students', fmt.count(client.students)]);
  const educators = [
    [client.educators.teachers, 'teacher', 'teachers'],
    [client.educators.coaches, 'coach', 'coaches'],
    [client.educators.principals, 'principal', 'principals'],
    [client.educators.centralOffice, 'central office leader', 'central office staff'],
  ] as const;
  const educatorText = educators.filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (educatorText.length > 0) rows.push(['Educators', educatorText.join(', ')]);
  // Every campus by name: a district checks that its schools are the ones in the scope.
  if (client.campuses.length > 0) {
    rows.push(['Campuses', `${client.campuses.length}: ${joinAnd(client.campuses.map((c) => c.name))}`]);
  }
  const expertiseParts: string[] = [];
  if (expertise.contentFamiliarity !== null)
    expertiseParts.push(
      `Content familiarity: ${EXPERTISE_WORDS[expertise.contentFamiliarity].toLowerCase()}`,
    );
  if (expertise.facilitationExperience !== null) {
    expertiseParts.push(
      `facilitation experience: ${EXPERTISE_WORDS[expertise.facilitationExperience].toLowerCase()}`,
    );
  }
  if (expertise.inHouseFacilitators + expertise.inHouseCoaches > 0) {
    expertiseParts.push(
      `${plural(expertise.inHouseFacilitators, 'in-house facilitator', 'in-house facilitators')} and ${plural(expertise.inHouseCoaches, 'in-house coach', 'in-house coaches')}`,
    );
  }
  if (expertiseParts.length > 0) rows.push(['In-house expertise', expertiseParts.join('; ')]);
  const printed = new Set(engagement.scopeOfWork.printedNotes);
  if (printed.has('expertise') && expertise.notes.trim() !== '')
    rows.push(['Expertise notes', expertise.notes]);
  body.push(facts(ctx, rows));

  const needs = [...engagement.needs].sort((a, b) => a.rank - b.rank);
  if (needs.length > 0) {
    const rowsN: TableCell[][] = needs.map((n) => [
      { text: String(n.rank), alignment: 'center', bold: true },
      nameWithNote(n.statement, n.evidence.source.trim() !== '' ? `Evidence: ${n.evidence.source}` : ''),
      { text: n.learners === 'students' ? 'Students' : 'Educators' },
    ]);
    body.push(
      ...titled(
        'Priority needs',
        paragraph(
          'Professional learning in this plan is tied to the needs the district’s own results show, highest priority first.',
          ['body', 'muted'],
        ),
        dataTable(ctx, [28, '*', 76], [th('Rank', 'center'), th('Need'), th('Whose learning')], rowsN),
      ),
    );
  }

  return { id: 'context', title: 'The district’s context and priority needs', body };
}

/** "Our work starts where they are": what already works, and which plan lines build on it. */
export function alreadyWorking(ctx: SectionContext): Section {
  const { engagement } = ctx;
  const body: Content[] = [];
  if (engagement.inventory.length === 0) return { id: 'working', title: 'What is already working', body };

  body.push(
    paragraph(
      'This plan starts from what the district already has in place or is showing promise, so new learning strengthens existing work instead of competing with it.',
      'lead',
    ),
  );
  const order: InventoryLevel[] = ['system', 'campus', 'individual'];
  const items = [...engagement.inventory].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  const printed = new Set(engagement.scopeOfWork.printedNotes);
  const rows: TableCell[][] = items.map((item) => [
    nameWithNote(
      item.name,
      [item.evidence, printed.has(`inventory:${item.id}`) ? item.notes : '']
        .filter((s) => s.trim() !== '')
        .join(' · '),
    ),
    { text: LEVEL_LABELS[item.level] },
    { text: KIND_LABELS[item.kind] },
    {
      text: item.status === 'working' ? 'Working' : 'Showing promise',
      color: item.status === 'working' ? ctx.theme.primaryText : ctx.theme.accentText,
      bold: true,
    },
  ]);
  body.push(
    dataTable(ctx, ['*', 58, 78, 78], [th('What is in place'), th('Level'), th('Kind'), th('Status')], rows),
  );

  const funded = new Set(ctx.scope.costing.lines.map((l) => l.lineId));
  const names = new Map(ctx.scope.sizing.lines.map((l) => [l.lineId, l.name]));
  const buildsOn: TableCell[][] = [];
  for (const item of items) {
    const lines = engagement.lines.filter((l) => l.buildsOn.includes(item.id));
    if (lines.length === 0) continue;
    const fundedNames = lines.filter((l) => funded.has(l.id)).map((l) => names.get(l.id) ?? '');
    const laterNames = lines.filter((l) => !funded.has(l.id)).map((l) => names.get(l.id) ?? '');
    const text = [
      fundedNames.length > 0 ? someOf(fundedNames, 3) : '',
      laterNames.length > 0 ? `when funds allow: ${someOf(laterNames, 2)}` : '',
    ]
      .filter((s) => s !== '')
      .join('; ');
    buildsOn.push([{ text: item.name, bold: true }, { text }]);
  }
  if (buildsOn.length > 0) {
    body.push(
      dataTable(ctx, [170, '*'], [th('Existing work'), th('Services that build on it')], buildsOn, {
        title: 'What this plan builds on',
      }),
    );
  }
  return { id: 'working', title: 'What is already working', body };
}
