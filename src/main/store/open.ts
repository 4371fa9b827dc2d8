import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { writeFileAtomicSync } from '../files/atomic';
import {
  createBackupSync,
  fileStamp,
  isUsableBackup,
  listBackups,
  removePartialBackups,
  replaceDatabaseFile,
} from './backups';
import { DB_FILE_NAME, fsyncPath, openConnection, probeDatabase, userVersion, type Db } from './database';
import { futureDatabaseError, LATEST_SCHEMA_VERSION, migrate } from './migrations';

export const DAMAGED_DIR_NAME = 'damaged';
/** Left by a check that found damage after opening; the next open then checks everything first. */
export const DAMAGE_MARKER_NAME = 'damage-found.txt';
/**
 * Up to this size the whole file is checked before it is used (about 1,000 engagements, some
 * tens of milliseconds). A larger file has its list, settings and revisions checked first and
 * the rest checked just after opening, so that opening stays fast.
 */
export const FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024;

/** Something that happened while opening (or restoring) that the person should be told. */
export interface StoreNotice {
  level: 'info' | 'warning';
  kind: 'recovered' | 'recovered_empty' | 'migrated' | 'restored' | 'purged' | 'damage_found';
  message: string;
  at: string;
}

export interface OpenedDatabase {
  db: Db;
  dbPath: string;
  notices: StoreNotice[];
  /** Tables not yet checked because the file was large; the Store checks them shortly. */
  unchecked: string[];
}

export function damageMarkerPath(dataDir: string): string {
  return join(dataDir, DAMAGE_MARKER_NAME);
}

export function markDamaged(dataDir: string, details: string, at: Date): void {
  writeFileAtomicSync(damageMarkerPath(dataDir), `${at.toISOString()}\n${details}\n`);
}

/**
 * Opens `<dataDir>/northstar.db`, whatever state it is in:
 * - missing: created;
 * - from a newer app: refused with an AppError, the file untouched;
 * - damaged or unreadable: moved to `<dataDir>/damaged/`, the newest usable backup put in its
 *   place (or an empty database when there is none), and a notice saying so;
 * - older schema: backed up, then migrated in one transaction.
 */
export function openDatabase(
  dataDir: string,
  now: () => Date,
  fullCheckMaxBytes: number = FULL_CHECK_MAX_BYTES,
): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  removePartialBackups(dataDir);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const notices: StoreNotice[] = [];

  const exists = existsSync(dbPath);
  const marked = existsSync(damageMarkerPath(dataDir));
  const full = marked || !exists || statSync(dbPath).size <= fullCheckMaxBytes;
  const probe = probeDatabase(dbPath, LATEST_SCHEMA_VERSION, exists, full);
  if (probe.kind === 'future') throw futureDatabaseError(probe.userVersion);
  if (probe.kind === 'damaged') notices.push(recoverFromDamage(dataDir, dbPath, probe.reason, now()));
  // Either the full check passed or the damaged file was just replaced: the marker is settled.
  if (marked) rmSync(damageMarkerPath(dataDir), { force: true });
  const unchecked = probe.kind === 'ok' ? probe.unchecked : [];

  const db = openConnection(dbPath);
  try {
    const from = userVersion(db);
    if (from > LATEST_SCHEMA_VERSION) throw futureDatabaseError(from);
    if (from > 0 && from < LATEST_SCHEMA_VERSION) {
      const backup = createBackupSync(db, dataDir, 'before-migration', now());
      migrate(db);
      notices.push({
        level: 'info',
        kind: 'migrated',
        at: now().toISOString(),
        message: `The database was updated to this version of the app (format ${from} to ${LATEST_SCHEMA_VERSION}). A copy from before the update was kept as backup ${backup.name}.`,
      });
    } else {
      migrate(db);
    }
    return { db, dbPath, notices, unchecked };
  } catch (error) {
    db.close();
    throw error;
  }
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
