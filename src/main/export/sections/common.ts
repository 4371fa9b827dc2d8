import type { Content, ContentUnorderedList, TableCell } from 'pdfmake/interfaces';
import type { Engagement } from '../../../shared/domain';
import type { Scope } from '../../../shared/scoping';
import type { ScopeOfWorkInput } from '../model';
import { CONTENT_WIDTH, type Formatters, type Theme, zebraLayout } from '../theme';

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
  options: { title?: string; margin?: [number, number, number, number] } = {},
): Content {
  const titleRow: TableCell[] | null =
    options.title !== undefined
      ? [
          {
            ...(subheading(options.title) as object),
            colSpan: widths.length,
            margin: [-6, 12, 0, 1],
          } as TableCell,
          ...widths.slice(1).map((): TableCell => ({})),
        ]
      : null;
  const headerRows = titleRow ? 2 : 1;
  return {
    table: {
      headerRows,
      dontBreakRows: true,
      keepWithHeaderRows: Math.min(rows.length, 2),
      widths,
      body: [...(titleRow ? [titleRow] : []), header, ...rows],
    },
    layout: zebraLayout(ctx.theme, headerRows, titleRow ? 1 : 0),
    margin: options.margin ?? (titleRow ? [0, 0, 0, 12] : [0, 2, 0, 12]),
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

/**
 * A heading glued to the block that follows it, so a page never ends on a heading: a short
 * paragraph or list goes with it; a long list keeps its first items with it and flows on; a
 * table (which keeps its own header with its first rows) or long text starts right after it.
 */
export function keepWithNext(heading: Content[], blocks: readonly Content[]): Content[] {
  const [first, ...rest] = blocks;
  if (first === undefined) return heading;
  const list = asList(first);
  if (list && list.ul.length > 6 && textLength(list.ul.slice(0, 2)) <= GLUE_CHARS) {
    const opening: ContentUnorderedList = { ...list, ul: list.ul.slice(0, 2), margin: [0, 0, 0, 0] };
    return [{ stack: [...heading, opening], unbreakable: true }, { ...list, ul: list.ul.slice(2) }, ...rest];
  }
  if (canGlue(first)) return [{ stack: [...heading, first], unbreakable: true }, ...rest];
  return [...heading, ...blocks];
}

/** A subheading with the blocks it introduces. */
export function titled(title: string, ...blocks: Content[]): Content[] {
  return keepWithNext([subheading(title)], blocks);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "A, B, C and 4 more" for lists that could run to hundreds of names. */
export function someOf(names: readonly string[], max = 4): string {
  if (names.length <= max) return joinAnd(names);
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
