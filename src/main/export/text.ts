import type { Content } from 'pdfmake/interfaces';
import { placeholderIn } from '../../shared/domain';
import type { GlyphCoverage } from './model';
import type { LogoImage } from './sections/cover';

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
function isInvisible(cp: number): boolean {
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

/** `text` with every character the fonts cannot draw replaced by a visible stand-in. */
export function cleanText(text: string, glyphs: GlyphCoverage): string {
  if (ALL_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || glyphs.covers(cp)) {
      out += ch;
      continue;
    }
    if (isInvisible(cp)) continue;
    const equivalent = EQUIVALENTS[ch];
    out +=
      equivalent !== undefined && Array.from(equivalent).every((c) => glyphs.covers(c.codePointAt(0) ?? 0))
        ? equivalent
        : glyphs.fallback;
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

const RASTER = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/;
const SVG = /^data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)$/;

/**
 * The consultancy's logo as the PDF can take it, or null. Only data URLs are accepted: a URL
 * or a path would make the renderer reach outside the document. An SVG is decoded and
 * stripped of anything that points elsewhere (embedded images that are not data URLs,
 * scripts), because the SVG renderer would otherwise open such references itself.
 */
export function logoFrom(dataUrl: string | undefined): LogoImage | null {
  if (dataUrl === undefined) return null;
  if (RASTER.test(dataUrl)) return { kind: 'image', source: dataUrl };
  const svg = SVG.exec(dataUrl);
  if (!svg) return null;
  let markup: string;
  try {
    markup = new TextDecoder('utf-8', { fatal: true }).decode(base64Bytes(svg[1] ?? ''));
  } catch {
    return null;
  }
  if (!/<svg[\s>]/i.test(markup)) return null;
  const cleaned = markup
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
    .replace(/<script[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<image\b[^>]*?(\/>|>[\s\S]*?<\/image\s*>)/gi, (tag) =>
      /(?:xlink:)?href\s*=\s*["']\s*data:image\/(png|jpeg);base64,/i.test(tag) ? tag : '',
    );
  return { kind: 'svg', source: cleaned };
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
