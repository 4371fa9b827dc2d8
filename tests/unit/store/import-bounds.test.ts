import { mkfifoSync } from './fifo';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { openStore, type Store } from '../../../src/main/store';
import { defaultCatalog, defaultRateCard, type Engagement } from '../../../src/shared/domain';
import { AppError } from '../../../src/shared/errors';
import { caller, servicesIn } from '../../support/services';
import { line } from '../shared/build';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';
import { manualClock, tempDataDir } from './helpers';

const FIXTURES = resolve(__dirname, '../../fixtures/import');
/** A project file as the tests bend it: the engagement typed, the rest as written. */
interface FixtureFile {
  exportedAt: string;
  meta: { createdAt: string; updatedAt: string };
  engagement: Engagement;
  revisions: { number: number; createdAt: string }[];
}
/** The file's first revision, which the fixture has. */
const firstRevision = (file: FixtureFile) => {
  const revision = file.revisions[0];
  if (!revision) throw new Error('the fixture has a revision');
  return revision;
};
const valid = (): FixtureFile =>
  JSON.parse(readFileSync(join(FIXTURES, 'valid-with-revision.json'), 'utf8')) as FixtureFile;
/** Plan lines that are deliberately malformed, which the types would not allow. */
const looseLines = (value: unknown): Engagement['lines'] => value as Engagement['lines'];

let store: Store;
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('import-bounds'));
  store = openStore(dir, { now: manualClock().now, backupIntervalMs: null });
});
afterEach(() => {
  store.close();
  cleanup();
});

function refusal(text: string): AppError {
  const count = () => store.db.prepare('SELECT count(*) FROM engagements').pluck().get();
  const before = count();
  try {
    store.importProjectFile(text);
  } catch (error) {
    expect(count()).toBe(before);
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the import to be refused');
}

describe('an imported document is bounded before it reaches the engine', () => {
  it('refuses a timeline from year 1 to 9999 with 40,000 blackouts', () => {
    const file = valid();
    const timeline = file.engagement.timeline;
    timeline.start = '0001-01-01';
    timeline.end = '9999-12-31';
    timeline.blackouts = Array.from({ length: 40_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      label: 'Closed',
      start: '0001-01-01',
      end: '9999-12-31',
      scope: 'all' as const,
      assessment: false,
    }));
    file.revisions = [];
    const error = refusal(JSON.stringify(file));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/more than 10,000 entries/);
    // Under the file's list ceiling, the schema's own ceiling and date window still hold.
    timeline.blackouts = timeline.blackouts.slice(0, 600);
    expect(refusal(JSON.stringify(file)).message).toMatch(/Too many blackouts \(500 at most\)/);
    timeline.blackouts = timeline.blackouts.slice(0, 10);
    expect(refusal(JSON.stringify(file)).message).toMatch(/between 1970 and 2200/);
  });

  it('refuses a timeline longer than ten years, and dates outside 1970–2200', () => {
    const file = valid();
    file.revisions = [];
    file.engagement.timeline.end = '2040-12-31';
    expect(refusal(JSON.stringify(file)).message).toMatch(/ten years/);
    file.engagement.timeline.end = '2026-06-30';
    file.engagement.timeline.pdDays = [{ date: '9999-01-01', label: '' }];
    expect(refusal(JSON.stringify(file)).message).toMatch(/between 1970 and 2200/);
  });

  it('refuses a file of a million empty objects in one list, quickly and naming why', () => {
    const file = valid();
    file.revisions = [];
    file.engagement.needs = [];
    const text = JSON.stringify(file).replace('"needs":[]', `"needs":[${'{},'.repeat(999_999)}{}]`);
    expect(text.length).toBeLessThan(3_100_000);
    expect(refusal(text).message).toMatch(/list of more than 10,000 entries/);
  });

  it('refuses a million strings in one list without running out of stack', () => {
    const file = valid();
    file.revisions = [];
    file.engagement.lines = looseLines([{ dependsOn: Array.from({ length: 1_000_000 }, () => 'x') }]);
    expect(refusal(JSON.stringify(file)).message).toMatch(/list of more than 10,000 entries/);
  });

  it('refuses a revision numbered 2^53 − 1, and amounts that overflow once multiplied', () => {
    const file = valid();
    firstRevision(file).number = Number.MAX_SAFE_INTEGER;
    expect(refusal(JSON.stringify(file)).message).toMatch(/revisions\.0\.number/);

    const big = valid();
    big.revisions = [];
    const service = defaultCatalog[0];
    big.engagement.catalog = defaultCatalog;
    big.engagement.rateCard = {
      ...defaultRateCard,
      roles: defaultRateCard.roles.map((r) => ({ ...r, dayCents: 100_000_000, hourlyCents: 100_000_000 })),
    };
    big.engagement.lines = [
      line('big', service?.id ?? '', {
        count: 1_000,
        groups: 10_000,
        participantsPerGroup: 10_000,
        minGroups: 1,
      }),
    ];
    expect(refusal(JSON.stringify(big)).message).toMatch(/too large to price exactly/);
  });
});

describe('every file the app exports imports again', () => {
  it('timestamps written with an offset come back in UTC and import again', () => {
    for (const at of [
      '2025-03-01T09:00:00+02:00',
      '2199-12-31T23:30:00-05:00',
      '2025-03-01T09:00:00.123456-09:30',
    ]) {
      const file = valid();
      file.exportedAt = at;
      file.meta.createdAt = at;
      firstRevision(file).createdAt = at;
      const first = store.importProjectFile(JSON.stringify(file));
      const exported = store.exportProjectFile(first.engagement.id).content;
      const again = JSON.parse(exported) as FixtureFile;
      expect(again.meta.createdAt).toBe(new Date(at).toISOString());
      expect(firstRevision(again).createdAt).toMatch(/^\d{4}-.*Z$/);
      expect(store.importProjectFile(exported).revisionCount).toBe(1);
    }
  });

  it('refuses, rather than imports, a timestamp that would leave the four-digit years', () => {
    const file = valid();
    file.meta.createdAt = '9999-12-31T23:00:00-05:00';
    expect(refusal(JSON.stringify(file)).message).toMatch(/meta\.createdAt/);
  });

  it('an upper-case copy of an id is the same engagement', () => {
    const file = valid();
    const first = store.importProjectFile(JSON.stringify(file));
    const upper = JSON.stringify(file).replaceAll(file.engagement.id, file.engagement.id.toUpperCase());
    const second = store.importProjectFile(upper);
    expect(second.idChanged).toBe(true);
    expect(second.engagement.id).not.toBe(first.engagement.id);
    const ids = store.db.prepare('SELECT id FROM engagements').pluck().all() as string[];
    expect(ids.every((id) => id === id.toLowerCase())).toBe(true);
  });
});

describe('project files from disk', () => {
  let services: Services;
  let desktop: ScriptedDesktop;
  beforeEach(() => {
    store.close();
    desktop = scriptedDesktop(dir);
    services = servicesIn(dir, desktop);
    store = openStore(join(dir, 'unused'), { backupIntervalMs: null });
  });
  afterEach(() => services.close());
  const { call } = caller(() => services);

  const open = async (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    desktop.openAnswers.push(path);
    return call('project:openFromFile');
  };
  const text = () => readFileSync(join(FIXTURES, 'valid-minimal.json'), 'utf8');

  it('reads UTF-16 and UTF-32 with a byte-order mark', async () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), 'utf16le')]);
    expect(await open('le.json', utf16le)).toMatchObject({ ok: true });
    const be = Buffer.from(text(), 'utf16le').swap16();
    expect(await open('be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true });
    const cps = Array.from(text(), (c) => c.codePointAt(0) ?? 0);
    const utf32 = Buffer.alloc(4 + cps.length * 4);
    utf32.writeUInt32LE(0xfeff, 0);
    cps.forEach((cp, i) => utf32.writeUInt32LE(cp, 4 + i * 4));
    expect(await open('32.json', utf32)).toMatchObject({ ok: true });
  });

  it('names a Latin-1 file instead of calling it invalid JSON', async () => {
    const latin1 = Buffer.from(text().replace('Riverside USD', 'Riversíde USD'), 'latin1');
    const result = await open('latin1.json', latin1);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/not UTF-8 text/);
      expect(result.error.message).not.toMatch(/not valid JSON/);
    }
  });

  it('refuses a symbolic link, even to a huge special file, without reading it', async () => {
    const link = join(dir, 'zero.json');
    symlinkSync('/dev/zero', link);
    desktop.openAnswers.push(link);
    const result = await call('project:openFromFile');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/link/);
  });

  it('refuses a pipe without waiting on it', async () => {
    const fifo = join(dir, 'pipe.json');
    mkfifoSync(fifo);
    desktop.openAnswers.push(fifo);
    const result = await call('project:openFromFile');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
