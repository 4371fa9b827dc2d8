import { AppError } from '@shared/errors';
import {
  createBackupSync,
  isUsableBackup,
  listBackups,
  replaceDatabaseFile,
  type BackupInfo,
} from './backups';
import { userVersion, type Db } from './database';
import { EngagementRepository, type EngagementSummary, type StoredEngagement } from './engagements';
import { BackupSchedule, refuseWhenReadOnly } from './backup-schedule';
import { LateCheck } from './late-check';
import {
  describeDate,
  FULL_CHECK_MAX_BYTES,
  markDamaged,
  openDatabase,
  openReadOnlyCopy,
  type StoreNotice,
} from './open';
import { ProjectFiles, readProjectFile, type ImportResult } from './project-file';
import { RevisionRepository, type Revision } from './revisions';
import { SampleLibrary, type SampleInfo } from './samples';
import { SettingsRepository } from './settings';

export type { BackupInfo } from './backups';
export type { StoreNotice } from './open';
export type {
  EngagementSummary,
  ListQuery,
  Page,
  SaveReceipt,
  SearchHit,
  SearchQuery,
  StoredEngagement,
} from './engagements';
export type { Revision, FrozenRevision } from './revisions';
export type { ImportResult } from './project-file';
export type { Settings } from './settings';
export type { SampleInfo } from './samples';
export type { RecoveryAction, StoreProblemInfo } from './problems';

export interface StoreOptions {
  /** For tests: the clock behind every timestamp, purge and backup name. */
  now?: () => Date;
  /** How often to take a backup when something changed; null turns the schedule off. */
  backupIntervalMs?: number | null;
  /** Deleted engagements stay restorable this long, then are purged on the next open. */
  purgeAfterDays?: number;
  app?: { name: string; version: string };
  /** Folder of sample engagements (`resources/samples`). */
  samplesDir?: string;
  /** Files up to this size are checked completely before use; larger ones in a worker just after. */
  fullCheckMaxBytes?: number;
  /**
   * Open a copy of the database read-only (the person's choice when the folder or the file
   * cannot be written): everything can be read and exported, nothing is saved.
   */
  readOnly?: boolean;
  /** Failures the person cannot act on (a scheduled backup, the integrity worker): the error log. */
  reportError?: (source: string, error: unknown) => void;
}

export interface StoreStatus {
  dataDir: string;
  dbPath: string;
  readOnly: boolean;
  schemaVersion: number;
  notices: StoreNotice[];
  backups: BackupInfo[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_BACKUP_INTERVAL_MS = 15 * 60 * 1000;
/**
 * Thirty days: long enough to notice a mistaken delete after a holiday, short enough that the
 * deleted list does not become a second archive.
 */
const DEFAULT_PURGE_AFTER_DAYS = 30;

interface Connection {
  db: Db;
  engagements: EngagementRepository;
  revisions: RevisionRepository;
  settings: SettingsRepository;
  projectFiles: ProjectFiles;
}

/**
 * The main process's one connection to `<dataDir>/northstar.db` and everything built on it.
 * Repositories are reached through getters because restoring a backup swaps the connection.
 */
export class Store {
  readonly dataDir: string;
  readonly dbPath: string;
  /** Days a deleted engagement can still be restored. */
  readonly purgeAfterDays: number;
  private connection: Connection;
  private readonly notices: StoreNotice[];
  private readonly now: () => Date;
  private readonly app: { name: string; version: string };
  /** Backups on a schedule and on request, one at a time with restores. */
  private readonly backups: BackupSchedule;
  private closed = false;
  /** Set when the check after opening found damage: backups stop so they cannot rotate out good copies. */
  private damaged = false;
  readonly readOnly: boolean;
  private readonly check: LateCheck;
  private readonly fullCheckMaxBytes: number;
  private readonly sampleLibrary: SampleLibrary;
  private readonly reportError: (source: string, error: unknown) => void;

  constructor(dataDir: string, options: StoreOptions = {}) {
    this.dataDir = dataDir;
    this.now = options.now ?? (() => new Date());
    this.app = options.app ?? { name: 'Northstar Scope', version: '0.0.0' };
    this.sampleLibrary = new SampleLibrary(options.samplesDir);
    this.fullCheckMaxBytes = options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES;
    this.readOnly = options.readOnly === true;
    this.reportError = options.reportError ?? (() => undefined);
    const opened = this.readOnly
      ? openReadOnlyCopy(dataDir, this.now)
      : openDatabase(dataDir, this.now, this.fullCheckMaxBytes);
    this.dbPath = opened.dbPath;
    this.notices = opened.notices;
    this.connection = this.connect(opened.db);
    this.check = new LateCheck({
      dbPath: this.dbPath,
      db: () => this.db,
      closed: () => this.closed,
      onDamage: (problems) => this.noteDamage(problems),
      reportError: this.reportError,
    });
    this.backups = new BackupSchedule({
      dataDir,
      readOnly: this.readOnly,
      db: () => this.db,
      now: this.now,
      damaged: () => this.damaged,
      closed: () => this.closed,
      reportError: this.reportError,
    });
    this.purgeAfterDays = options.purgeAfterDays ?? DEFAULT_PURGE_AFTER_DAYS;
    if (this.readOnly) return;
    try {
      this.purge(this.purgeAfterDays);
    } catch (error) {
      opened.db.close();
      throw error;
    }
    this.backups.start(
      options.backupIntervalMs === undefined ? DEFAULT_BACKUP_INTERVAL_MS : options.backupIntervalMs,
    );
    this.check.schedule(opened.checkPending);
  }

  /**
   * The integrity check of a file too large to check before use (see LateCheck). Damage found
   * here cannot be repaired under the person's feet: they are told, backups stop, and the
   * next start repairs it from the last good backup. Returns the problems found.
   */
  checkRemainingTables(): Promise<string[]> {
    return this.check.run();
  }

  private noteDamage(problems: string[]): void {
    this.damaged = true;
    const details = problems.slice(0, 3).join('; ');
    markDamaged(this.dataDir, details, this.now());
    this.notices.push({
      level: 'warning',
      kind: 'damage_found',
      at: this.now().toISOString(),
      message:
        `A check of the database found damage (${details}). Your changes are still being saved, but quit and ` +
        `reopen the app soon: it will set the damaged file aside and restore the newest good backup.`,
    });
  }

  private connect(db: Db): Connection {
    const engagements = new EngagementRepository(db, this.now);
    const revisions = new RevisionRepository(db, engagements, this.now);
    return {
      db,
      engagements,
      revisions,
      settings: new SettingsRepository(db, this.now),
      projectFiles: new ProjectFiles(db, engagements, revisions, this.now, this.app),
    };
  }

  private purge(days: number): void {
    const cutoff = new Date(this.now().getTime() - days * DAY_MS);
    const purged = this.connection.engagements.purgeDeletedBefore(cutoff);
    if (purged > 0) {
      this.notices.push({
        level: 'info',
        kind: 'purged',
        at: this.now().toISOString(),
        message: `${purged} engagement${purged === 1 ? '' : 's'} deleted more than ${days} days ago ${purged === 1 ? 'was' : 'were'} removed for good.`,
      });
    }
  }

  private get live(): Connection {
    if (this.closed) throw new AppError('io', 'The database is closed.');
    return this.connection;
  }

  get db(): Db {
    return this.live.db;
  }
  get engagements(): EngagementRepository {
    return this.live.engagements;
  }
  get revisions(): RevisionRepository {
    return this.live.revisions;
  }
  get settings(): SettingsRepository {
    return this.live.settings;
  }

  /** A blank engagement that starts from the catalog and rate card in settings. */
  createBlank(name: string, clientName?: string): StoredEngagement {
    const { catalog, rateCard } = this.settings.get();
    return this.engagements.createBlank(name, clientName, { catalog, rateCard });
  }

  samples(): SampleInfo[] {
    return this.sampleLibrary.list();
  }

  createFromSample(sampleId: string): StoredEngagement {
    return this.engagements.create(this.sampleLibrary.instantiate(sampleId));
  }

  /** Another engagement's plan for a new client (see EngagementRepository.createFromTemplate). */
  createFromTemplate(templateId: string, name: string, clientName?: string): StoredEngagement {
    return this.engagements.createFromTemplate(templateId, name, clientName);
  }

  /** Soft delete; answers when it will be purged for good. */
  deleteEngagement(id: string): { meta: EngagementSummary; purgeAfter: string } {
    const meta = this.engagements.softDelete(id);
    const deletedAt = Date.parse(meta.deletedAt ?? this.now().toISOString());
    const purgeAfter = new Date(deletedAt + this.purgeAfterDays * DAY_MS).toISOString();
    return { meta, purgeAfter };
  }

  /** Freezes the saved engagement as its next revision; the PDF export calls this. */
  freezeRevision(engagementId: string, note: string): Revision {
    return this.revisions.freeze(engagementId, note);
  }

  /** The text of a project file holding the engagement and all its revisions. */
  exportProjectFile(engagementId: string): { fileName: string; content: string } {
    return this.live.projectFiles.export(engagementId);
  }

  /** Validates everything, then imports it all in one transaction, or nothing. */
  importProjectFile(text: string): ImportResult {
    return this.live.projectFiles.import(text);
  }

  /** Reads a project file the person chose (a plain file, within its size limit) and imports it. */
  async importProjectFileAt(path: string): Promise<ImportResult> {
    const text = await readProjectFile(path);
    return this.importProjectFile(text);
  }

  status(): StoreStatus {
    return {
      dataDir: this.dataDir,
      dbPath: this.dbPath,
      readOnly: this.readOnly,
      schemaVersion: userVersion(this.db),
      notices: [...this.notices],
      backups: listBackups(this.dataDir),
    };
  }

  /** Takes a backup now, at the person's request. */
  backupNow(): Promise<BackupInfo> {
    return this.backups.takeNow();
  }

  /** The schedule's tick: a backup when something changed since the last one, or none is recent. */
  runScheduledBackup(): Promise<BackupInfo | null> {
    return this.backups.runScheduled();
  }

  /**
   * Replaces the database with one of its backups. The current file is itself backed up
   * first, so a restore can be undone by restoring that copy.
   */
  restoreBackup(name: string): Promise<StoreStatus> {
    return this.backups.inTurn(() => Promise.resolve(this.restoreNow(name)));
  }

  private restoreNow(name: string): StoreStatus {
    refuseWhenReadOnly(this.readOnly);
    const backup = listBackups(this.dataDir).find((candidate) => candidate.name === name);
    if (!backup) throw new AppError('not_found', `There is no backup named “${name}”.`);
    if (!isUsableBackup(backup.path)) {
      throw new AppError(
        'corrupt',
        `The backup from ${describeDate(backup.createdAt)} is damaged or from a newer version; nothing was changed.`,
      );
    }
    const safety = createBackupSync(this.db, this.dataDir, 'before-restore', this.now());
    this.connection.db.close();
    try {
      replaceDatabaseFile(backup.path, this.dbPath);
    } finally {
      const reopened = openDatabase(this.dataDir, this.now, this.fullCheckMaxBytes);
      this.notices.push(...reopened.notices);
      this.connection = this.connect(reopened.db);
      this.check.stop();
      this.damaged = false;
      this.check.schedule(reopened.checkPending);
      this.backups.forgetLastBackup();
    }
    this.notices.push({
      level: 'info',
      kind: 'restored',
      at: this.now().toISOString(),
      message: `The backup from ${describeDate(backup.createdAt)} was restored. The database as it was just before is kept as backup ${safety.name}.`,
    });
    return this.status();
  }

  /** Closes the connection and stops the schedule; the store cannot be used afterwards. */
  close(): void {
    if (this.closed) return;
    this.backups.stop();
    this.closed = true;
    this.check.stop();
    this.connection.db.close();
  }
}

/**
 * How the main process's services reach the store: a function, not the store itself, because
 * the store may have refused to open (a database from a newer app) or been reopened: then
 * every call answers with that clear message instead of the app failing to start.
 */
export type StoreAccess = () => Store;

/** Opens (creating, migrating or recovering as needed) the store in `dataDir`. */
export function openStore(dataDir: string, options: StoreOptions = {}): Store {
  return new Store(dataDir, options);
}
