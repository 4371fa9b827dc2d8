import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { excerpt } from '@shared/domain';
import { AppError } from '@shared/errors';
import { writeFileAtomicSync } from '../files/atomic';
import {
  createBackupSync,
  fileStamp,
  isUsableBackup,
  listBackups,
  removePartialBackups,
  replaceDatabaseFile,
  type BackupInfo,
} from './backups';
import { storeProblem } from './problems';
import { DB_FILE_NAME, fsyncPath, openConnection, probeDatabase, userVersion, type Db } from './database';
import { futureDatabaseError, LATEST_SCHEMA_VERSION, migrate } from './migrations';

const DAMAGED_DIR_NAME = 'damaged';
/** Left by a check that found damage after opening; the next open then checks everything first. */
const DAMAGE_MARKER_NAME = 'damage-found.txt';
/**
 * Up to this size the whole file is checked before it is used (a few hundred engagements, a
 * few milliseconds), so damage is repaired before anything reads it. A larger file opens at
 * once and is checked by a worker thread on a read-only connection of its own, so neither
 * start-up nor any call waits for it.
 */
export const FULL_CHECK_MAX_BYTES = 8 * 1024 * 1024;

/** Something that happened while opening (or restoring) that the person should be told. */
export interface StoreNotice {
  level: 'info' | 'warning';
  kind: 'recovered' | 'recovered_empty' | 'migrated' | 'restored' | 'purged' | 'damage_found' | 'read_only';
  message: string;
  at: string;
}

export interface OpenedDatabase {
  db: Db;
  dbPath: string;
  notices: StoreNotice[];
  /** True when the file was too large to check before use: the Store checks it off this thread. */
  checkPending: boolean;
}

function damageMarkerPath(dataDir: string): string {
  return join(dataDir, DAMAGE_MARKER_NAME);
}

export function markDamaged(dataDir: string, details: string, at: Date): void {
  writeFileAtomicSync(damageMarkerPath(dataDir), `${at.toISOString()}\n${details}\n`);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

/** Whether a file can be made in the folder: tried, since permission bits do not tell (root, read-only mounts). */
function folderWritable(dataDir: string): unknown {
  const probe = join(dataDir, `.write-test-${process.pid}-${randomUUID().slice(0, 8)}`);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return error;
  }
}

function fileWritable(file: string): unknown {
  try {
    closeSync(openSync(file, 'r+'));
    return null;
  } catch (error) {
    return error;
  }
}

/** The newest backup that opens and passes the check, for a problem screen to offer. */
function newestUsableBackup(dataDir: string): BackupInfo | undefined {
  try {
    return listBackups(dataDir).find((candidate) => isUsableBackup(candidate.path));
  } catch {
    return undefined;
  }
}

/**
 * Opens `<dataDir>/northstar.db`, whatever state it is in:
 * - missing: created;
 * - from a newer app: refused with an AppError, the file untouched;
 * - a folder or file the app cannot write, an empty file, another program's database, or
 *   ours with tables missing: refused with a StoreProblem saying what the person can do,
 *   every file left as it is;
 * - damaged or unreadable: moved to `<dataDir>/damaged/`, the newest usable backup put in its
 *   place (or an empty database when there is none), and a notice saying so;
 * - older schema: backed up, then migrated in one transaction.
 */
export function openDatabase(
  dataDir: string,
  now: () => Date,
  fullCheckMaxBytes: number = FULL_CHECK_MAX_BYTES,
): OpenedDatabase {
  const where = { dataDir, dbPath: join(dataDir, DB_FILE_NAME) };
  const { dbPath } = where;
  const exists = refuseUnwritable(where);
  removePartialBackups(dataDir);
  const size = exists ? statSync(dbPath).size : 0;
  if (exists && size === 0) throw emptyFileProblem(where);

  const notices: StoreNotice[] = [];
  const marked = existsSync(damageMarkerPath(dataDir));
  const full = marked || !exists || size <= fullCheckMaxBytes;
  const probe = probeDatabase(dbPath, LATEST_SCHEMA_VERSION, exists, full);
  refuseUnusable(probe, where);
  if (probe.kind === 'damaged') notices.push(recoverFromDamage(dataDir, dbPath, probe.reason, now()));
  // Either the full check passed or the damaged file was just replaced: the marker is settled.
  if (marked) rmSync(damageMarkerPath(dataDir), { force: true });
  const checkPending = probe.kind === 'ok' && !probe.checked;

  const db = openConnection(dbPath);
  try {
    const migrated = migrateOpened(db, dataDir, now);
    if (migrated) notices.push(migrated);
    return { db, dbPath, notices, checkPending };
  } catch (error) {
    db.close();
    throw error;
  }
}

interface Where {
  dataDir: string;
  dbPath: string;
}

/** Refuses a data folder that cannot be made or written, or a file that cannot be written; answers whether the file exists. */
function refuseUnwritable(where: Where): boolean {
  const { dataDir, dbPath } = where;
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw storeProblem(
      'unusable_folder',
      where,
      `The app could not create its data folder ${dataDir} (${codeOf(error)}). Choose another folder for your data.`,
      undefined,
    );
  }
  const exists = existsSync(dbPath);
  const folderError = folderWritable(dataDir);
  if (folderError !== null) {
    throw storeProblem(
      exists ? 'read_only_folder' : 'unusable_folder',
      where,
      exists
        ? `The app cannot save anything in ${dataDir} (${codeOf(folderError)}): the folder is read-only for you. ` +
            'You can open your data read-only to read and export it, or choose another folder.'
        : `The app cannot create its database in ${dataDir} (${codeOf(folderError)}). Choose another folder for your data.`,
      undefined,
    );
  }
  const fileError = exists ? fileWritable(dbPath) : null;
  if (fileError !== null) {
    throw storeProblem(
      'read_only_file',
      where,
      `The app cannot save to ${dbPath} (${codeOf(fileError)}): the file is read-only for you. ` +
        'You can open it read-only to read and export your work, or choose another folder.',
      undefined,
    );
  }
  return exists;
}

function emptyFileProblem(where: Where): Error {
  const backup = newestUsableBackup(where.dataDir);
  return storeProblem(
    'empty_file',
    where,
    `${where.dbPath} is empty (0 bytes), so none of your engagements are in it. ` +
      (backup
        ? `The newest good backup is from ${describeDate(backup.createdAt)}.`
        : 'There is no backup to restore.'),
    backup,
  );
}

/** Refuses a database from a newer app, another program's, or ours with tables missing. */
function refuseUnusable(probe: ReturnType<typeof probeDatabase>, where: Where): void {
  const { dataDir, dbPath } = where;
  if (probe.kind === 'future') throw futureDatabaseError(probe.userVersion);
  if (probe.kind === 'foreign') {
    throw storeProblem(
      'foreign_file',
      where,
      `${dbPath} is a database of some other program (it holds ${probe.tables
        .slice(0, 3)
        .map((t) => `“${excerpt(t, 30)}”`)
        .join(', ')}${probe.tables.length > 3 ? '…' : ''}), not Northstar Scope's. It was left as it is.`,
      newestUsableBackup(dataDir),
    );
  }
  if (probe.kind === 'missing_tables') {
    throw storeProblem(
      'missing_table',
      where,
      `${dbPath} is a Northstar Scope database, but its ${probe.tables.join(', ')} table${probe.tables.length === 1 ? ' is' : 's are'} missing, so the app cannot use it.`,
      newestUsableBackup(dataDir),
    );
  }
}

/** Brings the schema up to date; an older one is backed up first, and the notice says so. */
function migrateOpened(db: Db, dataDir: string, now: () => Date): StoreNotice | null {
  const from = userVersion(db);
  if (from > LATEST_SCHEMA_VERSION) throw futureDatabaseError(from);
  if (from > 0 && from < LATEST_SCHEMA_VERSION) {
    const backup = createBackupSync(db, dataDir, 'before-migration', now());
    migrate(db);
    return {
      level: 'info',
      kind: 'migrated',
      at: now().toISOString(),
      message: `The database was updated to this version of the app (format ${from} to ${LATEST_SCHEMA_VERSION}). A copy from before the update was kept as backup ${backup.name}.`,
    };
  }
  migrate(db);
  return null;
}

/**
 * The person's answer to a problem screen: the file at `dbPath` is moved to damaged/ (kept,
 * never deleted) and replaced by the newest good backup, or by nothing (a new database is
 * made when the store opens).
 */
export function setAsideAndReplace(dataDir: string, withBackup: boolean, now: Date): void {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const backup = withBackup ? newestUsableBackup(dataDir) : undefined;
  if (withBackup && !backup) throw new AppError('not_found', 'There is no good backup to restore.');
  if (existsSync(dbPath)) moveAside(dataDir, dbPath, now);
  if (backup) replaceDatabaseFile(backup.path, dbPath);
}

/**
 * A copy opened read-only (the person's choice when the folder or the file cannot be
 * written), with a notice saying so; the original is not touched.
 */
export function openReadOnlyCopy(dataDir: string, now: () => Date): OpenedDatabase {
  const db = new Database(readOnlyCopy(dataDir), { readonly: true, fileMustExist: true });
  return {
    db,
    dbPath: join(dataDir, DB_FILE_NAME),
    checkPending: false,
    notices: [
      {
        level: 'warning',
        kind: 'read_only',
        at: now().toISOString(),
        message:
          'Your data is open read-only: you can read and export everything, but nothing you change is saved. ' +
          'Quit, make the data folder writable (or choose another folder), and reopen the app to work as usual.',
      },
    ],
  };
}

/**
 * A copy of the database (and its write-ahead log) in a folder of its own, for a read-only
 * look at a file the app cannot write: SQLite cannot read a WAL database in a folder it
 * cannot write to, and the original must not change.
 */
function readOnlyCopy(dataDir: string): string {
  const dbPath = join(dataDir, DB_FILE_NAME);
  const dir = mkdtempSync(join(tmpdir(), 'northstar-read-only-'));
  const copy = join(dir, DB_FILE_NAME);
  copyFileSync(dbPath, copy);
  if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
  return copy;
}

function recoverFromDamage(dataDir: string, dbPath: string, reason: string, now: Date): StoreNotice {
  const aside = moveAside(dataDir, dbPath, now);
  const at = now.toISOString();
  const backup = listBackups(dataDir).find((candidate) => isUsableBackup(candidate.path));
  if (backup) {
    replaceDatabaseFile(backup.path, dbPath);
    return {
      level: 'warning',
      kind: 'recovered',
      at,
      message:
        `The database was damaged (${reason}). It was moved to ${aside} and the backup from ` +
        `${describeDate(backup.createdAt)} was restored; changes made after that backup are not in it.`,
    };
  }
  return {
    level: 'warning',
    kind: 'recovered_empty',
    at,
    message:
      `The database was damaged (${reason}) and no usable backup was found. It was moved to ${aside} ` +
      `and the app started with an empty database.`,
  };
}

/** The damaged file is kept, never deleted: someone may still be able to rescue it. */
function moveAside(dataDir: string, dbPath: string, now: Date): string {
  const dir = join(dataDir, DAMAGED_DIR_NAME);
  mkdirSync(dir, { recursive: true });
  const aside = join(dir, `northstar-${fileStamp(now)}.db`);
  try {
    renameSync(dbPath, aside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
    }
    fsyncPath(dataDir);
  } catch (error) {
    throw new AppError(
      'io',
      `The database at ${dbPath} is damaged and could not be moved aside (${error instanceof Error ? error.message : String(error)}). Check the folder's permissions.`,
      { cause: error },
    );
  }
  return aside;
}

export function describeDate(iso: string): string {
  const date = new Date(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}
