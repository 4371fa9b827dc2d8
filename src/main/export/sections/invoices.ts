import type { Content, TableCell } from 'pdfmake/interfaces';
import { INVOICING_METHOD_LABELS } from '@shared/domain';
import { dataTable, moneyCell, paragraph, th, type Section, type SectionContext } from './common';
import { purchaseOrderText } from './terms';

/**
 * When the district is billed, how much, and from which funding source: every invoice the
 * funded scope will raise, with its due date under the payment terms. The total is the
 * investment's, to the cent.
 */
export function invoiceSchedule(ctx: SectionContext): Section {
  const { invoices, crosswalk } = ctx.input.facts;
  const { fmt, theme } = ctx;
  const body: Content[] = [];
  if (invoices.invoices.length === 0) return { id: 'invoices', title: 'Invoice schedule', body };

  const method = INVOICING_METHOD_LABELS[invoices.method].toLowerCase();
  body.push(
    paragraph(
      `${ctx.input.profile.name} invoices ${method} for the work delivered, against ${purchaseOrderText(ctx)}. Each invoice is payable within ${invoices.netDays} days and names the funding source it is charged to${crosswalk.hasSources ? '; no invoice is dated after its source must be invoiced or spent' : ''}.`,
      'lead',
    ),
  );
  const rows: TableCell[][] = invoices.invoices.map((inv) => [
    { text: String(inv.number), alignment: 'center' },
    { text: fmt.shortDate(inv.date), noWrap: true },
    { text: fmt.shortDate(inv.dueDate), noWrap: true },
    {
      stack: [
        { text: inv.sourceName, bold: true },
        // Which services each month holds is in the timeline, and line by line in the finance CSV.
        { text: `Work delivered: ${inv.period}`, style: 'cellNote' },
        ...(inv.usualDate !== null
          ? [
              {
                text: `Dated on the day this source must be invoiced by, rather than ${fmt.shortDate(inv.usualDate)}.`,
                style: 'cellNote',
                italics: true,
              },
            ]
          : []),
      ],
    },
    moneyCell(fmt.money(inv.cents)),
  ]);
  rows.push([
    { text: 'Total invoiced', colSpan: 4, style: 'total', fillColor: theme.primary },
    {},
    {},
    {},
    moneyCell(fmt.money(invoices.totalCents), { style: ['money', 'total'], fillColor: theme.primary }),
  ]);
  body.push(
    dataTable(
      ctx,
      [22, 64, 64, '*', 72],
      [
        th('No.', 'center'),
        th('Invoice date'),
        th('Due'),
        th('Funding source and work billed'),
        th('Amount', 'right'),
      ],
      rows,
    ),
  );

  return { id: 'invoices', title: 'Invoice schedule', body };
}
