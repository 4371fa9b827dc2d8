import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store';
import { MAX_PROJECT_FILE_BYTES } from '../../../src/main/store/project-file';
import { AppError } from '../../../src/shared/errors';
import { manualClock, tempDataDir } from './helpers';

const FIXTURES = resolve(__dirname, '../../fixtures/import');

interface Expectation {
  imports?: boolean;
  revisions?: number;
  code?: string;
  message?: string;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  Expectation
>;

let store: Store;
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('project'));
  store = openStore(dir, { now: manualClock().now, backupIntervalMs: null });
});
afterEach(() => {
  store.close();
  cleanup();
});

/** Everything an import could have touched. */
function snapshot(): string {
  return JSON.stringify(
    store.db
      .prepare(
        `SELECT (SELECT count(*) FROM engagements) AS e, (SELECT count(*) FROM engagement_documents) AS d,
                (SELECT count(*) FROM engagement_search) AS s, (SELECT count(*) FROM revisions) AS r,
                (SELECT group_concat(id) FROM engagements) AS ids`,
      )
      .get(),
  );
}

function importError(text: string): AppError {
  try {
    store.importProjectFile(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`expected an AppError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected the import to be refused');
}

function expectRefused(text: string, message: RegExp, code = 'invalid_input'): void {
  const before = snapshot();
  const error = importError(text);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
}

function seededExport(): { id: string; text: string } {
  const { engagement } = store.createBlank('Riverside literacy coaching', 'Riverside USD');
  store.engagements.save({ ...engagement, notes: 'Board approved phase one' }, 1);
  store.freezeRevision(engagement.id, 'First scope sent');
  store.engagements.save({ ...engagement, notes: 'Phase two added' }, 2);
  store.freezeRevision(engagement.id, 'Second scope sent');
  return { id: engagement.id, text: store.exportProjectFile(engagement.id).content };
}

describe('project files', () => {
  it('round-trips an engagement with its revisions to a fresh machine, keeping its id', () => {
    const { id, text } = seededExport();
    const { dir: otherDir, cleanup: cleanOther } = tempDataDir('project-other');
    const other = openStore(otherDir, { backupIntervalMs: null });
    try {
      const result = other.importProjectFile(text);
      expect(result).toMatchObject({ idChanged: false, revisionCount: 2 });
      expect(result.engagement.id).toBe(id);
      expect(other.engagements.get(id).engagement).toEqual(store.engagements.get(id).engagement);
      expect(other.revisions.list(id).map((r) => [r.number, r.note])).toEqual([
        [1, 'First scope sent'],
        [2, 'Second scope sent'],
      ]);
      expect(other.revisions.open(id, 1).engagement.notes).toBe('Board approved phase one');
      expect(other.engagements.search({ text: 'riverside' }).total).toBe(1);
    } finally {
      other.close();
      cleanOther();
    }
  });

  it('imports a second copy under a new id rather than replacing the engagement already here', () => {
    const { id, text } = seededExport();
    const result = store.importProjectFile(text);
    expect(result.idChanged).toBe(true);
    expect(result.engagement.id).not.toBe(id);
    expect(store.engagements.get(result.engagement.id).engagement.id).toBe(result.engagement.id);
    expect(store.revisions.open(result.engagement.id, 2).engagement.id).toBe(result.engagement.id);
    expect(store.engagements.get(id).meta.version).toBe(3);
    expect(store.engagements.list().total).toBe(2);
  });

  it('suggests a file name from the engagement name', () => {
    const { engagement } = store.createBlank('Riverside: Literacy / Coaching 2025');
    expect(store.exportProjectFile(engagement.id).fileName).toBe(
      'riverside-literacy-coaching-2025.northstar.json',
    );
  });
});

describe('the hand-written corpus in tests/fixtures/import', () => {
  const files = readdirSync(FIXTURES).filter((name) => name !== 'expected.json');

  it('has an expectation for every file', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const name of files) {
    const expectation = expected[name] ?? {};
    it(`${name}: ${expectation.imports === true ? 'imports' : 'is refused with a clear error'}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      if (expectation.imports === true) {
        const result = store.importProjectFile(text);
        expect(result.revisionCount).toBe(expectation.revisions ?? 0);
        expect(store.engagements.get(result.engagement.id).meta.name).toBe('Riverside literacy coaching');
      } else {
        expectRefused(text, new RegExp(expectation.message ?? '.'), expectation.code ?? 'invalid_input');
      }
    });
  }
});

describe('generated malformed files', () => {
  function base(): Record<string, unknown> {
    return JSON.parse(seededExport().text) as Record<string, unknown>;
  }

  it('refuses a file cut short at any of 20 points', () => {
    const { text } = seededExport();
    for (let i = 1; i <= 20; i++) {
      expectRefused(text.slice(0, Math.floor((text.length * i) / 21)), /not valid JSON/);
    }
  });

  it('refuses a file missing any top-level field, naming it', () => {
    for (const key of ['format', 'formatVersion', 'exportedAt', 'meta', 'engagement', 'revisions']) {
      const file = Object.fromEntries(Object.entries(base()).filter(([k]) => k !== key));
      expectRefused(JSON.stringify(file), new RegExp(key));
    }
  });

  it('refuses a wrong type in any of these fields, naming the field', () => {
    const cases: [(string | number)[], unknown][] = [
      [['engagement', 'name'], 42],
      [['engagement', 'status'], true],
      [['engagement', 'client', 'name'], { first: 'Riverside' }],
      [['engagement', 'client', 'educators', 'teachers'], '300'],
      [['engagement', 'client', 'campuses'], 'Lincoln Elementary'],
      [['engagement', 'needs'], {}],
      [['engagement', 'budget'], null],
      [['engagement', 'timeline', 'visitDaysPerMonth'], -2],
      [['engagement', 'rateCard', 'currency'], 'dollars'],
      [['engagement', 'rateCard', 'roles'], []],
      [['engagement', 'discount'], { kind: 'percent', basisPoints: 20_000 }],
      [['engagement', 'catalog'], 'default'],
      [['meta', 'createdAt'], 1_700_000_000],
      [['revisions', 0, 'note'], 17],
      [['revisions', 1, 'engagementVersion'], 'two'],
    ];
    for (const [path, value] of cases) {
      const file = base();
      let target = file as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      target[path[path.length - 1] as string | number] = value;
      const shown = path.map(String).join('.');
      expectRefused(JSON.stringify(file), new RegExp(shown.replace(/\./g, '\\.')));
    }
  });

  it('refuses prototype keys wherever they appear', () => {
    const { text } = seededExport();
    const places = [
      '"format"',
      '"schemaVersion"',
      '"organizationType"',
      '"selection"',
      '"amountCents"',
      '"number"',
    ];
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      for (const place of places) {
        expectRefused(text.replace(place, `"${key}": { "polluted": true }, ${place}`), new RegExp(key));
      }
    }
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const file = base();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const text = JSON.stringify(file).replace('"revisions":', `"deep": ${deep}, "revisions":`);
    expectRefused(text, /nested more than 64 levels/);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const { text } = seededExport();
    const huge = text.replace('"format"', `"padding": "${'x'.repeat(MAX_PROJECT_FILE_BYTES)}", "format"`);
    expectRefused(huge, /larger than 20 MB/);
  });

  it('refuses JSON that is not an object', () => {
    for (const text of ['42', '"a string"', 'true', '[1,2,3]', '{}', '{"format": null}']) {
      expectRefused(text, /cannot be imported/);
    }
  });

  it('imports nothing when only the last revision is wrong', () => {
    const file = base() as { revisions: { engagement: { name: string } }[] };
    const last = file.revisions[file.revisions.length - 1];
    if (last) last.engagement.name = '';
    expectRefused(JSON.stringify(file), /revisions\.1\.engagement\.name/);
  });
});
