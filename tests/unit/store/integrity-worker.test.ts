import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../src/main/store';
import { tempDataDir } from './helpers';

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('integrity'));
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

describe('the integrity check of a large database', () => {
  it('runs off the main thread: this thread runs no quick_check, at open or after', async () => {
    const seed = openStore(dir, { backupIntervalMs: null });
    for (let i = 0; i < 5; i++) seed.createBlank(`Engagement ${i}`, 'Riverside USD');
    seed.close();

    const pragma = vi.spyOn(Database.prototype, 'pragma');
    // fullCheckMaxBytes: 0 makes every file "large".
    const store = openStore(dir, { backupIntervalMs: null, fullCheckMaxBytes: 0 });
    try {
      expect(store.engagements.list({}).total).toBe(5);
      expect(await store.checkRemainingTables()).toEqual([]);
      const onThisThread = pragma.mock.calls.filter(([source]) => /check/i.test(source));
      expect(onThisThread).toEqual([]);
      expect(store.status().notices).toEqual([]);
    } finally {
      store.close();
    }
  });
});
