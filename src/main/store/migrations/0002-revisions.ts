import type { Migration } from './types';

/**
 * A revision is what a district was sent: it must never change after the fact. The triggers
 * make that a property of the file rather than of the code that happens to touch it. Deleting
 * is allowed only once the engagement itself is gone (the purge of soft-deleted engagements
 * cascades here).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'revisions',
  up(db) {
    db.exec(`
      CREATE TABLE revisions (
        engagement_id TEXT NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        created_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        engagement_version INTEGER NOT NULL,
        schema_version INTEGER NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document)),
        PRIMARY KEY (engagement_id, number)
      ) STRICT;

      CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
      BEGIN
        SELECT RAISE(ABORT, 'A revision is frozen and cannot be changed.');
      END;

      CREATE TRIGGER revisions_outlive_nothing BEFORE DELETE ON revisions
      WHEN EXISTS (SELECT 1 FROM engagements WHERE id = OLD.engagement_id)
      BEGIN
        SELECT RAISE(ABORT, 'A revision is kept as long as its engagement exists.');
      END;
    `);
  },
};
