import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { openStore } from '../../../src/main/store';
import type { StoreProblemResult } from '../../../src/shared/channels/store';
import { caller, servicesIn } from '../../support/services';
import { tempDataDir } from './helpers';

let dir: string;
let cleanup: () => void;
let services: Services | undefined;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('damage'));
});
afterEach(() => {
  services?.close();
  services = undefined;
  chmodSync(dir, 0o755);
  cleanup();
});

const { call, value } = caller(() => {
  if (!services) throw new Error('no services');
  return services;
});
const dbFile = () => join(dir, 'northstar.db');

/** A database with one engagement and a backup of it, then closed. */
async function withBackup(): Promise<void> {
  const store = openStore(dir, { backupIntervalMs: null });
  store.createBlank('Riverside literacy', 'Riverside USD');
  await store.backupNow();
  store.close();
}

async function problem(): Promise<StoreProblemResult | null> {
  return (await value<{ problem: StoreProblemResult | null }>('store:problem')).problem;
}

describe('a database the app must not simply open gets a screen of its own', () => {
  it('an empty file is reported, not opened as an empty app, and the backup can be restored', async () => {
    await withBackup();
    writeFileSync(dbFile(), '');
    services = servicesIn(dir);
    const found = await problem();
    expect(found).toMatchObject({ kind: 'empty_file', title: 'The database file is empty' });
    expect(found?.actions).toEqual(['restore_backup', 'start_empty', 'choose_folder']);
    expect(found?.backup?.name).toMatch(/manual/);
    expect(await call('engagement:list', {})).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(statSync(dbFile()).size).toBe(0);

    expect(await value('store:recover', { action: 'restore_backup' })).toEqual({ problem: null });
    const list = await value<{ items: { name: string }[] }>('engagement:list', {});
    expect(list.items.map((i) => i.name)).toEqual(['Riverside literacy']);
    const aside = readdirSync(join(dir, 'damaged'));
    expect(aside.some((name) => name.endsWith('.db'))).toBe(true);
  });

  it("another program's database is left untouched, and can be set aside for an empty one", async () => {
    const foreign = new Database(dbFile());
    foreign.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
    foreign.close();
    const before = readFileSync(dbFile());
    services = servicesIn(dir);
    const found = await problem();
    expect(found).toMatchObject({ kind: 'foreign_file' });
    expect(found?.message).toMatch(/“photos”/);
    expect(readFileSync(dbFile()).equals(before)).toBe(true);

    expect(await value('store:recover', { action: 'start_empty' })).toEqual({ problem: null });
    expect((await value<{ total: number }>('engagement:list', {})).total).toBe(0);
    const [aside] = readdirSync(join(dir, 'damaged')).filter((name) => name.endsWith('.db'));
    expect(readFileSync(join(dir, 'damaged', aside ?? '')).equals(before)).toBe(true);
  });

  it('a missing table is named, and the newest backup offered', async () => {
    await withBackup();
    const db = new Database(dbFile());
    db.exec(
      'DROP TRIGGER revisions_are_immutable; DROP TRIGGER revisions_outlive_nothing; DROP TABLE revisions',
    );
    db.close();
    services = servicesIn(dir);
    const found = await problem();
    expect(found).toMatchObject({ kind: 'missing_table' });
    expect(found?.message).toMatch(/revisions table is missing/);
    expect(found?.actions).toEqual(['restore_backup', 'choose_folder']);
    expect(await value('store:recover', { action: 'restore_backup' })).toEqual({ problem: null });
    expect((await value<{ total: number }>('engagement:list', {})).total).toBe(1);
  });

  it('an action the screen did not offer is refused', async () => {
    writeFileSync(dbFile(), '');
    services = servicesIn(dir);
    expect(await call('store:recover', { action: 'open_read_only' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

interface Answer<T> {
  ok: boolean;
  value: T;
  error?: { code: string };
}
interface UnprivilegedRun {
  problem: Answer<{ problem: StoreProblemResult }>;
  recovered: unknown;
  list: Answer<{ items: unknown[] }>;
  status: Answer<{ readOnly: boolean; dataDir: string }>;
  save: unknown;
}

/** Whether every folder above a file, and the file, let other users in. */
function othersCanRun(file: string): boolean {
  for (let path = file; ; path = dirname(path)) {
    if ((statSync(path).mode & 0o001) === 0) return false;
    if (dirname(path) === path) return true;
  }
}

/** A Node binary the unprivileged user can run: this one, or a copy where others can reach it. */
function nodeForOthers(): string {
  if (othersCanRun(process.execPath)) return process.execPath;
  const folder = join(tmpdir(), `northstar-node-${process.version}`);
  const copy = join(folder, 'node');
  if (!existsSync(copy)) {
    mkdirSync(folder, { recursive: true, mode: 0o755 });
    copyFileSync(process.execPath, `${copy}.part`);
    chmodSync(`${copy}.part`, 0o755);
    renameSync(`${copy}.part`, copy);
  }
  return copy;
}

/** Runs the services as an unprivileged user (permission bits do not stop root). */
function asUnprivileged(dataDir: string, action = '-', folder?: string): UnprivilegedRun {
  const script = join(import.meta.dirname, 'unprivileged-open.ts');
  const root = process.getuid?.() === 0;
  const result = spawnSync(
    root ? nodeForOthers() : process.execPath,
    ['--import', 'tsx', script, dataDir, action, ...(folder ? [folder] : [])],
    {
      cwd: join(import.meta.dirname, '..', '..', '..'),
      encoding: 'utf8',
      ...(root ? { uid: 65534, gid: 65534 } : {}),
      timeout: 60_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(`the unprivileged run failed: ${result.error?.message ?? result.stderr}`);
  }
  return JSON.parse(result.stdout) as UnprivilegedRun;
}

describe('a data folder or file the app cannot write', () => {
  it('a read-only folder says so, and opens read-only: everything reads, nothing saves', async () => {
    await withBackup();
    chmodSync(dbFile(), 0o644);
    chmodSync(dir, 0o555);
    const before = readdirSync(dir).sort();
    const out = asUnprivileged(dir, 'open_read_only');
    expect(out.problem.value.problem).toMatchObject({ kind: 'read_only_folder' });
    expect(out.problem.value.problem.actions).toEqual(['open_read_only', 'choose_folder']);
    expect(out.problem.value.problem.message).toMatch(/read-only/);
    expect(out.recovered).toEqual({ ok: true, value: { problem: null } });
    expect(out.list.value.items).toHaveLength(1);
    expect(out.status.value.readOnly).toBe(true);
    expect(out.save).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a read-only database file says so, and another folder can be chosen', async () => {
    await withBackup();
    const elsewhere = tempDataDir('damage-elsewhere');
    try {
      if (process.getuid?.() === 0) {
        chownSync(dir, 65534, 65534);
        chownSync(elsewhere.dir, 65534, 65534);
      }
      chmodSync(dbFile(), 0o444);
      const out = asUnprivileged(dir, 'choose_folder', elsewhere.dir);
      expect(out.problem.value.problem).toMatchObject({ kind: 'read_only_file' });
      expect(out.problem.value.problem.actions).toEqual(['open_read_only', 'choose_folder']);
      expect(out.recovered).toEqual({ ok: true, value: { problem: null } });
      expect(out.status.value.dataDir).toBe(elsewhere.dir);
      expect(existsSync(join(elsewhere.dir, 'northstar.db'))).toBe(true);
      expect(statSync(dbFile()).size).toBeGreaterThan(0);
    } finally {
      elsewhere.cleanup();
    }
  });
});
