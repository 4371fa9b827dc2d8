import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/main/store/migrations';

function atVersion1(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 1);
  const insert = db.prepare(
    `INSERT INTO engagements (seq, id, name, client_name, status, version, created_at, updated_at)
     VALUES (?, ?, ?, 'Riverside USD', 'draft', 3, '2025-01-01', '2025-01-02')`,
  );
  const doc = db.prepare(
    `INSERT INTO engagement_documents (engagement_seq, schema_version, document) VALUES (?, 1, ?)`,
  );
  for (let i = 1; i <= 3; i++) {
    insert.run(i, `e${i}`, `Engagement ${i}`);
    doc.run(i, JSON.stringify({ id: `e${i}` }));
  }
  return db;
}

describe('migration 0002 (revisions)', () => {
  it('keeps every engagement and adds frozen revisions', () => {
    const db = atVersion1();
    expect(migrate(db, 2)).toEqual({ from: 1, to: 2 });
    expect(db.prepare('SELECT id, name, version FROM engagements ORDER BY seq').all()).toEqual([
      { id: 'e1', name: 'Engagement 1', version: 3 },
      { id: 'e2', name: 'Engagement 2', version: 3 },
      { id: 'e3', name: 'Engagement 3', version: 3 },
    ]);
    expect(db.prepare('SELECT count(*) FROM engagement_documents').pluck().get()).toBe(3);

    const freeze = db.prepare(
      `INSERT INTO revisions (engagement_id, number, created_at, note, engagement_version, schema_version, document)
       VALUES (?, ?, '2025-02-01T00:00:00.000Z', 'sent to district', 3, 1, '{}')`,
    );
    freeze.run('e1', 1);
    expect(() => freeze.run('e1', 1)).toThrow(/UNIQUE/);
    expect(() => freeze.run('nope', 1)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE revisions SET note = 'edited' WHERE engagement_id = 'e1'`).run()).toThrow(
      /frozen/,
    );
    expect(() => db.prepare(`DELETE FROM revisions WHERE engagement_id = 'e1'`).run()).toThrow(
      /kept as long/,
    );

    // Purging the engagement takes its revisions with it.
    db.prepare(`DELETE FROM engagements WHERE id = 'e1'`).run();
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    db.close();
  });
});
