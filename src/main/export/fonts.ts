import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The typeface the scope of work is set in, shipped in `resources/fonts` and embedded (as a
 * subset) in every PDF, so a district leader's reader never substitutes a font.
 */
export const FONT_FAMILY = 'NotoSans';

const FONT_FILES = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italics: 'NotoSans-Italic.ttf',
  bolditalics: 'NotoSans-BoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/**
 * Shown in place of a character none of the shipped faces can draw (CJK, emoji): the
 * replacement character reads as "something was here" where a silent gap or a crash would
 * mislead.
 */
const PREFERRED_FALLBACK = '\uFFFD';

export interface FontSet {
  family: string;
  /** The four faces as embedded, keyed by the name the renderer knows them by. */
  faces: Record<FontStyle, { name: string; bytes: Buffer }>;
  /** True when every face has a glyph for the code point. */
  covers: (codePoint: number) => boolean;
  /** What replaces an uncovered character. */
  fallback: string;
}

function u16(b: Buffer, at: number): number {
  return b.readUInt16BE(at);
}
function u32(b: Buffer, at: number): number {
  return b.readUInt32BE(at);
}

/**
 * The code points a TrueType font maps to a glyph, read from its `cmap` table (Unicode
 * subtables, formats 4 and 12). Kept here rather than borrowed from pdfkit's internals so the
 * check runs before layout and on plain data the document builder can use.
 */
export function readCharacterSet(font: Buffer): Set<number> {
  const tableCount = u16(font, 4);
  let cmapOffset = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmapOffset = u32(font, record + 8);
  }
  if (cmapOffset < 0) throw new Error('The font has no cmap table');
  const subtables = u16(font, cmapOffset + 2);
  const found = new Map<string, number>();
  for (let i = 0; i < subtables; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = u16(font, rec);
    const encoding = u16(font, rec + 2);
    const offset = cmapOffset + u32(font, rec + 4);
    const format = u16(font, offset);
    found.set(`${platform}/${encoding}/${format}`, offset);
  }
  const full = found.get('3/10/12') ?? found.get('0/4/12') ?? found.get('0/6/12');
  const bmp = found.get('3/1/4') ?? found.get('0/3/4') ?? found.get('0/1/4') ?? found.get('0/0/4');
  const set = new Set<number>();
  if (full !== undefined) {
    const groups = u32(font, full + 12);
    for (let g = 0; g < groups; g++) {
      const at = full + 16 + g * 12;
      const start = u32(font, at);
      const end = u32(font, at + 4);
      const glyph = u32(font, at + 8);
      for (let cp = start; cp <= end; cp++) if (glyph + (cp - start) !== 0) set.add(cp);
    }
    return set;
  }
  if (bmp === undefined) throw new Error('The font has no Unicode cmap subtable');
  const segX2 = u16(font, bmp + 6);
  const ends = bmp + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = u16(font, ends + s * 2);
    const start = u16(font, starts + s * 2);
    const delta = u16(font, deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = u16(font, rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        const raw = u16(font, rangeOffsetAt + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) set.add(cp);
    }
  }
  return set;
}

/**
 * OpenType layout tables (substitutions, positioning) make every word the renderer measures
 * go through the shaping engine: most of a render's time for a Latin, Greek or Cyrillic text
 * that needs none of it beyond kerning pairs. The faces are embedded without them; glyphs,
 * metrics and hinting are untouched. The signature table goes too, as it no longer matches.
 */
const DROPPED_TABLES = new Set(['GSUB', 'GPOS', 'GDEF', 'DSIG']);

function tableChecksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A TrueType font rebuilt without the tables in DROPPED_TABLES. */
export function withoutLayoutTables(font: Buffer): Buffer {
  const count = u16(font, 4);
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = font.toString('latin1', record, record + 4);
    if (DROPPED_TABLES.has(tag)) continue;
    const offset = u32(font, record + 8);
    const length = u32(font, record + 12);
    tables.push({ tag, data: Buffer.from(font.subarray(offset, offset + length)) });
  }
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const head = tables.find((t) => t.tag === 'head');
  if (head) head.data.writeUInt32BE(0, 8);
  const n = tables.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + n * 16);
  header.writeUInt32BE(u32(font, 0), 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    header.write(t.tag, record, 'latin1');
    header.writeUInt32BE(tableChecksum(t.data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(t.data.length, record + 12);
    const padding = (4 - (t.data.length % 4)) % 4;
    chunks.push(t.data, Buffer.alloc(padding));
    offset += t.data.length + padding;
  });
  const out = Buffer.concat(chunks);
  const headRecord = tables.findIndex((t) => t.tag === 'head');
  if (headRecord >= 0) {
    const headOffset = u32(header, 12 + headRecord * 16 + 8);
    out.writeUInt32BE((0xb1b0afba - tableChecksum(out)) >>> 0, headOffset + 8);
  }
  return out;
}

const cache = new Map<string, FontSet>();

/**
 * Reads the shipped faces once per folder. Throws with the missing file's name when the
 * install is incomplete, which is a packaging fault rather than something a person can fix.
 */
export function loadFonts(fontsDir: string): FontSet {
  const cached = cache.get(fontsDir);
  if (cached) return cached;
  const faces = {} as FontSet['faces'];
  let shared: Set<number> | undefined;
  for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
    const path = join(fontsDir, FONT_FILES[style]);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new Error(`The PDF font ${FONT_FILES[style]} is missing from ${fontsDir}`, { cause: error });
    }
    faces[style] = { name: `northstar-fonts/${FONT_FILES[style]}`, bytes: withoutLayoutTables(bytes) };
    const chars = readCharacterSet(bytes);
    shared = shared === undefined ? chars : new Set([...shared].filter((cp) => chars.has(cp)));
  }
  const covered = shared ?? new Set<number>();
  const fallback = covered.has(PREFERRED_FALLBACK.codePointAt(0) ?? 0) ? PREFERRED_FALLBACK : '?';
  const fonts: FontSet = { family: FONT_FAMILY, faces, covers: (cp) => covered.has(cp), fallback };
  cache.set(fontsDir, fonts);
  return fonts;
}
