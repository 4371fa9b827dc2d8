import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/store/migrations';
import { ErrorCodeSchema } from '../../../src/shared/errors';
import { caller } from '../../support/services';
import { servicesIn } from './services';
import { tempDataDir } from './helpers';

let services: Services;
let cleanup: () => void;
let dir: string;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('channels'));
  services = servicesIn(dir);
});
afterEach(() => {
  services.close();
  cleanup();
});

const { call, value } = caller(() => services);

interface Stored {
  engagement: { id: string; notes: string; name: string } & Record<string, unknown>;
  meta: { version: number; id: string };
}

describe('engagement channels', () => {
  it('creates, reads, saves and reports a stale save as a conflict', async () => {
    const created = await value<Stored>('engagement:create', {
      from: 'blank',
      name: 'Literacy',
      clientName: 'Riverside',
    });
    const id = created.engagement.id;
    const saved = await value<{ version: number }>('engagement:save', {
      engagement: { ...created.engagement, notes: 'first' },
      baseVersion: created.meta.version,
    });
    expect(saved.version).toBe(2);
    const stale = await call('engagement:save', {
      engagement: { ...created.engagement, notes: 'stale' },
      baseVersion: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const read = await value<Stored>('engagement:get', { id });
    expect(read.engagement.notes).toBe('first');
  });

  it('names the wrong field when a save is invalid, and writes nothing', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Literacy' });
    const result = await call('engagement:save', {
      engagement: { ...created.engagement, budget: { amountCents: -5, fundingSources: [] } },
      baseVersion: 1,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/engagement\.budget\.amountCents/);
    }
    expect((await value<Stored>('engagement:get', { id: created.engagement.id })).meta.version).toBe(1);
  });

  it('deletes with undo, and tells when the delete becomes permanent', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Undo' });
    const deleted = await value<{ purgeAfter: string; meta: { deletedAt: string } }>('engagement:delete', {
      id: created.engagement.id,
    });
    expect(Date.parse(deleted.purgeAfter) - Date.parse(deleted.meta.deletedAt)).toBe(
      30 * 24 * 60 * 60 * 1000,
    );
    expect(await call('engagement:get', { id: created.engagement.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await value('engagement:restore', { id: created.engagement.id });
    expect((await value<{ total: number }>('engagement:list', {})).total).toBe(1);
  });

  it('creates from a template and duplicates', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Source' });
    const fromTemplate = await value<Stored>('engagement:create', {
      from: 'template',
      engagementId: created.engagement.id,
      name: 'Next district',
    });
    expect(fromTemplate.engagement.name).toBe('Next district');
    const copy = await value<Stored>('engagement:duplicate', { id: created.engagement.id });
    expect(copy.engagement.name).toBe('Source (copy)');
    expect((await value<{ total: number }>('engagement:search', { text: 'source' })).total).toBe(2);
  });

  it('refuses an unknown sample clearly', async () => {
    expect(await call('engagement:create', { from: 'sample', sampleId: 'no-such-sample' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('revision channels', () => {
  it('lists and opens read-only the revisions frozen by the export', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Literacy' });
    const id = created.engagement.id;
    services.store?.freezeRevision(id, 'Sent to the cabinet');
    await value('engagement:save', {
      engagement: { ...created.engagement, budget: { amountCents: 5_000_000, fundingSources: [] } },
      baseVersion: 1,
    });
    const list = await value<{ number: number; note: string }[]>('revision:list', { engagementId: id });
    expect(list).toMatchObject([{ number: 1, note: 'Sent to the cabinet' }]);
    const opened = await value<Stored>('revision:open', { engagementId: id, number: 1 });
    expect(opened.engagement.name).toBe('Literacy');
    expect(opened.engagement['budget']).toMatchObject({ amountCents: 0 });
  });
});

describe('store and backup channels', () => {
  it('reports the database, its backups and what happened at open', async () => {
    const status = await value<{ dbPath: string; schemaVersion: number; notices: unknown[] }>('store:status');
    expect(status.dbPath).toBe(join(dir, 'northstar.db'));
    expect(status.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(status.notices).toEqual([]);
  });

  it('takes a backup on request and restores it', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Before the backup' });
    const backup = await value<{ name: string; reason: string }>('backup:create');
    expect(backup.reason).toBe('manual');
    await value('engagement:save', {
      engagement: { ...created.engagement, name: 'After the backup' },
      baseVersion: 1,
    });
    const status = await value<{ notices: { kind: string }[]; backups: { reason: string }[] }>(
      'backup:restore',
      { name: backup.name },
    );
    expect(status.notices.map((n) => n.kind)).toContain('restored');
    expect((await value<Stored>('engagement:get', { id: created.engagement.id })).engagement.name).toBe(
      'Before the backup',
    );
    const names = status.backups.map((b) => b.reason);
    expect(names).toContain('before-restore');
  });

  it('refuses to restore a file that is not one of the backups', async () => {
    for (const name of ['../northstar.db', '/etc/passwd', 'northstar.db', '..\\x.db']) {
      expect(await call('backup:restore', { name })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
  });
});

describe('a database from a newer version', () => {
  it('keeps the app running and answers every store channel with a clear refusal', async () => {
    services.close();
    const { dir: futureDir, cleanup: cleanFuture } = tempDataDir('future');
    try {
      const db = new Database(join(futureDir, 'northstar.db'));
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
      db.close();
      services = servicesIn(futureDir);
      expect((await call('app:info')).ok).toBe(true);
      const listed = await call('engagement:list', {});
      expect(listed).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      if (!listed.ok) expect(listed.error.message).toMatch(/newer version/);
      expect(await call('store:status')).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    } finally {
      services.close();
      cleanFuture();
      services = servicesIn(dir);
    }
  });
});

describe('fuzzed channel inputs', () => {
  const channels = [
    'engagement:create',
    'engagement:get',
    'engagement:save',
    'engagement:list',
    'engagement:search',
    'engagement:duplicate',
    'engagement:archive',
    'engagement:delete',
    'engagement:restore',
    'revision:list',
    'revision:open',
    'settings:saveProfile',
    'settings:saveRateCard',
    'settings:saveCatalog',
    'settings:saveTerms',
    'backup:restore',
  ] as const;

  function snapshot(): string {
    const store = services.store;
    if (!store) throw new Error('store not open');
    const rows = store.db
      .prepare(
        `SELECT (SELECT group_concat(id || ':' || version || ':' || coalesce(archived_at, '') || ':' || coalesce(deleted_at, ''), ',') FROM engagements) AS e,
                (SELECT count(*) FROM revisions) AS r,
                (SELECT group_concat(key || updated_at) FROM settings) AS s`,
      )
      .get();
    return JSON.stringify(rows);
  }

  /** Every path inside a value, so a mutation can hit any field of a valid input. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }

  function mutate(seed: unknown, pick: number, replacement: unknown): unknown {
    const all = paths(seed);
    const path = all[pick % all.length] ?? [];
    if (path.length === 0) return replacement;
    const copy = structuredClone(seed) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    target[last] = replacement;
    return copy;
  }

  it('answers every input with an envelope, never crashes, and changes nothing when it refuses', async () => {
    const created = await value<Stored>('engagement:create', { from: 'blank', name: 'Fuzz target' });
    const settings = await value<{
      profile: unknown;
      rateCard: unknown;
      catalog: unknown[];
      terms: unknown[];
    }>('settings:get');
    const id = created.engagement.id;
    const seeds: Record<(typeof channels)[number], unknown> = {
      'engagement:create': { from: 'template', engagementId: id, name: 'T', clientName: 'C' },
      'engagement:get': { id },
      'engagement:save': { engagement: created.engagement, baseVersion: 1 },
      'engagement:list': {
        shelf: 'all',
        status: 'draft',
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: 10,
      },
      'engagement:search': { text: 'fuzz', shelf: 'all', offset: 0, limit: 5 },
      'engagement:duplicate': { id, name: 'Dup' },
      'engagement:archive': { id, archived: true },
      'engagement:delete': { id },
      'engagement:restore': { id },
      'revision:list': { engagementId: id },
      'revision:open': { engagementId: id, number: 1 },
      'settings:saveProfile': settings.profile,
      'settings:saveRateCard': settings.rateCard,
      'settings:saveCatalog': settings.catalog.slice(0, 2),
      'settings:saveTerms': settings.terms.slice(0, 3),
      'backup:restore': { name: 'northstar-2025-01-01T00-00-00-000Z-manual.db' },
    };
    const hostile = fc.oneof(
      fc.anything(),
      fc.constantFrom(
        '__proto__',
        'constructor',
        '',
        ' ',
        '\u0000',
        'x'.repeat(10_000),
        -1,
        1e308,
        NaN,
        null,
        [],
        {},
      ),
      fc.string(),
      fc.integer(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.nat(),
        hostile,
        fc.boolean(),
        async (channel, pick, replacement, raw) => {
          const input = raw ? replacement : mutate(seeds[channel], pick, replacement);
          const before = snapshot();
          const result = await call(channel, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ErrorCodeSchema.options).toContain(result.error.code);
            expect(result.error.code).not.toBe('internal');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(snapshot()).toBe(before);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
