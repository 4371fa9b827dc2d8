import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Priority } from '../../../shared/domain';
import type { SizedStatus } from '../../../shared/scoping';
import {
  dataTable,
  moneyCell,
  nameWithNote,
  paragraph,
  plural,
  th,
  type Section,
  type SectionContext,
} from './common';
import { minus } from './scope-table';
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
  const { fmt, theme } = ctx;
  const body: Content[] = [];
  if (sizing.lines.length === 0) return { id: 'north-star', title: 'The north star and what waits', body };

  const cov = sizing.coverage;
  const essentials = essentialsText(cov.essentials);
  const coverText =
    cov.cost.percent === null
      ? ''
      : ` The funded scope covers ${fmt.percent(cov.cost.percent)} of it by cost${essentials !== '' ? `, with ${essentials}` : ''}.`;
  body.push(
    paragraph(
      `The north star is the full engagement the district's needs call for: ${plural(sizing.northStar.lines, 'service', 'services')} costing ${fmt.money(sizing.northStar.subtotalCents)} before any discount.${coverText}`,
      'lead',
    ),
  );

  // Line by line while that fits in a couple of pages; past that, the funded lines are already
  // listed in the funded scope, so only the ones that are not funded in full are repeated here.
  const listed =
    sizing.lines.length <= FULL_LISTING_LINES
      ? sizing.lines
      : sizing.lines.filter((l) => l.status === 'trimmed');
  if (listed.length < sizing.lines.length) {
    const funded = sizing.lines.filter((l) => l.status === 'funded').length;
    body.push(
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
    rows.push([
      { text: 'North star, before discount', colSpan: 3, bold: true, fillColor: theme.accentTint },
      {},
      {},
      moneyCell(fmt.money(sizing.northStar.subtotalCents), { bold: true, fillColor: theme.accentTint }),
    ]);
  }
  if (rows.length > 0) {
    body.push(
      dataTable(
        ctx,
        ['*', 58, 86, 82],
        [th('Service'), th('Priority'), th('Status'), th('North-star cost', 'right')],
        rows,
      ),
    );
  }

  const reasons = new Map(sizing.lines.map((l) => [l.lineId, clientWording(l.reason?.sentence ?? '')]));
  const later = sizing.deferredPhases.filter((p) => p.lines.length > 0);
  for (const [index, phase] of later.entries()) {
    const title = deferredTitle(phase.name, index, later.length);
    const phaseRows: TableCell[][] = phase.lines.map((l) => [
      nameWithNote(l.name, l.quantity, true),
      { text: reasons.get(l.lineId) ?? '', fontSize: 8 },
      moneyCell(fmt.money(l.subtotalCents)),
    ]);
    if (phase.discountCents > 0) {
      phaseRows.push([
        { text: 'Subtotal', colSpan: 2, bold: true, fillColor: theme.zebra },
        {},
        moneyCell(fmt.money(phase.subtotalCents), { bold: true, fillColor: theme.zebra }),
      ]);
      phaseRows.push([
        { text: ctx.scope.costing.discountLabel || 'Discount', colSpan: 2, italics: true },
        {},
        moneyCell(minus(fmt.money(phase.discountCents)), { italics: true }),
      ]);
    }
    phaseRows.push([
      { text: 'Estimated total', colSpan: 2, bold: true, fillColor: theme.accentTint },
      {},
      moneyCell(fmt.money(phase.totalCents), { bold: true, fillColor: theme.accentTint }),
    ]);
    body.push(
      dataTable(
        ctx,
        [170, '*', 82],
        [th('Service'), th('Why it waits'), th('Estimated cost', 'right')],
        phaseRows,
        { title, subtitle: clientWording(phase.note) },
      ),
    );
  }
  return { id: 'north-star', title: 'The north star and what waits', body };
}
