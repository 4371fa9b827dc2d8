import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Priority } from '@shared/domain';
import { northStarSum, type DeferredPhase, type SizedStatus } from '@shared/scoping';
import {
  dataTable,
  discountRow,
  moneyCell,
  nameWithNote,
  paragraph,
  plural,
  sumRow,
  th,
  type Section,
  type SectionContext,
} from './common';
import { clientWording, deferredTitle, essentialsText } from './wording';

const FULL_LISTING_LINES = 40;
const PRIORITY_LABELS: Record<Priority, string> = {
  essential: 'Essential',
  high: 'High',
  optional: 'Optional',
};
const STATUS_LABELS: Record<SizedStatus, string> = {
  funded: 'Funded',
  trimmed: 'Partly funded',
  deferred: 'When funds allow',
};

/**
 * The whole engagement the needs call for, what the funded scope covers of it, and what
 * waits for later funding, each deferral with its reason.
 */
export function northStar(ctx: SectionContext): Section {
  const { sizing } = ctx.scope;
  const body: Content[] = [];
  if (sizing.lines.length === 0) return { id: 'north-star', title: 'The north star and what waits', body };
  body.push(northStarLead(ctx), ...northStarLines(ctx));
  const reasons = new Map(sizing.lines.map((l) => [l.lineId, clientWording(l.reason?.sentence ?? '')]));
  const later = sizing.deferredPhases.filter((p) => p.lines.length > 0);
  for (const [index, phase] of later.entries()) {
    body.push(whatWaits(ctx, phase, deferredTitle(phase.name, index, later.length), reasons));
  }
  return { id: 'north-star', title: 'The north star and what waits', body };
}

/** What the north star holds and costs, and how much of it the funded scope covers. */
function northStarLead(ctx: SectionContext): Content {
  const { sizing } = ctx.scope;
  const { fmt } = ctx;
  const cov = sizing.coverage;
  const essentials = essentialsText(cov.essentials);
  const coverText =
    cov.cost.percent === null
      ? ''
      : ` The funded scope covers ${fmt.percent(cov.cost.percent)} of it by cost${essentials !== '' ? `, with ${essentials}` : ''}.`;
  const sum = northStarSum(sizing, sizing.funded.subtotalCents, sizing.travelSavedCents, fmt.money);
  return paragraph(
    `The north star is the full engagement the district's needs call for: ${plural(sizing.northStar.lines, 'service', 'services')} costing ${fmt.money(sizing.northStar.subtotalCents)} before any discount.${coverText} ${sum}`,
    'lead',
  );
}

/**
 * The north star line by line with each line's priority, status and cost. Line by line while
 * that fits in a couple of pages; past that, the funded lines are already listed in the funded
 * scope, so only the ones that are not funded in full are repeated here.
 */
function northStarLines(ctx: SectionContext): Content[] {
  const { sizing } = ctx.scope;
  const { fmt, theme } = ctx;
  const out: Content[] = [];
  const listed =
    sizing.lines.length <= FULL_LISTING_LINES
      ? sizing.lines
      : sizing.lines.filter((l) => l.status === 'trimmed');
  if (listed.length < sizing.lines.length) {
    const funded = sizing.lines.filter((l) => l.status === 'funded').length;
    out.push(
      paragraph(
        `The ${plural(funded, 'service', 'services')} funded in full ${funded === 1 ? 'is' : 'are'} listed in the funded scope. ${
          listed.length > 0 ? 'These are funded in part, with the rest proposed for later:' : ''
        }`,
        'body',
      ),
    );
  }
  const statusColour = (status: SizedStatus) =>
    status === 'funded' ? theme.primaryText : status === 'trimmed' ? theme.accentText : theme.muted;
  const rows: TableCell[][] = listed.map((l) => [
    nameWithNote(
      l.name,
      l.status === 'trimmed'
        ? `${l.northStarQuantity}; funded now: ${l.fundedQuantity}`
        : l.northStarQuantity,
    ),
    { text: PRIORITY_LABELS[l.priority] },
    { text: STATUS_LABELS[l.status], bold: true, color: statusColour(l.status) },
    moneyCell(fmt.money(l.northStarCents)),
  ]);
  if (listed.length === sizing.lines.length) {
    rows.push(
      sumRow('North star, before discount', 3, [fmt.money(sizing.northStar.subtotalCents)], theme.accentTint),
    );
  }
  if (rows.length > 0) {
    out.push(
      dataTable(
        ctx,
        ['*', 58, 86, 82],
        [th('Service'), th('Priority'), th('Status'), th('North-star cost', 'right')],
        rows,
      ),
    );
  }
  return out;
}

/**
 * A part of the north star that waits for later funding: each service, why it waits, what it
 * would cost. When every service in the part waits for the same reason (a later year's budget),
 * the reason is said once under the title instead of on every row.
 */
function whatWaits(
  ctx: SectionContext,
  phase: DeferredPhase,
  title: string,
  reasons: ReadonlyMap<string, string>,
): Content {
  const { fmt, theme } = ctx;
  const why = phase.lines.map((l) => reasons.get(l.lineId) ?? '');
  const shared = why.length > 1 && why[0] !== '' && why.every((w) => w === why[0]) ? why[0] : null;
  const span = shared === null ? 2 : 1;
  const phaseRows: TableCell[][] = phase.lines.map((l, i) => [
    nameWithNote(l.name, l.quantity, true),
    ...(shared === null ? [{ text: why[i] ?? '', fontSize: 8 }] : []),
    moneyCell(fmt.money(l.subtotalCents)),
  ]);
  if (phase.discountCents > 0) {
    phaseRows.push(sumRow('Subtotal', span, [fmt.money(phase.subtotalCents)], theme.zebra));
    phaseRows.push(
      discountRow(ctx, ctx.scope.costing.discountLabel || 'Discount', span, phase.discountCents),
    );
  }
  phaseRows.push(sumRow('Estimated total', span, [fmt.money(phase.totalCents)], theme.accentTint));
  const note = clientWording(phase.note);
  return dataTable(
    ctx,
    shared === null ? [170, '*', 82] : ['*', 82],
    shared === null
      ? [th('Service'), th('Why it waits'), th('Estimated cost', 'right')]
      : [th('Service'), th('Estimated cost', 'right')],
    phaseRows,
    { title, subtitle: shared === null ? note : `${note} Why each waits: ${shared}`.trim() },
  );
}
