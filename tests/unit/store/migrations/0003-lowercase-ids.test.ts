import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrations';

/** A version-2 database holding an upper-case id, as earlier versions stored imported ids. */
function legacy(ids: string[]): Database.Database {
  const db = new Database(':memory:');
  migrate(db, 2);
  const insert = db.prepare(
    `INSERT INTO engagements (id, name, client_name, status, version, created_at, updated_at)
     VALUES (?, 'E', '', 'draft', 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
  );
  for (const id of ids) {
    const { lastInsertRowid } = insert.run(id);
    db.prepare(
      'INSERT INTO engagement_documents (engagement_seq, schema_version, document) VALUES (?, 1, ?)',
    ).run(lastInsertRowid, JSON.stringify({ id }));
    db.prepare(
      `INSERT INTO revisions (engagement_id, number, created_at, note, engagement_version, schema_version, document)
       VALUES (?, 1, '2025-01-01T00:00:00.000Z', '', 1, 1, ?)`,
    ).run(id, JSON.stringify({ id }));
  }
  return db;
}

const UPPER = '3F0B6C1E-8D4A-4C52-9A51-0D6F1F1D2A77';

describe('migration 3: engagement ids in lower case', () => {
  it('lowers an upper-case id in the engagement, its document and its revisions', () => {
    const db = legacy([UPPER]);
    expect(migrate(db)).toEqual({ from: 2, to: 3 });
    const lower = UPPER.toLowerCase();
    expect(db.prepare('SELECT id FROM engagements').pluck().all()).toEqual([lower]);
    expect(db.prepare("SELECT json_extract(document, '$.id') FROM engagement_documents").pluck().get()).toBe(
      lower,
    );
    expect(db.prepare('SELECT engagement_id FROM revisions').pluck().all()).toEqual([lower]);
    expect(db.prepare("SELECT json_extract(document, '$.id') FROM revisions").pluck().get()).toBe(lower);
    expect(() => db.prepare("UPDATE revisions SET note = 'x'").run()).toThrow(/frozen/);
    db.close();
  });

  it('gives an upper-case copy of an engagement already here an id of its own', () => {
    const db = legacy([UPPER.toLowerCase(), UPPER]);
    migrate(db);
    const ids = db.prepare('SELECT id FROM engagements ORDER BY seq').pluck().all() as string[];
    expect(ids[0]).toBe(UPPER.toLowerCase());
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[1]).toBe(ids[1]?.toLowerCase());
    const docIds = db
      .prepare("SELECT json_extract(document, '$.id') FROM engagement_documents ORDER BY engagement_seq")
      .pluck()
      .all();
    expect(docIds).toEqual(ids);
    expect(db.prepare('SELECT count(*) FROM revisions WHERE engagement_id = ?').pluck().get(ids[1])).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
