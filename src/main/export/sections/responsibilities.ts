import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  PARTY_LABELS,
  SUPPORT_LEVEL_INFO,
  SUPPORT_LEVELS,
  type Party,
  type SupportLevel,
} from '@shared/domain';
import type { Theme } from '../theme';
import {
  bullets,
  dataTable,
  nameWithNote,
  paragraph,
  plural,
  th,
  titled,
  type Section,
  type SectionContext,
} from './common';
import { asSentence } from './wording';

const LINE_BY_LINE = 40;
const REACH_WIDTH = 186;
/** A generous average advance per character of the body face, per point of size. */
const ADVANCE = 0.56;

/**
 * An e-mail address and a phone number, each on a line of its own and never broken: a long
 * address is set smaller until it fits the column rather than wrapped in the middle.
 */
function reachCell(email: string, phone: string): TableCell {
  const lines: Content[] = [];
  if (email.trim() !== '') {
    const size = Math.min(9.5, Math.floor((REACH_WIDTH / (Array.from(email).length * ADVANCE)) * 4) / 4);
    lines.push({ text: email, noWrap: true, fontSize: Math.max(6, size) });
  }
  if (phone.trim() !== '') lines.push({ text: phone, noWrap: true });
  return lines.length > 0 ? { stack: lines } : { text: '' };
}

const PARTY_SHORT: Record<Party, string> = {
  consultant: 'Consultant',
  district: 'District',
  joint: 'Together',
};

/** Who plans and who leads each funded service: district, consultant, or both. */
export function responsibilities(ctx: SectionContext): Section {
  const body: Content[] = [];
  if (ctx.scope.costing.lines.length === 0)
    return { id: 'responsibilities', title: 'Responsibilities', body };
  body.push(
    ...rolesByLevel(ctx),
    ...serviceByService(ctx),
    ...districtCommitments(ctx),
    ...contactsTable(ctx),
  );
  return { id: 'responsibilities', title: 'Responsibilities', body };
}

/** What the consultant and the district each do at the support levels the funded services use. */
function rolesByLevel(ctx: SectionContext): Content[] {
  const { costing } = ctx.scope;
  const used = SUPPORT_LEVELS.filter((level) => costing.lines.some((l) => l.level === level));
  return [
    paragraph(
      'Who plans and who leads follows the support level: the more expertise the district has, the more of the work it plans and leads itself.',
      'lead',
    ),
    dataTable(
      ctx,
      [70, '*', '*'],
      [th('Level'), th(ctx.input.profile.name), th(ctx.clientName)],
      used.map((level): TableCell[] => [
        { text: SUPPORT_LEVEL_INFO[level].label, bold: true, color: ctx.theme.primaryText },
        { text: SUPPORT_LEVEL_INFO[level].consultantRole },
        { text: SUPPORT_LEVEL_INFO[level].districtRole },
      ]),
    ),
  ];
}

function partyCell(theme: Theme, party: Party): TableCell {
  return {
    text: PARTY_SHORT[party],
    bold: party !== 'consultant',
    color: party === 'district' ? theme.primaryText : party === 'joint' ? theme.accentText : theme.ink,
  };
}

/**
 * Who plans and who leads each service. It follows from the service and the level, so a long
 * plan is summed up per service and level rather than repeated line by line.
 */
function serviceByService(ctx: SectionContext): Content[] {
  const { costing } = ctx.scope;
  const party = (p: Party) => partyCell(ctx.theme, p);
  const rows: TableCell[][] =
    costing.lines.length <= LINE_BY_LINE
      ? costing.lines.map((l) => [
          { text: l.name },
          { text: SUPPORT_LEVEL_INFO[l.level].label },
          party(l.plans),
          party(l.leads),
        ])
      : byServiceAndLevel(ctx).map((g) => [
          nameWithNote(g.name, plural(g.lines, 'service in this plan', 'services in this plan')),
          { text: SUPPORT_LEVEL_INFO[g.level].label },
          party(g.plans),
          party(g.leads),
        ]);
  const out: Content[] = [
    dataTable(ctx, ['*', 66, 70, 70], [th('Service'), th('Level'), th('Who plans'), th('Who leads')], rows, {
      title: 'Service by service',
    }),
  ];
  if (costing.lines.some((l) => l.plans === 'joint' || l.leads === 'joint')) {
    out.push(paragraph(`“Together” means ${PARTY_LABELS.joint.toLowerCase()}.`, ['small']));
  }
  return out;
}

/** Funded lines of one service at one level: they share who plans and who leads. */
interface ServiceGroup {
  name: string;
  level: SupportLevel;
  plans: Party;
  leads: Party;
  lines: number;
}

/** The funded lines grouped by service and level, with how many lines each group holds. */
function byServiceAndLevel(ctx: SectionContext): ServiceGroup[] {
  const services = new Map(ctx.engagement.catalog.map((s) => [s.id, s.name]));
  const groups = new Map<string, ServiceGroup>();
  for (const l of ctx.scope.costing.lines) {
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
  return [...groups.values()];
}

/** What the district commits to: the standard conditions, then the engagement's own. */
function districtCommitments(ctx: SectionContext): Content[] {
  const commitments = [
    'Schedule the participants and release them for sessions, visits and coaching.',
    'Provide meeting space, and access to the data the reviews use, for on-site work.',
    ...ctx.engagement.scopeOfWork.commitments.map((c) => asSentence(c.text)),
  ];
  return titled(
    `What ${ctx.clientName} commits to`,
    paragraph('These are the conditions for success this scope relies on.', ['body', 'muted']),
    bullets(commitments, ctx),
  );
}

/** The district's contacts and the consultancy's, each with how to reach them. */
function contactsTable(ctx: SectionContext): Content[] {
  const { profile } = ctx.input;
  const contacts = ctx.engagement.client.contacts;
  // One way of reaching someone per line, so a phone number never wraps in the middle.
  const reach = (...ways: string[]) => ways.filter((s) => s.trim() !== '').join('\n');
  const consultancyContact = reach(profile.email, profile.phone);
  if (contacts.length === 0 && consultancyContact === '') return [];
  const rows: TableCell[][] = contacts.map((c) => [
    { text: c.name, bold: true },
    { text: c.role },
    reachCell(c.email, c.phone),
  ]);
  if (consultancyContact !== '') {
    rows.push([
      { text: profile.name, bold: true },
      { text: 'Consultant' },
      reachCell(profile.email, profile.phone),
    ]);
  }
  return [
    dataTable(ctx, [130, '*', REACH_WIDTH], [th('Name'), th('Role'), th('Reach them at')], rows, {
      title: 'Contacts',
    }),
  ];
}
