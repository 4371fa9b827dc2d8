import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/store/open';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { AppError } from '../../../src/shared/errors';
import { manualClock, tempDataDir } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function dataDir(): string {
  const t = tempDataDir('db');
  cleanup = t.cleanup;
  return t.dir;
}

describe('opening the database', () => {
  it('creates one file in the data folder with WAL, synchronous FULL, foreign keys and STRICT tables', () => {
    const dir = dataDir();
    const { db, dbPath } = openDatabase(dir, manualClock().now);
    try {
      expect(dbPath).toBe(join(dir, 'northstar.db'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const tables = db
        .prepare(
          "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'engagement_search%'",
        )
        .all() as { name: string; sql: string }[];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT$/);
    } finally {
      db.close();
    }
  });

  it('opens an existing database again without notices', () => {
    const dir = dataDir();
    openDatabase(dir, manualClock().now).db.close();
    const again = openDatabase(dir, manualClock().now);
    again.db.close();
    expect(again.notices).toEqual([]);
  });

  it('refuses a database from a newer version of the app and leaves every byte of it alone', () => {
    const dir = dataDir();
    const file = join(dir, 'northstar.db');
    const future = new Database(file);
    future.exec(
      "CREATE TABLE from_the_future (x TEXT) STRICT; INSERT INTO from_the_future VALUES ('keep me');",
    );
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    future.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');
    const listing = readdirSync(dir).sort();

    let caught: unknown;
    try {
      openDatabase(dir, manualClock().now).db.close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('unsupported');
    expect((caught as AppError).message).toMatch(/newer version of Northstar Scope/);
    expect((caught as AppError).message).toMatch(/left untouched/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(listing);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });

  it('treats a file that is not a database as damaged and starts empty when there is no backup', () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'northstar.db'), 'this is a shopping list, not a database'.repeat(200));
    const { db, notices } = openDatabase(dir, manualClock().now);
    db.close();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('recovered_empty');
    expect(notices[0]?.message).toMatch(/damaged/);
    const aside = readdirSync(join(dir, 'damaged'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, 'damaged', aside[0] ?? '')).toString()).toMatch(/^this is a shopping list/);
  });
});
