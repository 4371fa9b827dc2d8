import { AppError } from '@shared/errors';
import { createBackup, listBackups, type BackupInfo } from './backups';
import type { Db } from './database';
import { InOrder } from './in-order';

/** A backup is due at least daily even without changes, so an old file is never the only one. */
const BACKUP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface BackupTarget {
  dataDir: string;
  readOnly: boolean;
  /** The live connection (a restore swaps it). */
  db(): Db;
  now(): Date;
  /** Damage found after opening: backups stop so they cannot rotate out good copies. */
  damaged(): boolean;
  closed(): boolean;
  reportError(source: string, error: unknown): void;
}

export function refuseWhenReadOnly(readOnly: boolean): void {
  if (readOnly) {
    throw new AppError(
      'forbidden',
      'Your data is open read-only, so no backup can be taken or restored. Reopen the app with a writable data folder.',
    );
  }
}

/**
 * The store's backups: on a schedule when something changed (and at least daily), and at the
 * person's request. Backups and restores run one at a time, in the order asked: two backups
 * at once would race for a file name, and a restore swaps the connection a running backup
 * is copying.
 */
export class BackupSchedule {
  private readonly exclusive = new InOrder();
  private timer: NodeJS.Timeout | undefined;
  private changesAtLastBackup = -1;

  constructor(private readonly target: BackupTarget) {}

  /** Starts the schedule; null leaves it off. */
  start(intervalMs: number | null): void {
    if (intervalMs === null) return;
    this.timer = setInterval(() => {
      this.runScheduled().catch((error: unknown) => {
        console.error('[store] scheduled backup failed', error);
        this.target.reportError('scheduled-backup', error);
      });
    }, intervalMs);
    // The schedule must never be what keeps a quitting app (or a test run) alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs `work` (a restore) in turn with the backups. */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    return this.exclusive.run(work);
  }

  /** After a restore the database is another: the next tick backs it up whatever it counts. */
  forgetLastBackup(): void {
    this.changesAtLastBackup = -1;
  }

  /** Takes a backup now, at the person's request. */
  takeNow(): Promise<BackupInfo> {
    return this.exclusive.run(() => this.takeManual());
  }

  /** The schedule's tick: a backup when something changed since the last one, or none is recent. */
  async runScheduled(): Promise<BackupInfo | null> {
    const { readOnly } = this.target;
    // A backup or restore already under way makes this tick's backup unnecessary.
    if (readOnly || this.target.closed() || this.target.damaged() || this.exclusive.busy) return null;
    return this.exclusive.run(() => this.takeScheduled());
  }

  private totalChanges(): number {
    return Number(this.target.db().prepare('SELECT total_changes()').pluck().get());
  }

  private async takeManual(): Promise<BackupInfo> {
    refuseWhenReadOnly(this.target.readOnly);
    if (this.target.damaged()) {
      throw new AppError(
        'corrupt',
        'The database is damaged, so a backup now would only copy the damage. Quit and reopen the app to repair it.',
      );
    }
    const changes = this.totalChanges();
    const backup = await this.track(
      createBackup(this.target.db(), this.target.dataDir, 'manual', this.target.now()),
    );
    if (!backup) throw new AppError('io', 'The backup could not be completed.');
    this.changesAtLastBackup = changes;
    return backup;
  }

  private async takeScheduled(): Promise<BackupInfo | null> {
    if (this.target.closed() || this.target.damaged()) return null;
    const changes = this.totalChanges();
    const newest = listBackups(this.target.dataDir)[0];
    const stale = !newest || this.target.now().getTime() - Date.parse(newest.createdAt) > BACKUP_MAX_AGE_MS;
    if (changes === this.changesAtLastBackup && !stale) return null;
    const backup = await this.track(
      createBackup(this.target.db(), this.target.dataDir, 'scheduled', this.target.now()),
    );
    this.changesAtLastBackup = changes;
    return backup;
  }

  /** A backup cut short by closing the store (quitting) is no failure. */
  private async track(work: Promise<BackupInfo>): Promise<BackupInfo | null> {
    try {
      return await work;
    } catch (error) {
      if (this.target.closed()) return null;
      throw error;
    }
  }
}
