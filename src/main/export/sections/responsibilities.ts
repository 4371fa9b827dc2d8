import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  PARTY_LABELS,
  SUPPORT_LEVEL_INFO,
  SUPPORT_LEVELS,
  type Party,
  type SupportLevel,
} from '../../../shared/domain';
import { dataTable, nameWithNote, paragraph, plural, th, type Section, type SectionContext } from './common';

const LINE_BY_LINE = 40;

const PARTY_SHORT: Record<Party, string> = {
  consultant: 'Consultant',
  district: 'District',
  joint: 'Together',
};

/** Who plans and who leads each funded service: district, consultant, or both. */
export function responsibilities(ctx: SectionContext): Section {
  const { costing } = ctx.scope;
  const { engagement, input, theme } = ctx;
  const body: Content[] = [];
  if (costing.lines.length === 0) return { id: 'responsibilities', title: 'Responsibilities', body };

  const used = SUPPORT_LEVELS.filter((level) => costing.lines.some((l) => l.level === level));
  body.push(
    paragraph(
      'Who plans and who leads follows the support level: the more expertise the district has, the more of the work it plans and leads itself.',
      'lead',
    ),
  );
  body.push(
    dataTable(
      ctx,
      [70, '*', '*'],
      [th('Level'), th(input.profile.name), th(ctx.clientName)],
      used.map((level): TableCell[] => [
        { text: SUPPORT_LEVEL_INFO[level].label, bold: true, color: theme.primaryText },
        { text: SUPPORT_LEVEL_INFO[level].consultantRole },
        { text: SUPPORT_LEVEL_INFO[level].districtRole },
      ]),
    ),
  );

  const partyCell = (party: Party): TableCell => ({
    text: PARTY_SHORT[party],
    bold: party !== 'consultant',
    color: party === 'district' ? theme.primaryText : party === 'joint' ? theme.accentText : theme.ink,
  });
  // Who plans and leads follows from the service and the level, so a long plan is summed up
  // per service and level rather than repeated line by line.
  const rows: TableCell[][] = [];
  if (costing.lines.length <= LINE_BY_LINE) {
    for (const l of costing.lines) {
      rows.push([
        { text: l.name },
        { text: SUPPORT_LEVEL_INFO[l.level].label },
        partyCell(l.plans),
        partyCell(l.leads),
      ]);
    }
  } else {
    const services = new Map(engagement.catalog.map((s) => [s.id, s.name]));
    const groups = new Map<
      string,
      { name: string; level: SupportLevel; plans: Party; leads: Party; lines: number }
    >();
    for (const l of costing.lines) {
      const key = `${l.serviceId}|${l.level}`;
      const group = groups.get(key) ?? {
        name: services.get(l.serviceId) ?? l.name,
        level: l.level,
        plans: l.plans,
        leads: l.leads,
        lines: 0,
      };
      group.lines++;
      groups.set(key, group);
    }
    for (const g of groups.values()) {
      rows.push([
        nameWithNote(g.name, plural(g.lines, 'plan line', 'plan lines')),
        { text: SUPPORT_LEVEL_INFO[g.level].label },
        partyCell(g.plans),
        partyCell(g.leads),
      ]);
    }
  }
  body.push(
    dataTable(ctx, ['*', 66, 70, 70], [th('Service'), th('Level'), th('Who plans'), th('Who leads')], rows, {
      title: 'Service by service',
    }),
  );
  body.push(paragraph(`“Together” means ${PARTY_LABELS.joint.toLowerCase()}.`, ['small']));

  const contacts = engagement.client.contacts;
  // One way of reaching someone per line, so a phone number never wraps in the middle.
  const reach = (...ways: string[]) => ways.filter((s) => s.trim() !== '').join('\n');
  const consultancyContact = reach(input.profile.email, input.profile.phone);
  if (contacts.length > 0 || consultancyContact !== '') {
    const rows: TableCell[][] = contacts.map((c) => [
      { text: c.name, bold: true },
      { text: c.role },
      { text: reach(c.email, c.phone) },
    ]);
    if (consultancyContact !== '') {
      rows.push([
        { text: input.profile.name, bold: true },
        { text: 'Consultant' },
        { text: consultancyContact },
      ]);
    }
    body.push(
      dataTable(ctx, [140, '*', 170], [th('Name'), th('Role'), th('Reach them at')], rows, {
        title: 'Contacts',
      }),
    );
  }
  return { id: 'responsibilities', title: 'Responsibilities', body };
}
