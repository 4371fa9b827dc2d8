import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas } from '../../../../src/main/store/database';
import { migrate } from '../../../../src/main/store/migrations';

describe('migration 0001 (initial)', () => {
  it('turns an empty file into the engagement, document, search and settings tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 1)).toEqual({ from: 0, to: 1 });
    expect(db.pragma('user_version', { simple: true })).toBe(1);

    db.prepare(
      `INSERT INTO engagements (seq, id, name, client_name, status, version, created_at, updated_at)
       VALUES (1, 'e1', 'Literacy coaching', 'Riverside USD', 'draft', 1, '2025-01-01', '2025-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO engagement_documents (engagement_seq, schema_version, document) VALUES (1, 1, '{"a":1}')`,
    ).run();
    db.prepare(
      `INSERT INTO engagement_search (rowid, name, client, needs, inventory, notes) VALUES (1, 'Literacy coaching', 'Riverside USD', 'reading', '', '')`,
    ).run();
    expect(
      db
        .prepare(`SELECT rowid FROM engagement_search WHERE engagement_search MATCH 'riverside'`)
        .pluck()
        .all(),
    ).toEqual([1]);

    // STRICT: a wrong type is refused rather than stored.
    expect(() => db.prepare(`UPDATE engagements SET version = 'two' WHERE seq = 1`).run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    // The document must be JSON.
    expect(() =>
      db.prepare(`UPDATE engagement_documents SET document = '{oops' WHERE engagement_seq = 1`).run(),
    ).toThrow(/CHECK/);
    // Removing an engagement removes its document.
    db.prepare('DELETE FROM engagements WHERE seq = 1').run();
    expect(db.prepare('SELECT count(*) FROM engagement_documents').pluck().get()).toBe(0);
    db.close();
  });

  it('leaves nothing behind when a migration fails part-way', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'fine', up: (d: Database.Database) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      {
        version: 2,
        name: 'broken',
        up: (d: Database.Database) =>
          d.exec('CREATE TABLE b (x INTEGER) STRICT; SELECT * FROM missing_table'),
      },
    ];
    expect(() => migrate(db, 2, broken)).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a connection that cannot keep the pragmas the store relies on', () => {
    const db = new Database(':memory:');
    // In-memory databases cannot be WAL, so the assertion must notice and refuse.
    expect(() => applyPragmas(db)).toThrow(/write-ahead logging/);
    db.close();
  });
});
