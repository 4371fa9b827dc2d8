import type { Db } from '../database';

/**
 * One step of the database schema. `up` runs inside the migration transaction, so it must
 * not open its own; `user_version` is set by the runner after the last step.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
