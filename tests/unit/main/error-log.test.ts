import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorLog, formatLogLine, LOG_FILE_NAME, logFileIn } from '../../../src/main/error-log';
import type { Services } from '../../../src/main/services';
import { LateCheck } from '../../../src/main/store/late-check';
import { AppError } from '../../../src/shared/errors';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';
import { caller, servicesIn } from '../../support/services';
import { tempDataDir } from '../store/helpers';

let dir: string;
let cleanup: () => void;
let desktop: ScriptedDesktop;
let services: Services;
const { call, value } = caller(() => services);

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('error-log'));
  desktop = scriptedDesktop(dir);
  services = servicesIn(dir, desktop);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  services.close();
  cleanup();
  vi.restoreAllMocks();
});

const SECRET = 'Riverside Unified confidential board notes';

describe('internal errors leave a line in the error log', () => {
  it('writes the channel, the error and its frames, and nothing of the engagement', async () => {
    const { engagement } = await value<{ engagement: Record<string, unknown> }>('engagement:create', {
      from: 'blank',
      name: SECRET,
      clientName: SECRET,
    });
    const store = services.store;
    if (!store) throw new Error('store not open');
    vi.spyOn(store.engagements, 'save').mockImplementation(() => {
      throw new TypeError('Cannot read properties of undefined (reading "lines")');
    });
    const answer = await call('engagement:save', {
      engagement: { ...engagement, notes: SECRET },
      baseVersion: 1,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });

    await services.log.flush();
    const lines = readFileSync(logFileIn(dir), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const [line = ''] = lines;
    expect(line).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z engagement:save TypeError: Cannot read properties of undefined \(reading "lines"\) \| at /,
    );
    expect(line).not.toContain('Riverside');
    expect(line).not.toContain('confidential');
  });

  it('logs nothing for answers the person can act on', async () => {
    expect(await call('engagement:get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call('engagement:create', { from: 'blank', name: '' })).toMatchObject({ ok: false });
    await services.log.flush();
    expect(existsSync(logFileIn(dir))).toBe(false);
  });

  it('writes the home folder as ~ and keeps a cause', () => {
    const error = new AppError('internal', 'The PDF could not be saved to /home/ana/Documents/x.pdf', {
      cause: new Error('EACCES /home/ana/Documents'),
    });
    error.stack = 'AppError: The PDF could not be saved\n    at run (/home/ana/app/out/main/index.js:10:5)';
    const line = formatLogLine(new Date('2025-05-01T10:00:00Z'), 'scope:exportPdf', error, '/home/ana');
    expect(line).toBe(
      '2025-05-01T10:00:00.000Z scope:exportPdf AppError: The PDF could not be saved to ~/Documents/x.pdf' +
        ' | at run (~/app/out/main/index.js:10:5) | cause Error: EACCES ~/Documents\n',
    );
  });

  it('a failed integrity worker is logged, and the check runs on this thread instead', async () => {
    const reported: [string, unknown][] = [];
    const db = new Database(':memory:');
    try {
      const check = new LateCheck({
        dbPath: join(dir, 'no-such-file.db'),
        db: () => db,
        closed: () => false,
        onDamage: () => undefined,
        reportError: (source, error) => reported.push([source, error]),
      });
      check.schedule(true);
      expect(await check.run()).toEqual([]);
      expect(reported).toEqual([['integrity-worker', expect.any(Error)]]);
    } finally {
      db.close();
    }
  });
});

describe('the log rotates', () => {
  it('at its size limit, keeping three files with the newest lines', async () => {
    const log = errorLog(() => dir, { maxBytes: 2_000, home: '/nowhere' });
    for (let i = 0; i < 40; i++) log.write('test', new Error(`failure number ${i}`));
    await log.flush();
    const files = readdirSync(join(dir, 'logs')).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const file of files) expect(readFileSync(join(dir, 'logs', file)).length).toBeLessThanOrEqual(2_000);
    expect(readFileSync(logFileIn(dir), 'utf8')).toContain('failure number 39');
    expect(readFileSync(join(dir, 'logs', `${LOG_FILE_NAME}.2`), 'utf8')).not.toContain('failure number 0 ');
  });
});

describe('app:openLog', () => {
  it('says so when nothing was logged, and shows the log in its folder once something was', async () => {
    expect(await call('app:openLog')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(desktop.shown).toEqual([]);
    services.log.write('test', new Error('something broke'));
    expect(await call('app:openLog')).toEqual({ ok: true, value: null });
    expect(desktop.shown).toEqual([logFileIn(dir)]);
  });
});
