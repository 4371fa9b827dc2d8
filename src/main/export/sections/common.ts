import type {
  Content,
  ContentText,
  ContentUnorderedList,
  TableCell,
  TableCellProperties,
} from 'pdfmake/interfaces';
import type { Engagement } from '@shared/domain';
import type { Scope } from '@shared/scoping';
import { joinAnd, plural, upperFirst } from '@shared/words';
import type { ScopeOfWorkInput } from '../model';
import {
  CONTENT_WIDTH,
  OVER_ZEBRA_PADDING,
  tailLayout,
  type Formatters,
  type Theme,
  zebraLayout,
} from '../theme';

/** What every section builder reads from; sections never compute money, they print it. */
export interface SectionContext {
  input: ScopeOfWorkInput;
  engagement: Engagement;
  scope: Scope;
  theme: Theme;
  fmt: Formatters;
  clientName: string;
  /** The engagement's phases in time order. */
  phases: Engagement['timeline']['phases'];
  /**
   * The period of performance: the engagement window, ending on the budget's last day of work
   * when that comes first (year one of a two-year north star). Everything signed falls inside it.
   */
  period: { start: string; end: string };
}

/** A section of the document: its title and body; an empty body drops the section. */
export interface Section {
  id: string;
  title: string;
  body: Content[];
  /** Start the section on a fresh page. */
  newPage?: boolean;
  /** Keep the heading and the whole body on one page (the signature block). */
  keepTogether?: boolean;
  /** The first block is known to fit on a page: keep it with the heading whatever it holds. */
  gluedOpening?: boolean;
}

/** A numbered section heading with the consultancy's accent rule under it. */
export function sectionHeading(ctx: SectionContext, number: number, title: string): Content[] {
  return [
    {
      text: [{ text: `${String(number).padStart(2, '0')}   `, color: ctx.theme.accentText }, { text: title }],
      style: 'h1',
      margin: [0, 8, 0, 2],
    },
    {
      canvas: [
        { type: 'rect', x: 0, y: 0, w: 40, h: 2.5, color: ctx.theme.accent },
        {
          type: 'line',
          x1: 40,
          y1: 1.25,
          x2: CONTENT_WIDTH,
          y2: 1.25,
          lineWidth: 0.5,
          lineColor: ctx.theme.rule,
        },
      ],
      margin: [0, 3, 0, 12],
    },
  ];
}

export function subheading(text: string): Content {
  return { text, style: 'h2' };
}

export function paragraph(text: string, style: string | string[] = 'body'): Content {
  return { text, style };
}

export function bullets(items: readonly (string | Content)[], ctx: SectionContext): Content {
  return {
    ul: [...items],
    markerColor: ctx.theme.accent,
    margin: [0, 0, 0, 8],
  };
}

export function th(text: string, alignment: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { text, style: 'th', alignment };
}

export function moneyCell(text: string, extra: Record<string, unknown> = {}): TableCell {
  return { text, style: 'money', ...extra };
}

/** A row's label across `span` columns (the cells it covers left empty), as pdfmake wants them. */
function spanned(label: ContentText & TableCellProperties, span: number): TableCell[] {
  if (span === 1) return [label];
  return [{ ...label, colSpan: span }, ...Array.from({ length: span - 1 }, (): TableCell => ({}))];
}

/** Rows that close a table: subtotals, a discount, the total. */
const CLOSING_ROWS = new WeakSet<TableCell[]>();

/** Marks `row` as one that closes its table, so a page break never parts it from the last row above. */
export function closingRow(row: TableCell[]): TableCell[] {
  CLOSING_ROWS.add(row);
  return row;
}

/** The total row, on the primary colour: its label across `span` columns, then its amounts. */
export function totalRow(
  ctx: SectionContext,
  label: string,
  span: number,
  amounts: readonly string[],
  extra: Record<string, unknown> = {},
): TableCell[] {
  const fillColor = ctx.theme.primary;
  return closingRow([
    ...spanned({ text: label, style: 'total', fillColor }, span),
    ...amounts.map((a) => moneyCell(a, { style: ['money', 'total'], fillColor, ...extra })),
  ]);
}

/** A subtotal or running total in bold on `fillColor`: its label across `span` columns, then its amounts. */
export function sumRow(
  label: string,
  span: number,
  amounts: readonly string[],
  fillColor: string,
): TableCell[] {
  return closingRow([
    ...spanned({ text: label, bold: true, fillColor }, span),
    ...amounts.map((a) => moneyCell(a, { bold: true, fillColor })),
  ]);
}

/** "–$1,234.50": a discount reads as money taken off (the en dash is in every shipped face). */
export function minus(text: string): string {
  return `\u2013${text}`;
}

/** A discount row in italics: its label across `span` columns, then the amount taken off. */
export function discountRow(ctx: SectionContext, label: string, span: number, cents: number): TableCell[] {
  return closingRow([
    ...spanned({ text: label, italics: true }, span),
    moneyCell(minus(ctx.fmt.money(cents)), { italics: true }),
  ]);
}

/** A name with a quieter second line beneath it, for table cells. */
export function nameWithNote(name: string, note: string, bold = false): TableCell {
  if (note.trim() === '') return { text: name, bold };
  return {
    stack: [
      { text: name, bold },
      { text: note, style: 'cellNote', margin: [0, 1, 0, 0] },
    ],
  };
}

function textLength(node: unknown): number {
  if (typeof node === 'string') return node.length;
  if (Array.isArray(node)) return node.reduce((sum: number, child: unknown) => sum + textLength(child), 0);
  if (typeof node !== 'object' || node === null) return 0;
  const record = node as Record<string, unknown>;
  const table = record.table as { body?: unknown } | undefined;
  return (
    textLength(record.text) +
    textLength(record.stack) +
    textLength(record.ul) +
    textLength(record.columns) +
    textLength(table?.body)
  );
}

/**
 * A data table that repeats its header rows on every page, never splits a row across a page
 * break and never leaves its header alone at the foot of one. A title rides along as the
 * first header row, so it stays with the table and heads every continuation page.
 *
 * Tables are never made unbreakable: pdfmake silently drops whatever of an unbreakable block
 * does not fit on one page, and a table's height cannot be known before layout.
 */
export function dataTable(
  ctx: SectionContext,
  widths: (number | string)[],
  header: TableCell[],
  rows: TableCell[][],
  options: { title?: string; subtitle?: string; margin?: [number, number, number, number] } = {},
): Content {
  const heading =
    options.title === undefined
      ? null
      : options.subtitle === undefined
        ? subheading(options.title)
        : {
            stack: [
              subheading(options.title),
              { text: options.subtitle, style: 'body', margin: [0, 1, 0, 3] },
            ],
          };
  const titleRow: TableCell[] | null =
    heading !== null
      ? [
          {
            ...(heading as object),
            colSpan: widths.length,
            margin: [-6, 12, 0, 1],
          } as TableCell,
          ...widths.slice(1).map((): TableCell => ({})),
        ]
      : null;
  const headerRows = titleRow ? 2 : 1;
  const { body, tail } = keepClosingRows(ctx, widths, rows);
  return {
    table: {
      headerRows,
      dontBreakRows: true,
      keepWithHeaderRows: Math.min(body.length, 2),
      widths,
      body: [...(titleRow ? [titleRow] : []), header, ...body],
    },
    layout: zebraLayout(ctx.theme, headerRows, titleRow ? 1 : 0, tail),
    margin: options.margin ?? (titleRow ? [0, 0, 0, 12] : [0, 2, 0, 12]),
  };
}

/**
 * A table's closing rows (subtotals, discount, total) and the last row above them, laid as one
 * row holding a table of the same columns: rows never split, so a page break moves them
 * together under the repeated header instead of leaving the totals alone.
 */
function keepClosingRows(
  ctx: SectionContext,
  widths: (number | string)[],
  rows: TableCell[][],
): { body: TableCell[][]; tail: boolean } {
  let closing = 0;
  while (closing < rows.length && CLOSING_ROWS.has(rows[rows.length - 1 - closing] ?? [])) closing++;
  const from = rows.length - closing - 1;
  if (closing === 0 || from < 0) return { body: rows, tail: false };
  const tail: TableCell = {
    colSpan: widths.length,
    table: { widths, body: rows.slice(from), dontBreakRows: true },
    layout: tailLayout(ctx.theme, from),
    margin: OVER_ZEBRA_PADDING,
  };
  return {
    body: [...rows.slice(0, from), [tail, ...widths.slice(1).map((): TableCell => ({}))]],
    tail: true,
  };
}

function asList(node: Content): ContentUnorderedList | null {
  if (typeof node !== 'object' || Array.isArray(node)) return null;
  return Array.isArray((node as { ul?: unknown }).ul) ? (node as ContentUnorderedList) : null;
}

function containsTable(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsTable);
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  return 'table' in record || containsTable(record.stack) || containsTable(record.columns);
}

/**
 * Text short enough to move to the next page together with its heading: it is bounded by
 * characters, not by a measured height, so it is kept well under a page.
 */
const GLUE_CHARS = 1_200;

function canGlue(node: Content): boolean {
  if (typeof node === 'string') return node.length <= GLUE_CHARS;
  if (typeof node !== 'object' || Array.isArray(node)) return false;
  if (containsTable(node)) return false;
  const list = asList(node);
  if (list && list.ul.length > 6) return false;
  return textLength(node) <= GLUE_CHARS;
}

const LINE_HEIGHT = 11.6;
/** A generous average advance of the body face at 9.5 pt, so estimates err on the tall side. */
const CHAR_WIDTH = 5.1;
const CELL_PADDING = 10;

interface TableNode {
  table: { body: unknown[][]; widths?: unknown[]; headerRows?: number };
  margin?: [number, number, number, number];
}

function asTable(node: Content | undefined): TableNode | null {
  if (typeof node !== 'object' || Array.isArray(node)) return null;
  const table = (node as { table?: unknown }).table;
  if (typeof table !== 'object' || table === null) return null;
  return Array.isArray((table as { body?: unknown }).body) ? (node as unknown as TableNode) : null;
}

function stackDepth(cell: unknown): number {
  if (typeof cell !== 'object' || cell === null) return 1;
  const stack = (cell as { stack?: unknown }).stack;
  return Array.isArray(stack) ? stack.length : 1;
}

/**
 * The height a table's header rows and first two rows will take, estimated from the length of
 * their text and the widths of their columns: what a heading must have room for under it.
 */
export function openingHeight(node: TableNode): number {
  const widths = node.table.widths ?? [];
  const fixed = widths.reduce((s: number, w) => s + (typeof w === 'number' ? w + CELL_PADDING : 0), 0);
  const flexible = widths.filter((w) => typeof w !== 'number').length;
  const share = flexible > 0 ? Math.max(40, (CONTENT_WIDTH - fixed) / flexible - CELL_PADDING) : 40;
  const widthOf = (i: number) => {
    const w = widths[i];
    return typeof w === 'number' ? w : share;
  };
  const rowHeight = (row: unknown[]) =>
    row.reduce((tallest: number, cell, i) => {
      const span =
        typeof cell === 'object' && cell !== null ? ((cell as { colSpan?: number }).colSpan ?? 1) : 1;
      let width = 0;
      for (let k = i; k < i + span; k++) width += widthOf(k);
      const lines = Math.max(
        stackDepth(cell),
        Math.ceil((textLength(cell) * CHAR_WIDTH) / Math.max(width, 20)),
      );
      return Math.max(tallest, lines * LINE_HEIGHT + 8);
    }, 0);
  const rows = node.table.body.slice(0, (node.table.headerRows ?? 0) + 2);
  return Math.min(260, Math.ceil(rows.reduce((s: number, row) => s + rowHeight(row), 0) * 1.15) + 6);
}

/**
 * Glues `lead` (a heading and any short text after it) to the table that follows: the glued
 * block carries an invisible spacer as tall as the table's opening rows, so it only stays on
 * a page that also has room for them, and the table is drawn back up over the spacer.
 * Measuring first would mean laying the document out twice; the estimate errs on the tall side.
 */
function glueToTable(lead: Content[], node: TableNode): Content[] {
  const height = openingHeight(node);
  const [l, t, r, b] = node.margin ?? [0, 0, 0, 0];
  return [
    {
      stack: [...lead, { canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: height, color: '#ffffff' }] }],
      unbreakable: true,
    },
    { ...(node as object), margin: [l, t - height, r, b] } as Content,
  ];
}

/**
 * A heading glued to the block that follows it, so a page never ends on a heading: a short
 * paragraph or list goes with it; a long list keeps its first items with it and flows on; a
 * table keeps its header and first rows with the heading (and with a short introduction
 * between them); long text starts right after it.
 */
export function keepWithNext(heading: Content[], blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return heading;
  const table = asTable(first);
  if (table) return [...glueToTable(heading, table), ...rest];
  const list = asList(first);
  if (list && list.ul.length > 6 && textLength(list.ul.slice(0, 2)) <= GLUE_CHARS) {
    const opening: ContentUnorderedList = { ...list, ul: list.ul.slice(0, 2), margin: [0, 0, 0, 0] };
    return [{ stack: [...heading, opening], unbreakable: true }, { ...list, ul: list.ul.slice(2) }, ...rest];
  }
  if (canGlue(first)) {
    const [second, ...after] = rest;
    const next = asTable(second);
    if (next) return [...glueToTable([...heading, first], next), ...after];
    // A short introduction before a list: the list's first items come along too.
    const items = second !== undefined ? asList(second) : null;
    if (items && textLength(items.ul.slice(0, 2)) + textLength(first) <= GLUE_CHARS) {
      const opening: ContentUnorderedList = { ...items, ul: items.ul.slice(0, 2), margin: [0, 0, 0, 0] };
      const tail: Content[] = items.ul.length > 2 ? [{ ...items, ul: items.ul.slice(2) }] : [];
      return [
        { stack: [...heading, first, items.ul.length > 2 ? opening : items], unbreakable: true },
        ...tail,
        ...after,
      ];
    }
    return [{ stack: [...heading, first], unbreakable: true }, ...rest];
  }
  return [...heading, ...blocks];
}

/** A subheading with the blocks it introduces. */
export function titled(title: string, ...blocks: Content[]): Content[] {
  return keepWithNext([subheading(title)], blocks);
}

/** The months (YYYY-MM) a line has work in, in order: its first is when it starts, its last when it ends. */
export function monthsDelivered(ctx: SectionContext, lineId: string): string[] {
  return (ctx.scope.schedule.monthlyUnits[lineId] ?? [])
    .filter((m) => m.units > 0)
    .map((m) => m.month)
    .sort();
}

// Counts and lists are worded once for the whole app.
export { joinAnd, plural, upperFirst };

/** "A, B, C and 4 more" for lists that could run to hundreds of names. */
export function someOf(names: readonly string[], max = 4): string {
  if (names.length <= max) return joinAnd(names);
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
