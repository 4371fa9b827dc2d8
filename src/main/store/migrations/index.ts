import { AppError } from '@shared/errors';
import { userVersion, type Db } from '../database';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-revisions';
import { migration0003 } from './0003-lowercase-ids';
import type { Migration } from './types';

export type { Migration } from './types';

/** In order; a migration's number is its position, checked below so a gap cannot ship. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003];

migrations.forEach((migration, index) => {
  if (migration.version !== index + 1) {
    throw new Error(`Migration ${migration.name} is numbered ${migration.version}, expected ${index + 1}.`);
  }
});

export const LATEST_SCHEMA_VERSION = migrations.length;

export interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Brings the schema to `target` (the latest by default) in one transaction: either every
 * pending step and the new `user_version` land, or none do.
 */
export function migrate(
  db: Db,
  target: number = LATEST_SCHEMA_VERSION,
  steps: readonly Migration[] = migrations,
): MigrationOutcome {
  const from = userVersion(db);
  if (from > steps.length) throw futureDatabaseError(from);
  if (target < from) throw new Error(`Cannot migrate down from ${from} to ${target}.`);
  const pending = steps.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${target}`);
  }).immediate();
  return { from, to: target };
}

export function futureDatabaseError(version: number): AppError {
  return new AppError(
    'unsupported',
    `This database was written by a newer version of Northstar Scope (database format ${version}; this version ` +
      `understands up to ${LATEST_SCHEMA_VERSION}). It has been left untouched. Update the app to open it.`,
  );
}
