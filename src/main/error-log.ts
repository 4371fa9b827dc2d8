import { appendFile, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The error log: one line per internal error (a call that failed for a reason the person could
 * not act on, a PDF or integrity worker that failed, an uncaught error in main), in
 * `<dataDir>/logs/northstar.log`, so a fault leaves a trace someone can send. A line holds the
 * time, where it happened, the error's name and message, and its stack frames; never the
 * input of the call nor the engagement, and the home folder is written as `~`.
 *
 * Writing never blocks and never throws: lines are appended in order, off the caller's turn,
 * at most MAX_PENDING waiting (more are counted and said in the next line written). At about
 * 1 MB the file is rotated: northstar.log → northstar.log.1 → northstar.log.2, three files in all.
 */
const LOG_FOLDER = 'logs';
export const LOG_FILE_NAME = 'northstar.log';
const MAX_LOG_BYTES = 1_000_000;
const LOG_FILES_KEPT = 3;
const MAX_PENDING = 100;
const MAX_MESSAGE_CHARS = 500;
const MAX_FRAMES = 12;

export interface ErrorLog {
  /** Appends one line for an internal error; returns at once, never throws. */
  write(source: string, error: unknown): void;
  /** The current log file (it exists once something was logged). */
  file(): string;
  /** Settles once every line written so far has been appended. */
  flush(): Promise<void>;
}

/** `<dataDir>/logs/northstar.log` */
export function logFileIn(dataDir: string): string {
  return join(dataDir, LOG_FOLDER, LOG_FILE_NAME);
}

function oneLine(text: string, home: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const safe = home.length > 1 ? flat.split(home).join('~') : flat;
  return safe.length > MAX_MESSAGE_CHARS ? `${safe.slice(0, MAX_MESSAGE_CHARS)}…` : safe;
}

/** The stack's frames only: its first lines repeat the message, which is written once already. */
function frames(stack: string | undefined, home: string): string[] {
  if (!stack) return [];
  return stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, MAX_FRAMES)
    .map((line) => oneLine(line, home));
}

function describe(error: unknown, home: string): { head: string; frames: string[] } {
  if (error instanceof Error) {
    return { head: `${error.name}: ${oneLine(error.message, home)}`, frames: frames(error.stack, home) };
  }
  return { head: `Thrown ${typeof error}: ${oneLine(String(error), home)}`, frames: [] };
}

/**
 * One line: `<ISO time> <source> <Name>: <message> | at … | at … | cause <Name>: <message>`.
 * Exported for tests.
 */
export function formatLogLine(at: Date, source: string, error: unknown, home = homedir()): string {
  const main = describe(error, home);
  const parts = [`${at.toISOString()} ${oneLine(source, home)} ${main.head}`, ...main.frames];
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause !== undefined) parts.push(`cause ${describe(cause, home).head}`);
  return `${parts.join(' | ')}\n`;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

async function removeQuietly(file: string): Promise<void> {
  await unlink(file).catch(() => undefined);
}

/** northstar.log.1 → .2 (the oldest goes), northstar.log → .1. */
async function rotate(file: string): Promise<void> {
  await removeQuietly(`${file}.${LOG_FILES_KEPT - 1}`);
  for (let n = LOG_FILES_KEPT - 2; n >= 1; n--) {
    await rename(`${file}.${n}`, `${file}.${n + 1}`).catch(() => undefined);
  }
  await rename(file, `${file}.1`).catch(() => undefined);
}

export interface ErrorLogOptions {
  now?: () => Date;
  /** Rotate past this many bytes (tests use a small number). */
  maxBytes?: number;
  /** Written as `~` (the person's user name is in it). */
  home?: string;
}

/** The log in `dataDir()`'s logs folder; the data folder may change while the app runs. */
export function errorLog(dataDir: () => string, options: ErrorLogOptions = {}): ErrorLog {
  const now = options.now ?? (() => new Date());
  const maxBytes = options.maxBytes ?? MAX_LOG_BYTES;
  const home = options.home ?? homedir();
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  let dropped = 0;
  /** Bytes in the current file, by file; read from disk the first time. */
  const sizes = new Map<string, number>();

  const append = async (file: string, line: string): Promise<void> => {
    await mkdir(dirname(file), { recursive: true });
    let size = sizes.get(file) ?? (await sizeOf(file));
    if (size > 0 && size + Buffer.byteLength(line) > maxBytes) {
      await rotate(file);
      size = 0;
    }
    await appendFile(file, line, { encoding: 'utf8', mode: 0o600 });
    sizes.set(file, size + Buffer.byteLength(line));
  };

  return {
    file: () => logFileIn(dataDir()),
    write(source, error) {
      if (pending >= MAX_PENDING) {
        dropped++;
        return;
      }
      let line: string;
      try {
        const note =
          dropped > 0
            ? formatLogLine(now(), 'log', new Error(`${dropped} lines were not written`), home)
            : '';
        line = note + formatLogLine(now(), source, error, home);
        dropped = 0;
      } catch {
        return;
      }
      const file = logFileIn(dataDir());
      pending++;
      tail = tail
        .then(() => append(file, line))
        .catch((failure: unknown) => {
          sizes.delete(file);
          console.error('[log] could not write the error log', failure);
        })
        .finally(() => {
          pending--;
        });
    },
    flush: () => tail,
  };
}
