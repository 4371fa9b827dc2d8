/**
 * File names the app proposes in save dialogs. Every file system takes 255 bytes at most,
 * and a name built from a district's name (emoji, CJK: up to four bytes a character) must
 * stay well under that; bidirectional controls would make a name read differently from
 * what it is ("…fdp.exe" shown as "…exe.pdf"), so they never reach a name.
 */
const MAX_FILE_NAME_BYTES = 100;

// Explicit direction marks, embeddings, overrides and isolates.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]+/g;
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** `text` cut at a character boundary so that it takes at most `max` bytes in UTF-8. */
function fitBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (bytes(out) + bytes(segment) > max) break;
    out += segment;
  }
  return out;
}

/**
 * `stem` made safe for a file name on every platform, shortened so that stem and `suffix`
 * (which must be safe already) take at most MAX_FILE_NAME_BYTES; `fallback` when nothing is left.
 */
export function safeFileName(stem: string, suffix: string, fallback: string): string {
  const cleaned = stem
    .normalize('NFC')
    .replace(BIDI_CONTROLS, '')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const fitted = fitBytes(cleaned, MAX_FILE_NAME_BYTES - bytes(suffix))
    .trim()
    .replace(/[. ]+$/, '');
  const safe = fitted === '' || RESERVED_ON_WINDOWS.test(fitted) ? fallback : fitted;
  return `${safe}${suffix}`;
}
