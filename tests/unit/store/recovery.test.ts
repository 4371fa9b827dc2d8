import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store';
import { BACKUPS_KEPT, backupDir, listBackups } from '../../../src/main/store/backups';
import { applyPragmas } from '../../../src/main/store/database';
import { LATEST_SCHEMA_VERSION, migrate } from '../../../src/main/store/migrations';
import { AppError } from '../../../src/shared/errors';
import { DAY_MS, manualClock, tempDataDir } from './helpers';

let dir: string;
let cleanup: () => void;
let clock: ReturnType<typeof manualClock>;
const open: Store[] = [];

function storeAt(): Store {
  const store = openStore(dir, { now: clock.now, backupIntervalMs: null });
  open.push(store);
  return store;
}

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('recovery'));
  clock = manualClock();
});
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  cleanup();
});

const dbFile = () => join(dir, 'northstar.db');

/** Overwrites everything after the header page with noise, as a failing disk might. */
function scribble(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    const noise = Buffer.alloc(size - 4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
    writeSync(fd, noise, 0, noise.length, 4096);
  } finally {
    closeSync(fd);
  }
}

function seed(store: Store, names: string[]): string[] {
  return names.map((name) => store.createBlank(name, 'Riverside USD').engagement.id);
}

describe('backups', () => {
  it('takes a scheduled backup only when something changed, and keeps the last ten', async () => {
    const store = storeAt();
    seed(store, ['One']);
    expect(await store.runScheduledBackup()).not.toBeNull();
    clock.advance(60_000);
    expect(await store.runScheduledBackup()).toBeNull();
    for (let i = 0; i < BACKUPS_KEPT.scheduled + 3; i++) {
      clock.advance(60_000);
      seed(store, [`More ${i}`]);
      expect(await store.runScheduledBackup()).not.toBeNull();
    }
    const scheduled = listBackups(dir).filter((b) => b.reason === 'scheduled');
    expect(scheduled).toHaveLength(BACKUPS_KEPT.scheduled);
    // Newest first, and the newest holds the latest engagement.
    const newest = new Database(scheduled[0]?.path ?? '', { readonly: true });
    expect(newest.prepare('SELECT count(*) FROM engagements').pluck().get()).toBe(BACKUPS_KEPT.scheduled + 4);
    newest.close();
  });

  it('takes a backup a day even when nothing changed', async () => {
    const store = storeAt();
    seed(store, ['One']);
    await store.runScheduledBackup();
    clock.advance(DAY_MS + 1);
    expect(await store.runScheduledBackup()).not.toBeNull();
  });

  it('backs the database up before migrating it, and the backup is the old version', () => {
    const db = new Database(dbFile());
    applyPragmas(db);
    migrate(db, LATEST_SCHEMA_VERSION - 1);
    db.prepare(
      `INSERT INTO engagements (id, name, client_name, status, version, created_at, updated_at)
       VALUES ('legacy', 'From the old version', '', 'draft', 1, '2024-01-01', '2024-01-01')`,
    ).run();
    db.close();

    const store = storeAt();
    expect(store.status().notices.map((n) => n.kind)).toEqual(['migrated']);
    const [backup] = listBackups(dir).filter((b) => b.reason === 'before-migration');
    expect(backup).toBeDefined();
    const copy = new Database(backup?.path ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION - 1);
    expect(copy.prepare('SELECT name FROM engagements').pluck().all()).toEqual(['From the old version']);
    copy.close();
  });

  it('does not list or keep half-written backups', () => {
    const store = storeAt();
    store.close();
    mkdirSync(backupDir(dir), { recursive: true });
    writeFileSync(join(backupDir(dir), 'northstar-2025-03-01T09-00-00-000Z-scheduled.db.partial'), 'half');
    storeAt();
    expect(readdirSync(backupDir(dir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    const store = storeAt();
    const [id] = seed(store, ['Keep me']);
    const backup = await store.backupNow();
    scribble(backup.path);
    let caught: unknown;
    try {
      await store.restoreBackup(backup.name);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('corrupt');
    expect(store.engagements.get(id ?? '').meta.name).toBe('Keep me');
  });
});

describe('a damaged database', () => {
  async function damagedWithBackup(): Promise<{ kept: string[]; lost: string }> {
    const store = storeAt();
    const kept = seed(
      store,
      Array.from({ length: 20 }, (_, i) => `Engagement ${i}`),
    );
    await store.backupNow();
    clock.advance(60_000);
    const [lost] = seed(store, ['Made after the backup']);
    store.close();
    open.splice(0);
    return { kept, lost: lost ?? '' };
  }

  function expectRecovered(store: Store, kept: string[], lost: string): void {
    const [notice] = store.status().notices;
    expect(notice?.kind).toBe('recovered');
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toMatch(/damaged/);
    expect(notice?.message).toMatch(/2025-03-01 09:00 UTC/);
    const [aside] = readdirSync(join(dir, 'damaged')).filter((n) => n.endsWith('.db'));
    expect(aside).toBeDefined();
    expect(notice?.message).toContain(join(dir, 'damaged', aside ?? ''));
    for (const id of kept) expect(store.engagements.get(id).meta.clientName).toBe('Riverside USD');
    expect(() => store.engagements.get(lost)).toThrow(/No engagement/);
    // The recovered database is a normal one: it takes saves again.
    const { engagement, meta } = store.engagements.get(kept[0] ?? '');
    expect(store.engagements.save({ ...engagement, notes: 'after recovery' }, meta.version).version).toBe(
      meta.version + 1,
    );
  }

  it('moves scribbled-over pages aside and restores the newest backup', async () => {
    const { kept, lost } = await damagedWithBackup();
    scribble(dbFile());
    expectRecovered(storeAt(), kept, lost);
  });

  it('does the same for a file cut short', async () => {
    const { kept, lost } = await damagedWithBackup();
    truncateSync(dbFile(), Math.floor(statSync(dbFile()).size / 3));
    expectRecovered(storeAt(), kept, lost);
  });

  it('does the same for a file whose header is not a database', async () => {
    const { kept, lost } = await damagedWithBackup();
    const fd = openSync(dbFile(), 'r+');
    writeSync(fd, Buffer.from('definitely not SQLite'), 0, 21, 0);
    closeSync(fd);
    expectRecovered(storeAt(), kept, lost);
  });

  it('skips a damaged newest backup for an older good one', async () => {
    const store = storeAt();
    const [early] = seed(store, ['Early']);
    await store.backupNow();
    clock.advance(60_000);
    seed(store, ['Later']);
    const newer = await store.backupNow();
    store.close();
    open.splice(0);
    scribble(newer.path);
    scribble(dbFile());
    const recovered = storeAt();
    expect(recovered.engagements.list().items.map((e) => e.id)).toEqual([early]);
    expect(recovered.status().notices[0]?.kind).toBe('recovered');
  });

  it('starts empty, keeps the damaged file and says so when there is no backup', () => {
    const store = storeAt();
    seed(
      store,
      Array.from({ length: 20 }, (_, i) => `E${i}`),
    );
    store.close();
    open.splice(0);
    scribble(dbFile());
    const recovered = storeAt();
    expect(recovered.engagements.list().total).toBe(0);
    const [notice] = recovered.status().notices;
    expect(notice?.kind).toBe('recovered_empty');
    expect(notice?.message).toMatch(/no usable backup/);
    expect(existsSync(join(dir, 'damaged'))).toBe(true);
  });
});

describe('a large database', () => {
  // fullCheckMaxBytes: 0 makes every file "large": list, settings and revisions are checked
  // before use, the documents just after opening.
  const large = () => {
    const store = openStore(dir, { now: clock.now, backupIntervalMs: null, fullCheckMaxBytes: 0 });
    open.push(store);
    return store;
  };

  /** Scribbles over the pages of one table only, leaving the rest of the file sound. */
  function scribbleTable(table: string): void {
    const db = new Database(dbFile(), { readonly: true });
    const pages = db.prepare<[string], number>('SELECT pageno FROM dbstat WHERE name = ?').pluck().all(table);
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.close();
    const fd = openSync(dbFile(), 'r+');
    try {
      for (const page of pages)
        writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    } finally {
      closeSync(fd);
    }
  }

  it('finds no damage in a sound file', async () => {
    const store = large();
    seed(store, ['One', 'Two']);
    store.close();
    open.splice(0);
    const again = large();
    expect(await again.checkRemainingTables()).toEqual([]);
    expect(again.status().notices).toEqual([]);
  });

  it('opens fast, then finds damaged documents, stops backups, and repairs at the next start', async () => {
    const store = large();
    const kept = seed(
      store,
      Array.from({ length: 20 }, (_, i) => `Engagement ${i}`),
    );
    await store.backupNow();
    store.close();
    open.splice(0);
    scribbleTable('engagement_documents');

    const damaged = large();
    expect(damaged.status().notices).toEqual([]);
    expect(damaged.engagements.list({ limit: 100 }).total).toBe(20);
    expect((await damaged.checkRemainingTables()).length).toBeGreaterThan(0);
    const [notice] = damaged.status().notices;
    expect(notice?.kind).toBe('damage_found');
    expect(notice?.message).toMatch(/reopen the app/);
    await expect(damaged.backupNow()).rejects.toThrow(/damaged/);
    expect(await damaged.runScheduledBackup()).toBeNull();
    damaged.close();
    open.splice(0);

    const repaired = large();
    expect(repaired.status().notices[0]?.kind).toBe('recovered');
    for (const id of kept) expect(repaired.engagements.get(id).meta.name).toMatch(/^Engagement/);
    expect(existsSync(join(dir, 'damage-found.txt'))).toBe(false);
  });
});

describe('the files a crash leaves behind', () => {
  /** Copies the database and its WAL while the store is open: the state a SIGKILL leaves. */
  function crashSnapshot(shm: 'kept' | 'missing' | 'zeroed'): {
    dir: string;
    cleanup: () => void;
    id: string;
  } {
    const store = storeAt();
    const { engagement } = store.createBlank('Saved just before the crash');
    store.engagements.save({ ...engagement, notes: 'acknowledged' }, 1);
    const target = tempDataDir('crash-copy');
    for (const suffix of ['', '-wal', '-shm']) {
      if (suffix === '-shm' && shm === 'missing') continue;
      copyFileSync(dbFile() + suffix, join(target.dir, `northstar.db${suffix}`));
    }
    if (shm === 'zeroed') writeFileSync(join(target.dir, 'northstar.db-shm'), Buffer.alloc(32_768));
    return { ...target, id: engagement.id };
  }

  for (const shm of ['kept', 'missing', 'zeroed'] as const) {
    it(`opens with every acknowledged save and no recovery when the shared-memory file is ${shm}`, () => {
      const crashed = crashSnapshot(shm);
      try {
        const store = openStore(crashed.dir, { backupIntervalMs: null });
        open.push(store);
        expect(store.status().notices).toEqual([]);
        expect(store.engagements.get(crashed.id).engagement.notes).toBe('acknowledged');
      } finally {
        for (const store of open.splice(0)) store.close();
        crashed.cleanup();
      }
    });
  }
});
