import { randomUUID } from 'node:crypto';
import type { Migration } from './types';

/**
 * Engagement ids are UUIDs, which compare case-insensitively; the app now keeps them in lower
 * case. Earlier versions stored an imported id as the file spelled it, so an upper-case copy
 * of a file could sit beside the original. Each such id is lowered; one whose lower-case form
 * is already taken gets a fresh id, written into its documents too so that a save of it can
 * never land on the other engagement. Revisions are frozen, so their guard is lifted for this
 * one rewrite of their engagement's id and put back as it was.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'lowercase-ids',
  up(db) {
    const mixed = db
      .prepare<[], { seq: number; id: string }>(
        'SELECT seq, id FROM engagements WHERE id <> lower(id) ORDER BY seq',
      )
      .all();
    if (mixed.length === 0) return;
    db.pragma('defer_foreign_keys = ON');
    db.exec('DROP TRIGGER revisions_are_immutable');
    const taken = db.prepare<[string], number>('SELECT 1 FROM engagements WHERE id = ?').pluck();
    const setId = db.prepare<[string, number]>('UPDATE engagements SET id = ? WHERE seq = ?');
    const setDocumentId = db.prepare<[string, number]>(
      "UPDATE engagement_documents SET document = json_set(document, '$.id', ?) WHERE engagement_seq = ?",
    );
    const moveRevisions = db.prepare<[string, string, string]>(
      "UPDATE revisions SET engagement_id = ?, document = json_set(document, '$.id', ?) WHERE engagement_id = ?",
    );
    for (const { seq, id } of mixed) {
      const lower = id.toLowerCase();
      const next = taken.get(lower) === undefined ? lower : randomUUID();
      setId.run(next, seq);
      setDocumentId.run(next, seq);
      moveRevisions.run(next, next, id);
    }
    db.exec(`
      CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
      BEGIN
        SELECT RAISE(ABORT, 'A revision is frozen and cannot be changed.');
      END;
    `);
  },
};
