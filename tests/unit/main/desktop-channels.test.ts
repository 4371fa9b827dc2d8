import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { caller, servicesIn } from '../../support/services';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';

let dir: string;
let desktop: ScriptedDesktop;
let services: Services;

const { call, value } = caller(() => services);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'northstar-desktop-'));
  desktop = scriptedDesktop(dir);
  services = servicesIn(join(dir, 'data'), desktop);
});

afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('project files through native dialogs', () => {
  it('saves a project file where the user chose and imports it back as a new engagement', async () => {
    const created = await value<{ meta: { id: string } }>('engagement:create', {
      from: 'blank',
      name: 'Riverside literacy',
    });
    const saved = await value<{ cancelled: boolean; fileName: string }>('project:saveToFile', {
      engagementId: created.meta.id,
    });
    expect(saved.cancelled).toBe(false);
    const path = join(dir, saved.fileName);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      engagement: { name: 'Riverside literacy' },
    });

    desktop.openAnswers.push(path);
    const imported = await value<{
      cancelled: boolean;
      engagement: { id: string; name: string };
      idChanged: boolean;
    }>('project:openFromFile');
    expect(imported).toMatchObject({
      cancelled: false,
      engagement: { name: 'Riverside literacy' },
      idChanged: true,
    });
    const list = await value<{ items: unknown[] }>('engagement:list', {});
    expect(list.items).toHaveLength(2);
  });

  it('cancelling either dialog writes and imports nothing', async () => {
    const created = await value<{ meta: { id: string } }>('engagement:create', {
      from: 'blank',
      name: 'Cancelled',
    });
    desktop.saveAnswers.push(null);
    expect(await value('project:saveToFile', { engagementId: created.meta.id })).toEqual({ cancelled: true });
    expect(await value('project:openFromFile')).toEqual({ cancelled: true });
    expect((await value<{ items: unknown[] }>('engagement:list', {})).items).toHaveLength(1);
  });

  it('a truncated or oversized file is refused with a clear error and changes nothing', async () => {
    const created = await value<{ meta: { id: string } }>('engagement:create', {
      from: 'blank',
      name: 'Source',
    });
    const saved = await value<{ fileName: string }>('project:saveToFile', { engagementId: created.meta.id });
    const path = join(dir, saved.fileName);
    truncateSync(path, 200);
    desktop.openAnswers.push(path);
    const truncated = await call('project:openFromFile');
    expect(truncated).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 21 * 1024 * 1024);
    desktop.openAnswers.push(huge);
    const refused = await call('project:openFromFile');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!refused.ok && refused.error.message).toMatch(/21\.0 MB/);

    desktop.openAnswers.push(join(dir, 'gone.json'));
    expect(await call('project:openFromFile')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await value<{ items: unknown[] }>('engagement:list', {})).items).toHaveLength(1);
  });
});

describe('the OS shell', () => {
  it('shows the data folder, and only the data folder', async () => {
    await value('app:openDataFolder');
    expect(desktop.opened).toEqual([join(dir, 'data')]);
  });
});
