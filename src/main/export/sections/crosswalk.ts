import type { Content, TableCell } from 'pdfmake/interfaces';
import { truncate } from '../text';
import { CONTENT_WIDTH, type Formatters } from '../theme';
import {
  bullets,
  dataTable,
  minus,
  moneyCell,
  paragraph,
  th,
  titled,
  totalRow,
  type Section,
  type SectionContext,
} from './common';
import { asSentence } from './wording';

/** Past this many sources the table turns to one row per service and source. */
const WIDE_SOURCES = 4;
/** Past this many services, rows are summed per kind of service. */
const LINE_BY_LINE = 40;

/** A column of the service × source table: a funding source, or the money not yet assigned (key ''). */
interface SourceColumn {
  key: string;
  name: string;
}

interface Row {
  name: string;
  bySource: Record<string, number>;
  totalCents: number;
}

/**
 * Which funding source pays for which work: a service × source table whose rows add up to the
 * funded scope and whose columns add up to what each source is charged, then each source's
 * money against its deadline and its restrictions as the district wrote them.
 */
export function fundingCrosswalk(ctx: SectionContext): Section {
  const { crosswalk } = ctx.input.facts;
  const body: Content[] = [];
  if (!crosswalk.hasSources || crosswalk.lines.length === 0) {
    return { id: 'crosswalk', title: 'Funding crosswalk', body };
  }
  body.push(
    paragraph(
      'Which funding source pays for which service. Work is charged to a source only where the source may pay for it and the work is delivered before the source must be spent; the totals are those of the investment summary.',
      'lead',
    ),
    serviceBySource(ctx),
    sourcesAgainstDeadlines(ctx),
    ...whatEachSourceMayPayFor(ctx),
    ...stillToSettle(ctx),
  );
  return { id: 'crosswalk', title: 'Funding crosswalk', body };
}

/** The service × source table: a money column per source while they are few, else a row per pair. */
function serviceBySource(ctx: SectionContext): Content {
  const { crosswalk } = ctx.input.facts;
  const columns: SourceColumn[] = [
    ...crosswalk.sources.map((s) => ({ key: s.sourceId, name: s.name })),
    ...(crosswalk.unassignedCents > 0 ? [{ key: '', name: 'Not yet assigned' }] : []),
  ];
  const rows = groupedRows(ctx);
  return columns.length <= WIDE_SOURCES ? sourcesAcross(ctx, columns, rows) : sourcesDown(ctx, columns, rows);
}

/** Services down, sources across, with a total column and a total row. */
function sourcesAcross(ctx: SectionContext, columns: readonly SourceColumn[], rows: readonly Row[]): Content {
  const { fmt } = ctx;
  const total = (key: string) => rows.reduce((s, r) => s + (r.bySource[key] ?? 0), 0);
  const cents = (n: number | undefined) => (n !== undefined && n > 0 ? fmt.money(n) : '—');
  // Money columns as wide as the service column can spare, so source names wrap less.
  const columnWidth = Math.min(96, Math.floor((CONTENT_WIDTH - 170) / (columns.length + 1)) - 10);
  const table: TableCell[][] = rows.map((r) => [
    { text: r.name },
    ...columns.map((c) => moneyCell(cents(r.bySource[c.key]), { fontSize: 8.5 })),
    moneyCell(fmt.money(r.totalCents), { bold: true, fontSize: 8.5 }),
  ]);
  table.push(
    totalRow(
      ctx,
      'Total',
      1,
      [...columns.map((c) => fmt.money(total(c.key))), fmt.money(ctx.input.facts.crosswalk.totalCents)],
      { fontSize: 8.5 },
    ),
  );
  return dataTable(
    ctx,
    ['*', ...columns.map(() => columnWidth), columnWidth],
    [th('Service'), ...columns.map((c) => th(truncate(c.name, 60), 'right')), th('Total', 'right')],
    table,
  );
}

/** One row per service and the source that pays for it, for more sources than fit across. */
function sourcesDown(ctx: SectionContext, columns: readonly SourceColumn[], rows: readonly Row[]): Content {
  const { fmt } = ctx;
  const table: TableCell[][] = rows.flatMap((r) =>
    columns
      .filter((c) => (r.bySource[c.key] ?? 0) > 0)
      .map((c): TableCell[] => [
        { text: r.name },
        { text: c.name },
        moneyCell(fmt.money(r.bySource[c.key] ?? 0)),
      ]),
  );
  table.push(totalRow(ctx, 'Total', 2, [fmt.money(ctx.input.facts.crosswalk.totalCents)]));
  return dataTable(ctx, ['*', 160, 84], [th('Service'), th('Funding source'), th('Amount', 'right')], table);
}

/** A source's spend-by date, with the date invoices must reach the district by when that differs. */
function deadlineCell(fmt: Formatters, spendBy: string | null, invoiceBy: string | null): TableCell {
  if (spendBy === null && invoiceBy === null) return { text: '—' };
  if (invoiceBy === null || invoiceBy === spendBy)
    return { text: fmt.shortDate(spendBy ?? invoiceBy ?? ''), noWrap: true };
  return {
    stack: [
      { text: spendBy !== null ? fmt.shortDate(spendBy) : '—', noWrap: true },
      { text: `invoices by ${fmt.shortDate(invoiceBy)}`, style: 'cellNote' },
    ],
  };
}

/** Each source's money, its deadlines, and when its last work and last invoice fall. */
function sourcesAgainstDeadlines(ctx: SectionContext): Content {
  const { fmt } = ctx;
  const lastInvoice = new Map(ctx.input.facts.invoices.bySource.map((s) => [s.sourceId, s.lastDate]));
  const sourceRows: TableCell[][] = ctx.input.facts.crosswalk.sources.map((s) => {
    const invoiced = lastInvoice.get(s.sourceId) ?? null;
    return [
      { text: s.name, bold: true },
      moneyCell(fmt.money(s.amountCents)),
      moneyCell(fmt.money(s.allocatedCents), { bold: true }),
      moneyCell(s.leftCents >= 0 ? fmt.money(s.leftCents) : minus(fmt.money(-s.leftCents))),
      deadlineCell(fmt, s.spendBy, s.invoiceBy),
      { text: s.lastWorkMonth !== null ? fmt.monthYear(`${s.lastWorkMonth}-01`) : '—', noWrap: true },
      { text: invoiced !== null ? fmt.shortDate(invoiced) : '—', noWrap: true },
    ];
  });
  return dataTable(
    ctx,
    ['*', 60, 60, 54, 64, 46, 62],
    [
      th('Funding source'),
      th('Available', 'right'),
      th('This scope', 'right'),
      th('Left', 'right'),
      th('Spend by'),
      th('Last work'),
      th('Last invoice'),
    ],
    sourceRows,
    { title: 'Each source against its deadline' },
  );
}

/** The restrictions the district wrote for its sources, source by source. */
function whatEachSourceMayPayFor(ctx: SectionContext): Content[] {
  const restricted = ctx.engagement.budget.fundingSources.filter((s) => s.restrictions.trim() !== '');
  if (restricted.length === 0) return [];
  return titled(
    'What each source may pay for',
    bullets(
      restricted.map((s) => ({
        text: [{ text: `${s.name}: `, bold: true }, { text: asSentence(s.restrictions) }],
      })),
      ctx,
    ),
  );
}

/** Work no source can pay for yet, and what would settle it. */
function stillToSettle(ctx: SectionContext): Content[] {
  const unpaid = ctx.input.facts.crosswalk.issues.filter((i) => i.severity === 'warning');
  if (unpaid.length === 0) return [];
  return titled(
    'Still to settle',
    bullets(
      unpaid.map((i) => `${i.message} ${i.fix}`),
      ctx,
    ),
  );
}

/** Line by line, or per kind of service when the plan is long. */
function groupedRows(ctx: SectionContext): Row[] {
  const { crosswalk } = ctx.input.facts;
  if (crosswalk.lines.length <= LINE_BY_LINE) {
    return crosswalk.lines.map((l) => ({ name: l.name, bySource: l.bySource, totalCents: l.totalCents }));
  }
  const services = new Map(ctx.engagement.catalog.map((s) => [s.id, s.name]));
  const serviceOf = new Map(ctx.scope.costing.lines.map((l) => [l.lineId, l.serviceId]));
  const groups = new Map<string, Row>();
  for (const l of crosswalk.lines) {
    const id = serviceOf.get(l.lineId) ?? '';
    const row = groups.get(id) ?? { name: services.get(id) ?? l.name, bySource: {}, totalCents: 0 };
    row.totalCents += l.totalCents;
    for (const [key, cents] of Object.entries(l.bySource))
      row.bySource[key] = (row.bySource[key] ?? 0) + cents;
    groups.set(id, row);
  }
  return [...groups.values()];
}
