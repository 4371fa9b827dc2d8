import { AppError } from '@shared/errors';
import type { BackupInfo } from './backups';

/**
 * A database the app must not simply open: each has a screen of its own saying what happened
 * and what can be done. Nothing is deleted by reaching one; the person chooses.
 */
export type StoreProblemKind =
  'empty_file' | 'foreign_file' | 'missing_table' | 'read_only_folder' | 'read_only_file' | 'unusable_folder';

/**
 * restore_backup: set the file aside in damaged/ and put the newest good backup in its place;
 * start_empty: set the file aside and start a new, empty database;
 * open_read_only: open a copy of the file, to read and export from, saving nothing;
 * choose_folder: keep the data in another folder, chosen in a native dialog.
 */
export type RecoveryAction = 'restore_backup' | 'start_empty' | 'open_read_only' | 'choose_folder';

export interface StoreProblemInfo {
  kind: StoreProblemKind;
  title: string;
  message: string;
  dataDir: string;
  dbPath: string;
  actions: RecoveryAction[];
  /** The backup restore_backup would bring back. */
  backup: { name: string; createdAt: string } | null;
}

export class StoreProblem extends AppError {
  constructor(readonly problem: StoreProblemInfo) {
    super('corrupt', `${problem.title} ${problem.message}`);
    this.name = 'StoreProblem';
  }
}

const TITLES: Record<StoreProblemKind, string> = {
  empty_file: 'The database file is empty',
  foreign_file: 'The database file is not a Northstar Scope database',
  missing_table: 'Part of the database is missing',
  read_only_folder: 'The data folder cannot be written to',
  read_only_file: 'The database file cannot be written to',
  unusable_folder: 'The data folder cannot be used',
};

export function storeProblem(
  kind: StoreProblemKind,
  where: { dataDir: string; dbPath: string },
  detail: string,
  backup: BackupInfo | undefined,
): StoreProblem {
  const actions: RecoveryAction[] = [];
  const canWrite = kind !== 'read_only_folder' && kind !== 'unusable_folder' && kind !== 'read_only_file';
  if (canWrite && backup) actions.push('restore_backup');
  if (kind === 'empty_file' || kind === 'foreign_file') actions.push('start_empty');
  if (kind === 'read_only_folder' || kind === 'read_only_file') actions.push('open_read_only');
  actions.push('choose_folder');
  return new StoreProblem({
    kind,
    title: TITLES[kind],
    message: detail,
    ...where,
    actions,
    backup: backup ? { name: backup.name, createdAt: backup.createdAt } : null,
  });
}
