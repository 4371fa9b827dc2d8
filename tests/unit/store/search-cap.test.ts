import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store';
import { SEARCH_COUNT_CAP } from '../../../src/main/store/listing';
import { newEngagement } from '../../../src/shared/domain';
import { tempDataDir } from './helpers';

let store: Store;
let cleanup: () => void;

beforeEach(() => {
  const temp = tempDataDir('search-cap');
  cleanup = temp.cleanup;
  store = openStore(temp.dir, { backupIntervalMs: null });
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('search as you type', () => {
  it('stops counting matches at the cap, and says so', () => {
    const base = newEngagement({
      name: 'Riverside literacy',
      clientName: 'Riverside USD',
      today: '2025-07-01',
    });
    const at = new Date().toISOString();
    store.db.transaction(() => {
      for (let i = 0; i < SEARCH_COUNT_CAP + 5; i++) {
        store.engagements.insert({ ...base, id: crypto.randomUUID(), name: `Riverside ${i}` }, at, at);
      }
    })();
    const page = store.engagements.search({ text: 'r', limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page).toMatchObject({ total: SEARCH_COUNT_CAP, capped: true });
    expect(store.engagements.search({ text: 'riverside 77', limit: 20 })).toMatchObject({ capped: false });
  });
});
