import type { Migration } from './types';

/**
 * Engagement metadata lives apart from the document so that listing 10,000 engagements reads
 * a few small rows per page instead of every document. `seq` is an explicit INTEGER PRIMARY
 * KEY because the search index is keyed by rowid, and VACUUM may renumber implicit rowids.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE engagements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        client_name TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX engagements_by_updated ON engagements (updated_at);
      CREATE INDEX engagements_by_created ON engagements (created_at);
      CREATE INDEX engagements_by_name ON engagements (name COLLATE NOCASE);
      CREATE INDEX engagements_by_client ON engagements (client_name COLLATE NOCASE);
      CREATE INDEX engagements_by_status ON engagements (status, updated_at);
      CREATE INDEX engagements_deleted ON engagements (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE engagement_documents (
        engagement_seq INTEGER PRIMARY KEY REFERENCES engagements (seq) ON DELETE CASCADE,
        schema_version INTEGER NOT NULL,
        document TEXT NOT NULL CHECK (json_valid(document))
      ) STRICT;

      CREATE VIRTUAL TABLE engagement_search USING fts5 (
        name, client, needs, inventory, notes,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        document TEXT NOT NULL CHECK (json_valid(document)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
