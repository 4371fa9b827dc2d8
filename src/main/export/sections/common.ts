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
        { type: 'line', x1: 40, y1: 1.25, x2: CONTENT_WIDTH, y2: 1.25, lineWidth: 0.5, lineColor: ctx.theme.rule },
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
  return { stack: [{ text: name, bold }, { text: note, style: 'cellNote', margin: [0, 1, 0, 0] }] };
}

/** Tables this short read better whole on the next page than split across two. */
const SHORT_TABLE_ROWS = 7;
/** Past this much text a "short" table could outgrow a page, which pdfmake cannot split. */
const SHORT_TABLE_CHARS = 2400;

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
 * A data table that repeats its header rows on every page and never splits a row across a
 * page break. A short one is kept whole. With a title, the title stays with the table: glued
 * to a short one, or carried as its first header row by a long one, so it also heads every
 * continuation page.
 */
export function dataTable(
  ctx: SectionContext,
  widths: (number | string)[],
  header: TableCell[],
  rows: TableCell[][],
  options: { title?: string; margin?: [number, number, number, number] } = {},
): Content {
  const short = rows.length <= SHORT_TABLE_ROWS && textLength(rows) <= SHORT_TABLE_CHARS;
  const titleRow: TableCell[] | null =
    options.title !== undefined && !short
      ? [
          { ...(subheading(options.title) as object), colSpan: widths.length, margin: [-6, 12, 0, 1] } as TableCell,
          ...widths.slice(1).map((): TableCell => ({})),
        ]
      : null;
  const headerRows = titleRow ? 2 : 1;
  const table: Content = {
    table: {
      headerRows,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths,
      body: [...(titleRow ? [titleRow] : []), header, ...rows],
    },
    layout: zebraLayout(ctx.theme, headerRows, titleRow ? 1 : 0),
    margin: options.margin ?? [0, 2, 0, 12],
  };
  if (!short) return table;
  return { stack: [...(options.title !== undefined ? [subheading(options.title)] : []), table], unbreakable: true };
}

function asList(node: Content): ContentUnorderedList | null {
  if (typeof node !== 'object' || Array.isArray(node)) return null;
  return Array.isArray((node as { ul?: unknown }).ul) ? (node as ContentUnorderedList) : null;
}

/** Small enough to keep whole with the heading above it. */
function isSmall(node: Content): boolean {
  if (typeof node === 'string') return true;
  if (typeof node !== 'object' || Array.isArray(node)) return false;
  if ('table' in node && (node as { unbreakable?: boolean }).unbreakable !== true) return false;
  const list = asList(node);
  if (list) return list.ul.length <= 6;
  return textLength(node) <= SHORT_TABLE_CHARS;
}

/**
 * A heading glued to the blocks that follow it, so a page never ends on a heading: the small
 * blocks right after it (an intro paragraph, a short table) go with it; a long list keeps its
 * first items with it and flows on; a long table starts after it and may break.
 */
export function keepWithNext(heading: Content[], blocks: readonly Content[]): Content[] {
  const glued: Content[] = [...heading];
  let budget = SHORT_TABLE_CHARS;
  let i = 0;
  for (; i < blocks.length && i < 3; i++) {
    const block = blocks[i];
    if (block === undefined) break;
    const list = asList(block);
    if (list && list.ul.length > 6) {
      glued.push({ ...list, ul: list.ul.slice(0, 2), margin: [0, 0, 0, 0] });
      return [{ stack: glued, unbreakable: true }, { ...list, ul: list.ul.slice(2) }, ...blocks.slice(i + 1)];
    }
    const size = textLength(block);
    if (!isSmall(block) || size > budget) break;
    budget -= size;
    glued.push(block);
  }
  return [{ stack: glued, unbreakable: true }, ...blocks.slice(i)];
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
