import { excerpt } from '@shared/domain';
import { AppError } from '@shared/errors';

/**
 * What reading one project file may cost, checked on the text before JSON.parse builds
 * anything: an engagement is about 1,500 values (the 300-line stress engagement about
 * 10,000), so a file of 300,000 holds a couple of hundred revisions; and no list the app
 * writes is longer than 10,000 entries. Within these, parsing and validating any file the
 * size limit lets in takes well under a second and a few tens of megabytes.
 */
const MAX_JSON_VALUES = 300_000;
const MAX_JSON_LIST = 10_000;
export const MAX_JSON_DEPTH = 64;

function refuse(message: string): AppError {
  return new AppError('invalid_input', `This project file cannot be imported. ${message}`);
}

/**
 * One pass over the text, allocating nothing: counts the values, the entries of the list
 * being read, and the nesting, outside strings. Refuses the file as soon as one passes its
 * ceiling, so a 3 MB file of a million empty objects costs milliseconds, not a minute.
 */
export function checkJsonBudget(text: string): void {
  let values = 0;
  let inString = false;
  // Entries of each open list, innermost last; objects push -1 (their keys are not counted).
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      values++;
    } else if (c === 0x7b || c === 0x5b) {
      values++;
      if (open.length >= MAX_JSON_DEPTH) {
        throw refuse(`It is nested more than ${MAX_JSON_DEPTH} levels deep, which no engagement is.`);
      }
      open.push(c === 0x5b ? 0 : -1);
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
    } else if (c === 0x2c) {
      const top = open.length - 1;
      const entries = open[top];
      if (entries !== undefined && entries >= 0) {
        open[top] = entries + 1;
        if (entries + 1 >= MAX_JSON_LIST) {
          throw refuse(
            `It has a list of more than ${MAX_JSON_LIST.toLocaleString('en-US')} entries, which no engagement has.`,
          );
        }
      }
    } else {
      continue;
    }
    if (values > MAX_JSON_VALUES) {
      throw refuse(
        `It holds more than ${MAX_JSON_VALUES.toLocaleString('en-US')} values, far more than an engagement and its revisions.`,
      );
    }
  }
}

/** JSON.parse, with a failure worded for a person and quoting at most a few characters. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refuse(`It is not valid JSON, perhaps cut short or not a project file (${excerpt(reason, 80)}).`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf32(bytes: Uint8Array, littleEndian: boolean): string {
  if (bytes.length % 4 !== 0) throw refuse('It is marked as UTF-32 text but is cut short.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let at = 4; at < bytes.length; at += 4) {
    const cp = view.getUint32(at, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
      throw refuse('It is marked as UTF-32 text but holds invalid characters.');
    chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/**
 * The text of a project file from its bytes. UTF-8 (with or without a byte-order mark) is
 * what the app writes; UTF-16 and UTF-32 with a byte-order mark, as some Windows editors
 * save, are read too. Anything else is named rather than called "not valid JSON".
 */
export function decodeProjectFile(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return utf32(bytes, true);
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return utf32(bytes, false);
  try {
    if (b0 === 0xff && b1 === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (b0 === 0xfe && b1 === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw refuse('It is marked as UTF-16 text but holds invalid characters.');
  }
  const sample = bytes.subarray(0, 64);
  if (sample.length >= 4 && sample.filter((b) => b === 0).length >= sample.length / 4) {
    throw refuse(
      'It looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8 and import it again.',
    );
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    throw refuse(
      'It is not UTF-8 text (it may have been saved as Latin-1 or Windows-1252); save it as UTF-8 and import it again.',
    );
  }
}
