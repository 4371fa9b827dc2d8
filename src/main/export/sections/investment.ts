import type { Content, TableCell } from 'pdfmake/interfaces';
import { dataTable, moneyCell, paragraph, th, type Section, type SectionContext } from './common';
import { minus, subtotalsTable } from './scope-table';
import { deferredTitle } from './wording';

/** The money in one place: what the funded scope costs, against what budget, from which funds. */
export function investment(ctx: SectionContext): Section {
  const { costing, sizing } = ctx.scope;
  const { engagement, fmt, theme } = ctx;
  const body: Content[] = [];

  const rows: TableCell[][] = [];
  const part = (label: string, cents: number) => {
    if (cents > 0) rows.push([{ text: label }, moneyCell(fmt.money(cents))]);
  };
  part('Consultant fees', costing.feesCents);
  part('Travel', costing.travelCents);
  part('Materials', costing.materialsCents);
  part('On-demand seats', costing.licensesCents);
  rows.push([
    { text: 'Subtotal', bold: true, fillColor: theme.accentTint },
    moneyCell(fmt.money(costing.subtotalCents), { bold: true, fillColor: theme.accentTint }),
  ]);
  if (costing.discountCents > 0) {
    rows.push([
      { text: costing.discountLabel, italics: true },
      moneyCell(minus(fmt.money(costing.discountCents)), { italics: true }),
    ]);
  }
  rows.push([
    { text: 'Total investment', style: 'total', fillColor: theme.primary },
    moneyCell(fmt.money(costing.totalCents), { style: ['money', 'total'], fillColor: theme.primary }),
  ]);
  body.push(
    paragraph(
      `The funded scope totals ${fmt.money(costing.totalCents)}${costing.consultantHours > 0 ? ` for ${fmt.count(costing.consultantHours)} hours of consultant work` : ''}, including travel and materials.`,
      'lead',
    ),
  );
  body.push(dataTable(ctx, ['*', 110], [th('Funded scope'), th('Amount', 'right')], rows));

  if (sizing.budgetCents > 0) {
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
    body.push(
      dataTable(ctx, ['*', 110], [th('Budget'), th('Amount', 'right')], budgetRows, {
        title: 'Against the budget',
      }),
    );
  }

  // With funded work, the funding crosswalk that follows sets the sources out in full.
  const sources = costing.lines.length > 0 ? [] : engagement.budget.fundingSources;
  if (sources.length > 0) {
    body.push(
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
    );
  }

  if (costing.byPhase.length > 1) {
    body.push(subtotalsTable(ctx, 'Phase', costing.byPhase, 'By phase'));
  }

  const later = sizing.deferredPhases.filter((p) => p.lines.length > 0);
  if (later.length > 0) {
    const laterRows: TableCell[][] = later.map((p, i) => [
      { text: deferredTitle(p.name, i, later.length), bold: true },
      { text: String(p.lines.length), alignment: 'center' },
      moneyCell(fmt.money(p.totalCents)),
    ]);
    body.push(
      dataTable(
        ctx,
        ['*', 50, 110],
        [th('Part'), th('Services', 'center'), th('Estimated total', 'right')],
        laterRows,
        {
          title: 'What waits (not part of this agreement)',
        },
      ),
    );
  }
  return { id: 'investment', title: 'Investment summary', body };
}
