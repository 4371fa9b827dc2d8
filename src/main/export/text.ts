import type { Content } from 'pdfmake/interfaces';
import { placeholderIn } from '@shared/domain';
import type { GlyphCoverage } from './model';

/**
 * Stand-ins for characters that have a plain equivalent, used only when the font lacks the
 * original: a narrow no-break space from Intl's money formatting should stay a space, not
 * turn into a replacement mark.
 */
const EQUIVALENTS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u205f': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2026': '...',
};

/** Code points that only shape their neighbours; dropping them beats marking them. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x200b ||
    cp === 0x200c ||
    cp === 0x200d ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff)
  );
}

// eslint-disable-next-line no-control-regex
const ALL_ASCII = /^[\u0000-\u007f]*$/;

/**
 * pdfmake splits a word wider than its column one character at a time, measuring the rest
 * again at each step: a 5,000-character word takes seconds and hundreds of megabytes. A
 * zero-width space every WORD_BREAK_AT characters of an unbroken run gives the line breaker
 * somewhere to break, and prints nothing.
 */
export const WORD_BREAK_AT = 40;
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * A run of characters the fonts lack (a sentence of Chinese, a line of Arabic) prints as this
 * many replacement marks, however long: the marks say "something was here", and the export
 * has warned which fields hold such text before it started.
 */
export const MISSING_RUN_MARKS = 3;
const LONG_WORD = new RegExp(`[^\\s]{${WORD_BREAK_AT + 1}}`);

/**
 * `text` as the fonts can print it, in time and memory proportional to its length: every
 * character the fonts cannot draw replaced by a visible stand-in (runs of them shortened),
 * and long unbroken runs given places to break.
 */
export function cleanText(text: string, glyphs: GlyphCoverage): string {
  if (ALL_ASCII.test(text) && !LONG_WORD.test(text)) return text;
  let out = '';
  let word = 0;
  let missing = 0;
  const emit = (piece: string) => {
    for (const c of piece) {
      if (/\s/.test(c)) word = 0;
      else if (++word > WORD_BREAK_AT && glyphs.covers(ZERO_WIDTH_SPACE.codePointAt(0) ?? 0)) {
        out += ZERO_WIDTH_SPACE;
        word = 1;
      }
      out += c;
    }
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || glyphs.covers(cp)) {
      missing = 0;
      emit(ch);
      continue;
    }
    if (isInvisible(cp)) continue;
    const equivalent = EQUIVALENTS[ch];
    if (
      equivalent !== undefined &&
      Array.from(equivalent).every((c) => glyphs.covers(c.codePointAt(0) ?? 0))
    ) {
      missing = 0;
      emit(equivalent);
      continue;
    }
    if (++missing <= MISSING_RUN_MARKS) emit(glyphs.fallback);
  }
  return out;
}

type Node = Content | Content[] | Record<string, unknown> | string | number | boolean | null | undefined;

const TEXT_KEYS = ['text', 'stack', 'ul', 'ol', 'columns'] as const;

/**
 * Walks the places pdfmake reads text from (text runs, stacks, lists, columns, table cells)
 * and cleans every string there. Styles, colours, canvases and images are left alone.
 */
export function cleanContent<T extends Node>(node: T, glyphs: GlyphCoverage): T {
  return walk(node, glyphs) as T;
}

function walk(node: unknown, glyphs: GlyphCoverage): unknown {
  if (typeof node === 'string') return cleanText(node, glyphs);
  if (Array.isArray(node)) return node.map((child: unknown) => walk(child, glyphs));
  if (typeof node !== 'object' || node === null) return node;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record };
  for (const key of TEXT_KEYS) {
    if (key in record) out[key] = walk(record[key], glyphs);
  }
  const table = record.table;
  if (typeof table === 'object' && table !== null && 'body' in table) {
    out.table = { ...table, body: walk(table.body, glyphs) };
  }
  return out;
}

/** Every string pdfmake would print from `node`, in document order. */
function printedStrings(node: unknown, out: string[]): void {
  if (typeof node === 'string') {
    out.push(node);
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) printedStrings(child, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  for (const key of TEXT_KEYS) if (key in record) printedStrings(record[key], out);
  const table = record.table;
  if (typeof table === 'object' && table !== null && 'body' in table) printedStrings(table.body, out);
}

/**
 * The document as given, unless it would print placeholder text ("TBD", "[DISTRICT]",
 * "{{client}}"): then it throws, quoting the text around it, so nothing half-written reaches
 * a district. The export checks the engagement first and names the field; this is the last
 * word, over everything the document prints.
 */
export function refusePlaceholders<T>(content: T): T {
  const strings: string[] = [];
  printedStrings(content, strings);
  for (const text of strings) {
    const hit = placeholderIn(text);
    if (hit === null) continue;
    const at = text.indexOf(hit);
    const context = text.slice(Math.max(0, at - 40), at + hit.length + 40).trim();
    throw new Error(
      `The scope of work still has placeholder text “${hit}” in “${context}”. Replace it before exporting.`,
    );
  }
  return content;
}

/** Shortens text for places with room for one line (running header), at a word if it can. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
