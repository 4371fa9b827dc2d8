import type { Content, TableCell } from 'pdfmake/interfaces';
import { DELIVERY_MODE_LABELS, SUPPORT_LEVEL_INFO } from '@shared/domain';
import type { LineCost, SizedLine, Subtotal } from '@shared/scoping';
import {
  closingRow,
  dataTable,
  discountRow,
  minus,
  moneyCell,
  nameWithNote,
  paragraph,
  th,
  titled,
  totalRow,
  type Section,
  type SectionContext,
} from './common';

/** Room the phase's name takes above its first service: one line and a gap. */
const BAND_GAP = 5;
const BAND_HEIGHT = 12 + BAND_GAP;

function groupKey(line: LineCost, phaseIds: ReadonlySet<string>): string {
  return line.phaseId !== null && phaseIds.has(line.phaseId) ? line.phaseId : 'unphased';
}

/**
 * The funded scope, line by line, grouped by phase with a subtotal under each, then the
 * discount and the total. Every figure is the engine's, printed as it computed it.
 */
export function fundedScope(ctx: SectionContext): Section {
  const { costing } = ctx.scope;
  const body: Content[] = [];
  if (costing.lines.length === 0) {
    body.push(
      paragraph(
        'Nothing is funded yet: the budget does not cover the least worth delivering of any service. The north star and what it would cost are set out in a later section.',
        'lead',
      ),
    );
    return { id: 'funded', title: 'The funded scope', body };
  }

  body.push(
    paragraph(
      `These are the services the district is asked to fund now, the first step toward the north star, priced in ${costing.currency}. Quantities are built from real units (sessions, visit days, coaching cycles) multiplied by the groups they serve.`,
      'lead',
    ),
  );
  body.push(servicesTable(ctx));
  body.push(...fiscalYearTable(ctx, costing.byFiscalYear));
  return { id: 'funded', title: 'The funded scope', body };
}

/** The funded services phase by phase, each phase's subtotal under it, then the discount and the total. */
function servicesTable(ctx: SectionContext): Content {
  const { costing, sizing } = ctx.scope;
  const { fmt } = ctx;
  const sized = new Map(sizing.lines.map((l) => [l.lineId, l]));
  const phaseIds = new Set(ctx.phases.map((p) => p.id));
  const phaseDates = new Map(
    ctx.phases.map((p) => [p.id, `${fmt.monthYear(p.start)} – ${fmt.monthYear(p.end)}`]),
  );
  const rows: TableCell[][] = [];
  const groups = costing.byPhase.filter((g) => costing.lines.some((l) => groupKey(l, phaseIds) === g.key));
  const showGroups = groups.length > 1 || (groups[0]?.key ?? 'unphased') !== 'unphased';

  for (const group of groups) {
    const lines = costing.lines.filter((l) => groupKey(l, phaseIds) === group.key);
    const band = showGroups ? phaseBand(ctx, group, phaseDates.get(group.key)) : null;
    lines.forEach((line, index) => {
      rows.push(serviceRow(ctx, line, sized.get(line.lineId), index === 0 ? band : null));
    });
    // One phase's subtotal would only repeat the total.
    if (groups.length > 1) {
      rows.push(subtotalRow(ctx, `Subtotal, ${groupLabel(group)}`, group.subtotalCents));
    }
  }
  if (costing.discountCents > 0) {
    rows.push(subtotalRow(ctx, 'Subtotal', costing.subtotalCents, true));
    rows.push(discountRow(ctx, costing.discountLabel, 3, costing.discountCents));
  }
  rows.push(totalRow(ctx, 'Total', 3, [fmt.money(costing.totalCents)]));

  return dataTable(
    ctx,
    ['*', 44, 92, 82],
    [th('Service'), th('Quantity', 'right'), th('Unit'), th('Cost', 'right')],
    rows,
  );
}

/** A phase's name and dates, printed above its first service. */
function phaseBand(ctx: SectionContext, group: Subtotal, dates: string | undefined): Content {
  const { theme } = ctx;
  return {
    text: [
      { text: groupLabel(group), bold: true, color: theme.primaryText },
      ...(dates ? [{ text: `   ${dates}`, color: theme.muted, fontSize: 8 }] : []),
    ],
    margin: [0, 0, 0, BAND_GAP],
  };
}

/**
 * A funded service's row: its name over its quantity, delivery and level, then its units and
 * cost. A phase's band rides in its first service's row, so it can never end a page alone; the
 * row's other cells move down past it.
 */
function serviceRow(
  ctx: SectionContext,
  line: LineCost,
  sized: SizedLine | undefined,
  band: Content | null,
): TableCell[] {
  const { fmt } = ctx;
  const notes = [
    line.quantityText,
    DELIVERY_MODE_LABELS[line.deliveryMode],
    SUPPORT_LEVEL_INFO[line.level].label,
  ];
  if (sized && sized.status === 'trimmed') {
    notes.push(`trimmed to ${sized.fundedGroups} of ${sized.northStarGroups} ${sized.groupLabel}`);
  }
  // Cells are content too; pdfmake's types keep the two apart.
  const below = (cell: TableCell): TableCell =>
    band ? { stack: [cell as Content], margin: [0, BAND_HEIGHT, 0, 0] } : cell;
  const name = nameWithNote(line.name, notes.join(' · '));
  return [
    band ? { stack: [band, name as Content] } : name,
    below({ text: fmt.count(line.units), alignment: 'right' }),
    below({ text: line.unitLabel }),
    below(moneyCell(fmt.money(line.subtotalCents))),
  ];
}

/** "Unphased" is the app's word; the district reads that the work runs across the window. */
export function groupLabel(group: Subtotal): string {
  return group.key === 'unphased' ? 'Across the whole window' : group.label;
}

function subtotalRow(ctx: SectionContext, label: string, cents: number, strong = false): TableCell[] {
  const fill = strong ? ctx.theme.accentTint : ctx.theme.zebra;
  return closingRow([
    { text: label, colSpan: 3, bold: true, alignment: strong ? 'left' : 'right', fillColor: fill },
    {},
    {},
    moneyCell(ctx.fmt.money(cents), { bold: true, fillColor: fill }),
  ]);
}

/** Subtotal, discount and total per fiscal year (or per phase), as the engine split them. */
export function subtotalsTable(
  ctx: SectionContext,
  heading: string,
  subtotals: readonly Subtotal[],
  title?: string,
): Content {
  const { fmt } = ctx;
  const withDiscount = subtotals.some((s) => s.discountCents > 0);
  const rows: TableCell[][] = subtotals.map((s) => [
    { text: groupLabel(s), bold: true },
    moneyCell(fmt.money(s.subtotalCents)),
    ...(withDiscount
      ? [moneyCell(s.discountCents > 0 ? minus(fmt.money(s.discountCents)) : fmt.money(0))]
      : []),
    moneyCell(fmt.money(s.totalCents), { bold: true }),
  ]);
  return dataTable(
    ctx,
    withDiscount ? ['*', 90, 90, 90] : ['*', 90, 90],
    [
      th(heading),
      th('Subtotal', 'right'),
      ...(withDiscount ? [th('Discount', 'right')] : []),
      th('Total', 'right'),
    ],
    rows,
    title !== undefined ? { title } : {},
  );
}

function fiscalYearTable(ctx: SectionContext, years: readonly Subtotal[]): Content[] {
  if (years.length === 0) return [];
  const startMonth = ctx.engagement.client.fiscalYearStartMonth;
  const monthName = new Intl.DateTimeFormat(ctx.input.locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, startMonth - 1, 1)),
  );
  return [
    ...titled(
      'By fiscal year',
      paragraph(
        `The district's fiscal year starts in ${monthName}; each service's cost falls in the fiscal years its sessions are scheduled in.`,
        ['body', 'muted'],
      ),
      subtotalsTable(ctx, 'Fiscal year', years),
    ),
  ];
}
