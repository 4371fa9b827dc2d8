import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commitFile, fsyncPath } from '../files/atomic';
import { probeDatabase, type Db } from './database';
import { LATEST_SCHEMA_VERSION } from './migrations';

const BACKUP_DIR_NAME = 'backups';

/**
 * Why a backup was taken. Each reason rotates on its own, so a burst of scheduled backups can
 * never push out the copy taken just before a migration or a restore.
 */
export type BackupReason = 'scheduled' | 'manual' | 'before-migration' | 'before-restore';

export const BACKUPS_KEPT: Record<BackupReason, number> = {
  scheduled: 10,
  manual: 10,
  'before-migration': 3,
  'before-restore': 3,
};

export interface BackupInfo {
  /** File name inside the backups folder; what the restore channel takes. */
  name: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

const BACKUP_NAME =
  /^northstar-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(scheduled|manual|before-migration|before-restore)(?:-\d+)?\.db$/;
const PARTIAL_SUFFIX = '.partial';

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR_NAME);
}

/** A timestamp that sorts as text and is valid in a file name on every platform. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | undefined {
  const match = BACKUP_NAME.exec(name);
  if (!match) return undefined;
  const [, day, hh, mm, ss, ms, reason] = match;
  const createdAt = `${day}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return { createdAt, reason: reason as BackupReason };
}

/** Newest first. Files that are not ours (or half-written) are not listed. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const backups: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(dir, name);
    try {
      backups.push({ name, path, ...parsed, sizeBytes: statSync(path).size });
    } catch {
      // Vanished between readdir and stat (rotation): simply not listed.
    }
  }
  return backups.sort((a, b) =>
    a.createdAt === b.createdAt ? b.name.localeCompare(a.name) : b.createdAt < a.createdAt ? -1 : 1,
  );
}

/** Names handed out to backups still being written, across every store in this process. */
const reserved = new Set<string>();

function newBackupPath(dataDir: string, reason: BackupReason, now: Date): { name: string; path: string } {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const base = `northstar-${fileStamp(now)}-${reason}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? `${base}.db` : `${base}-${n}.db`;
    const path = join(dir, name);
    if (existsSync(path) || reserved.has(path)) continue;
    if (!existsSync(path + PARTIAL_SUFFIX)) {
      // Held until the backup is published or abandoned, so no other backup can pick it meanwhile.
      reserved.add(path);
      return { name, path };
    }
  }
}

/**
 * Written under a `.partial` name and renamed once flushed, so a crash mid-backup can never
 * leave a half file that recovery would mistake for a good backup.
 */
function publish(
  dataDir: string,
  partial: string,
  path: string,
  name: string,
  reason: BackupReason,
  createdAt: Date,
): BackupInfo {
  fsyncPath(partial);
  commitFile(partial, path);
  rotateBackups(dataDir);
  return { name, path, reason, createdAt: createdAt.toISOString(), sizeBytes: statSync(path).size };
}

/**
 * A consistent copy taken synchronously (`VACUUM INTO`), for the moments when nothing else may
 * run first: just before a migration, and just before a restore replaces the file.
 */
export function createBackupSync(db: Db, dataDir: string, reason: BackupReason, now: Date): BackupInfo {
  const { name, path } = newBackupPath(dataDir, reason, now);
  const partial = path + PARTIAL_SUFFIX;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return publish(dataDir, partial, path, name, reason, now);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    reserved.delete(path);
  }
}

/** SQLite's online backup: copies in steps between other work, so saves are not held up. */
export async function createBackup(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  now: Date,
): Promise<BackupInfo> {
  const { name, path } = newBackupPath(dataDir, reason, now);
  const partial = path + PARTIAL_SUFFIX;
  try {
    await db.backup(partial);
    return publish(dataDir, partial, path, name, reason, now);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    reserved.delete(path);
  }
}

function rotateBackups(dataDir: string): void {
  const seen: Partial<Record<BackupReason, number>> = {};
  for (const backup of listBackups(dataDir)) {
    const count = (seen[backup.reason] ?? 0) + 1;
    seen[backup.reason] = count;
    if (count > BACKUPS_KEPT[backup.reason]) rmSync(backup.path, { force: true });
  }
}

/** Leftovers of backups interrupted by a crash or a quit. */
export function removePartialBackups(dataDir: string): void {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(dir, name), { force: true });
  }
}

/** A backup is usable when it opens, passes the quick check and is not from a newer app. */
export function isUsableBackup(path: string): boolean {
  return probeDatabase(path, LATEST_SCHEMA_VERSION, existsSync(path)).kind === 'ok';
}

/**
 * Puts a copy of `source` at `target` so that at every instant `target` is either the old file
 * or the complete new one. The caller must have closed every connection to `target`.
 */
export function replaceDatabaseFile(source: string, target: string): void {
  const incoming = `${target}.incoming`;
  copyFileSync(source, incoming);
  fsyncPath(incoming);
  // A leftover WAL would be replayed on top of the restored file.
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  commitFile(incoming, target);
}
