import type { Engagement } from '@shared/domain';
import { centsToDecimal, minorUnitDigits } from '@shared/money';
import {
  buildCrosswalk,
  buildInvoiceSchedule,
  fiscalYearOf,
  scopeEngagement,
  type FundingCrosswalk,
  type InvoiceSchedule,
} from '@shared/scoping';

/**
 * The funded scope for the finance office: one row per fiscal year, month, funding source and
 * service, with the invoice that bills it. The amounts are the funding crosswalk's, so they add
 * up to the funded total to the cent. Written as UTF-8 with a byte-order mark and CRLF line
 * ends, which is what spreadsheet programs expect of a CSV they open directly.
 */

export const FINANCE_CSV_HEADER = [
  'Fiscal year',
  'Month',
  'Funding source',
  'Service',
  'Invoice',
  'Invoice date',
  'Amount',
  'Currency',
] as const;

/** A field quoted when it holds a comma, a quote, a line break, or starts like a formula. */
function field(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote and prefix it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function financeCsv(
  engagement: Engagement,
  facts: { crosswalk: FundingCrosswalk; invoices: InvoiceSchedule },
  lineNames: ReadonlyMap<string, string>,
): string {
  const { crosswalk, invoices } = facts;
  const currency = crosswalk.currency;
  const digits = minorUnitDigits(currency);
  const sourceNames = new Map(crosswalk.sources.map((s) => [s.sourceId, s.name]));
  const unassigned = crosswalk.hasSources ? 'Not yet assigned to a funding source' : 'District budget';
  // Within one source, each month's work is billed by exactly one invoice.
  const invoiceOf = new Map<string, { number: number; date: string }>();
  for (const inv of invoices.invoices) {
    for (const month of inv.months) invoiceOf.set(`${inv.sourceId ?? ''}|${month}`, inv);
  }
  const rows = new Map<string, { month: string; sourceId: string | null; lineId: string; cents: number }>();
  for (const e of crosswalk.entries) {
    const key = `${e.month}|${e.sourceId ?? ''}|${e.lineId}`;
    const row = rows.get(key) ?? { month: e.month, sourceId: e.sourceId, lineId: e.lineId, cents: 0 };
    row.cents += e.cents;
    rows.set(key, row);
  }
  const order = new Map(crosswalk.sources.map((s, i) => [s.sourceId, i]));
  const lineOrder = new Map(engagement.lines.map((l, i) => [l.id, i]));
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) ||
      (order.get(a.sourceId ?? '') ?? 99) - (order.get(b.sourceId ?? '') ?? 99) ||
      (lineOrder.get(a.lineId) ?? 0) - (lineOrder.get(b.lineId) ?? 0),
  );
  const lines = [FINANCE_CSV_HEADER.join(',')];
  for (const r of sorted) {
    const invoice = invoiceOf.get(`${r.sourceId ?? ''}|${r.month}`);
    lines.push(
      [
        fiscalYearOf(r.month, engagement.client.fiscalYearStartMonth),
        r.month,
        r.sourceId !== null ? (sourceNames.get(r.sourceId) ?? unassigned) : unassigned,
        lineNames.get(r.lineId) ?? '',
        invoice ? String(invoice.number) : '',
        invoice?.date ?? '',
        centsToDecimal(r.cents, digits),
        currency,
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The finance CSV for an engagement as it stands: the same engine run as its scope of work. */
export function financeCsvFor(engagement: Engagement): string {
  const scope = scopeEngagement(engagement);
  const crosswalk = buildCrosswalk(engagement, scope);
  return financeCsv(
    engagement,
    { crosswalk, invoices: buildInvoiceSchedule(engagement, crosswalk) },
    new Map(scope.costing.lines.map((l) => [l.lineId, l.name])),
  );
}

/** "scope.csv" beside "scope.pdf". */
export function csvPathFor(pdfPath: string): string {
  return pdfPath.replace(/\.pdf$/i, '') + '.csv';
}
