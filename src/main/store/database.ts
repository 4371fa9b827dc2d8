import Database from 'better-sqlite3';
import { AppError } from '@shared/errors';

export type Db = Database.Database;

export const DB_FILE_NAME = 'northstar.db';

/**
 * Opens the one read-write connection and sets the pragmas the store's durability rests on.
 * Each pragma is read back: SQLite ignores some settings silently (WAL on a network share, for
 * one), and a save that only looks durable is worse than a refusal to start.
 */
export function openConnection(file: string): Db {
  const db = new Database(file, { timeout: 5_000 });
  try {
    applyPragmas(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function applyPragmas(db: Db): void {
  const journal = String(db.pragma('journal_mode = WAL', { simple: true })).toLowerCase();
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  const foreignKeys = Number(db.pragma('foreign_keys', { simple: true }));
  if (journal !== 'wal') {
    throw new AppError(
      'io',
      `The database could not use write-ahead logging (journal mode stayed "${journal}").`,
    );
  }
  // 2 is FULL: every commit waits for the disk, so an acknowledged save survives a power cut.
  if (synchronous !== 2)
    throw new AppError('io', `The database refused synchronous = FULL (got ${synchronous}).`);
  if (foreignKeys !== 1) throw new AppError('io', 'The database refused to enforce foreign keys.');
}

export function userVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** What opening an existing file read-only tells us before we touch it. */
export type Probe =
  | { kind: 'missing' }
  | { kind: 'ok'; userVersion: number; checked: boolean }
  | { kind: 'future'; userVersion: number }
  | { kind: 'foreign'; tables: string[] }
  | { kind: 'missing_tables'; tables: string[] }
  | { kind: 'damaged'; reason: string };

/** The tables each schema version has (search is a virtual table; its shadows are not listed). */
function expectedTables(version: number): string[] {
  const tables = ['engagements', 'engagement_documents', 'engagement_search', 'settings'];
  return version >= 2 ? [...tables, 'revisions'] : tables;
}

/**
 * Looks at a database file without changing it: read-only, so a file from a newer version of
 * the app (or one we are about to move aside) keeps every byte as it was. Tells a file some
 * other program made, or one missing tables, from ours. `full` runs `quick_check` over the
 * whole file; otherwise the check is left to the Store, which runs it off this thread.
 */
export function probeDatabase(file: string, latestVersion: number, exists: boolean, full = true): Probe {
  if (!exists) return { kind: 'missing' };
  try {
    return inspect(file, latestVersion, full, true);
  } catch (readOnlyError) {
    if (isCorruption(readOnlyError)) return damaged(readOnlyError);
    // A read-only connection cannot always replay the WAL a crash left behind (it may need to
    // rebuild the shared-memory index). That is no reason to call the file damaged: try again
    // the way the app will open it.
    try {
      return inspect(file, latestVersion, full, false);
    } catch (error) {
      const code = sqliteCode(error) ?? '';
      // Another running copy of the app holds a lock: the file is fine, so never move it aside.
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new AppError(
          'io',
          'The database is in use by another copy of Northstar Scope. Close it and try again.',
          {
            cause: error,
          },
        );
      }
      return damaged(error);
    }
  }
}

function inspect(file: string, latestVersion: number, full: boolean, readonly: boolean): Probe {
  const db = new Database(file, { readonly, fileMustExist: true, timeout: 5_000 });
  try {
    const version = userVersion(db);
    if (version > latestVersion) return { kind: 'future', userVersion: version };
    const names = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    if (version === 0 && names.length > 0) return { kind: 'foreign', tables: names };
    if (version >= 1) {
      const missing = expectedTables(version).filter((table) => !names.includes(table));
      if (missing.length > 0) return { kind: 'missing_tables', tables: missing };
    }
    if (!full) return { kind: 'ok', userVersion: version, checked: false };
    const problems = quickCheck(db);
    if (problems.length > 0) return { kind: 'damaged', reason: problems.slice(0, 3).join('; ') };
    return { kind: 'ok', userVersion: version, checked: true };
  } finally {
    db.close();
  }
}

function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

function damaged(error: unknown): Probe {
  return { kind: 'damaged', reason: error instanceof Error ? error.message : String(error) };
}

/** Ordinary tables (virtual tables are checked through their shadow tables). */
export function tableNames(db: Db): string[] {
  return db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all();
}

/**
 * `PRAGMA quick_check`, of the whole file or of one table and its indexes: the structural
 * check without the slow index-content comparison. Returns the problems found, none when sound.
 */
export function quickCheck(db: Db, table?: string): string[] {
  if (table !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(table))
    throw new Error(`Not a table name: ${table}`);
  const rows = db.pragma(table === undefined ? 'quick_check' : `quick_check("${table}")`) as {
    quick_check: string;
  }[];
  const messages = rows.map((row) => row.quick_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((row) => row.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

function sqliteCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export { fsyncPath } from '../files/atomic';
