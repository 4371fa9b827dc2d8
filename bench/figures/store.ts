import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openStore, type Store } from '../../src/main/store';
import { migrateEngagement, newEngagement, type Engagement } from '../../src/shared/domain';
import type { Bench } from '../lib';
import { stressEngagement } from '../../tests/support/stress';

const SAMPLE = resolve(__dirname, '../../resources/samples/mid-size-suburban-district.json');
const CLIENTS = [
  'Riverside USD',
  'Lakeside ISD',
  'Hill Country CISD',
  'Pinecrest Schools',
  'Oakwood Charter Network',
];
const TOPICS = ['literacy coaching', 'math PLCs', 'science inquiry', 'leadership coaching', 'data teams'];

/** A realistic engagement: the mid-size sample district when present, else a blank one. */
function realistic(): Engagement {
  if (existsSync(SAMPLE)) return migrateEngagement(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  return newEngagement({ name: 'Bench engagement', clientName: 'Riverside USD' });
}

function variant(base: Engagement, i: number): Engagement {
  const client = CLIENTS[i % CLIENTS.length] ?? 'District';
  const topic = TOPICS[Math.floor(i / CLIENTS.length) % TOPICS.length] ?? 'coaching';
  return {
    ...base,
    id: randomUUID(),
    name: `${client} ${topic} ${i}`,
    notes: `${base.notes} Engagement number ${i}.`,
    client: { ...base.client, name: `${client} ${i % 97}` },
  };
}

interface SaveState {
  store: Store;
  dir: string;
  engagement: Engagement;
  version: number;
  counter: number;
}

interface TenKState {
  dir: string;
}

/** Builds the 10,000-engagement database once, in one transaction, then closes it. */
function build10k(): TenKState {
  const dir = mkdtempSync(join(tmpdir(), 'northstar-bench-10k-'));
  const store = openStore(dir, { backupIntervalMs: null });
  const base = realistic();
  const at = new Date().toISOString();
  store.db.transaction(() => {
    for (let i = 0; i < 10_000; i++) store.engagements.insert(variant(base, i), at, at);
  })();
  store.close();
  return { dir };
}

let tenK: TenKState | undefined;
const shared10k = (): TenKState => (tenK ??= build10k());

function saveBench(name: string, note: string, make: () => Engagement, runs: number): Bench {
  return {
    name,
    runs,
    warmup: 10,
    note,
    setup: (): SaveState => {
      const dir = mkdtempSync(join(tmpdir(), 'northstar-bench-save-'));
      const store = openStore(dir, { backupIntervalMs: null });
      const { engagement, meta } = store.engagements.create(make());
      return { store, dir, engagement, version: meta.version, counter: 0 };
    },
    run: (state) => {
      const s = state as SaveState;
      s.counter++;
      const receipt = s.store.engagements.save(
        { ...s.engagement, notes: `Autosave ${s.counter}` },
        s.version,
      );
      s.version = receipt.version;
    },
    teardown: (state) => {
      const s = state as SaveState;
      s.store.close();
      rmSync(s.dir, { recursive: true, force: true });
    },
  };
}

const benches: Bench[] = [
  saveBench(
    'db_save',
    'one autosave of a realistic engagement (the mid-size sample): validate, write, fsync (WAL, synchronous = FULL)',
    () => variant(realistic(), 0),
    200,
  ),
  saveBench(
    'db_save_stress',
    'one autosave of the 300-line stress engagement',
    () => stressEngagement(300),
    50,
  ),
  {
    name: 'db_open_list_10k',
    runs: 20,
    warmup: 2,
    note: 'open a database of 10,000 realistic engagements (~300 MB; its integrity check runs in a worker thread just after opening) and list the first page',
    setup: shared10k,
    run: (state) => {
      const store = openStore((state as TenKState).dir, { backupIntervalMs: null });
      const page = store.engagements.list({ limit: 50 });
      if (page.items.length !== 50) throw new Error('expected a full first page');
      store.close();
    },
  },
  {
    name: 'db_search_10k',
    runs: 100,
    note: 'full-text search over 10,000 engagements, first page of 20 with snippets',
    setup: () => {
      const store = openStore(shared10k().dir, { backupIntervalMs: null });
      return { store, i: 0 };
    },
    run: (state) => {
      const s = state as { store: Store; i: number };
      const text = ['lakeside math', 'coaching', 'riverside 42', 'pinecrest science inq'][s.i++ % 4] ?? '';
      s.store.engagements.search({ text, limit: 20 });
    },
    teardown: (state) => {
      (state as { store: Store }).store.close();
      if (tenK) rmSync(tenK.dir, { recursive: true, force: true });
      tenK = undefined;
    },
  },
];
export default benches;
