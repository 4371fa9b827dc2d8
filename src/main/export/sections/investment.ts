import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  dataTable,
  discountRow,
  moneyCell,
  paragraph,
  sumRow,
  th,
  totalRow,
  type Section,
  type SectionContext,
} from './common';
import { subtotalsTable } from './scope-table';
import { deferredTitle } from './wording';

/** The money in one place: what the funded scope costs, against what budget, from which funds. */
export function investment(ctx: SectionContext): Section {
  const { costing } = ctx.scope;
  const body: Content[] = [...fundedScopeCost(ctx), ...againstTheBudget(ctx), ...fundingSources(ctx)];
  if (costing.byPhase.length > 1) {
    body.push(subtotalsTable(ctx, 'Phase', costing.byPhase, 'By phase'));
  }
  body.push(...whatWaits(ctx));
  return { id: 'investment', title: 'Investment summary', body };
}

/** Fees, travel, materials and seats, the subtotal, any discount and the total. */
function fundedScopeCost(ctx: SectionContext): Content[] {
  const { costing } = ctx.scope;
  const { fmt, theme } = ctx;
  const rows: TableCell[][] = [];
  const part = (label: string, cents: number) => {
    if (cents > 0) rows.push([{ text: label }, moneyCell(fmt.money(cents))]);
  };
  part('Consultant fees', costing.feesCents);
  part('Travel', costing.travelCents);
  part('Materials', costing.materialsCents);
  part('On-demand seats', costing.licensesCents);
  rows.push(sumRow('Subtotal', 1, [fmt.money(costing.subtotalCents)], theme.accentTint));
  if (costing.discountCents > 0) {
    rows.push(discountRow(ctx, costing.discountLabel, 1, costing.discountCents));
  }
  rows.push(totalRow(ctx, 'Total investment', 1, [fmt.money(costing.totalCents)]));
  return [
    paragraph(
      `The funded scope totals ${fmt.money(costing.totalCents)}${costing.consultantHours > 0 ? ` for ${fmt.count(costing.consultantHours)} hours of consultant work` : ''}, including travel and materials.`,
      'lead',
    ),
    dataTable(ctx, ['*', 110], [th('Funded scope'), th('Amount', 'right')], rows),
  ];
}

/** The budget, the funded scope, and what remains or how far over it goes. */
function againstTheBudget(ctx: SectionContext): Content[] {
  const { costing, sizing } = ctx.scope;
  const { fmt, theme } = ctx;
  if (sizing.budgetCents <= 0) return [];
  const budgetRows: TableCell[][] = [
    [{ text: 'Budget available' }, moneyCell(fmt.money(sizing.budgetCents))],
    [{ text: 'Funded scope' }, moneyCell(fmt.money(costing.totalCents))],
  ];
  if (sizing.overBudgetCents > 0) {
    budgetRows.push([
      { text: 'Over budget (lines kept funded by agreement)', bold: true, color: theme.accentText },
      moneyCell(fmt.money(sizing.overBudgetCents), { bold: true, color: theme.accentText }),
    ]);
  } else {
    budgetRows.push([
      { text: 'Remaining', bold: true },
      moneyCell(fmt.money(sizing.remainingCents), { bold: true }),
    ]);
  }
  return [
    dataTable(ctx, ['*', 110], [th('Budget'), th('Amount', 'right')], budgetRows, {
      title: 'Against the budget',
    }),
  ];
}

/** The funding sources, only while nothing is funded: with funded work, the crosswalk sets them out in full. */
function fundingSources(ctx: SectionContext): Content[] {
  const { fmt } = ctx;
  const sources = ctx.scope.costing.lines.length > 0 ? [] : ctx.engagement.budget.fundingSources;
  if (sources.length === 0) return [];
  return [
    dataTable(
      ctx,
      ['*', 90, 84, 150],
      [th('Source'), th('Amount', 'right'), th('Spend by'), th('Restrictions')],
      sources.map((s): TableCell[] => [
        { text: s.name, bold: true },
        moneyCell(fmt.money(s.amountCents)),
        { text: s.endDate ? fmt.date(s.endDate) : '—' },
        { text: s.restrictions.trim() === '' ? '—' : s.restrictions.trim(), fontSize: 8 },
      ]),
      { title: 'Funding sources' },
    ),
  ];
}

/** Each part that waits for later funding, with its services and estimated total. */
function whatWaits(ctx: SectionContext): Content[] {
  const later = ctx.scope.sizing.deferredPhases.filter((p) => p.lines.length > 0);
  if (later.length === 0) return [];
  const laterRows: TableCell[][] = later.map((p, i) => [
    { text: deferredTitle(p.name, i, later.length), bold: true },
    { text: String(p.lines.length), alignment: 'center' },
    moneyCell(ctx.fmt.money(p.totalCents)),
  ]);
  return [
    dataTable(
      ctx,
      ['*', 50, 110],
      [th('Part'), th('Services', 'center'), th('Estimated total', 'right')],
      laterRows,
      {
        title: 'What waits (not part of this agreement)',
      },
    ),
  ];
}
