import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from '../../../src/main/services';
import { defaultCatalog, newEngagement } from '../../../src/shared/domain';
import { draft, line, uid } from '../shared/build';
import { caller } from '../../support/services';
import { servicesIn } from '../store/services';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';
import { tempDataDir } from '../store/helpers';

let services: Services;
let cleanup: () => void;
let dir: string;
let desktop: ScriptedDesktop;

beforeEach(() => {
  const temp = tempDataDir('dispatch-bounds');
  cleanup = temp.cleanup;
  dir = temp.dir;
  desktop = scriptedDesktop(dir);
  services = servicesIn(temp.dir, desktop);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  services.close();
  cleanup();
  vi.restoreAllMocks();
});

const { call } = caller(() => services);

describe('dispatch answers every input with an envelope', () => {
  it('refuses a save whose lists hold 200,000 entries, without throwing', async () => {
    const engagement = newEngagement({ name: 'Huge', today: '2025-07-01' });
    const huge = Array.from({ length: 200_000 }, () => 'x');
    for (const patch of [
      { needs: huge },
      { lines: [{ dependsOn: huge }] },
      { timeline: { ...engagement.timeline, blackouts: huge } },
    ]) {
      const result = await call('engagement:save', {
        engagement: { ...engagement, ...patch },
        baseVersion: 1,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok && !('lines' in patch)) expect(result.error.message).toMatch(/Too many/);
    }
  });

  it('refuses a line that depends on the same line 200,000 times, without throwing', async () => {
    const service = defaultCatalog[0]?.id ?? '';
    const a = line('a', service, { dependsOn: Array.from({ length: 200_000 }, () => uid('c')) });
    const b = line('b', service, { dependsOn: [a.id], pin: 'funded' });
    const c = line('c', service);
    const result = await call('engagement:save', { engagement: draft({ lines: [a, b, c] }), baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a list nested deep enough to exhaust the stack, without throwing', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = await call('engagement:save', { engagement: deep, baseVersion: 1 });
    expect(result.ok).toBe(false);
  });
});

describe('error messages quote the input briefly', () => {
  it('an unknown channel name of megabytes is quoted in a few dozen characters', async () => {
    const result = await call(`x:${'a'.repeat(5_000_000)}`, null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });

  it('an unknown key of megabytes is quoted in a few dozen characters', async () => {
    const key = 'k'.repeat(5_000_000);
    const result = await call('engagement:list', { [key]: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(1_000);
  });

  it('a project file with a huge bad value or key is refused in a short message', async () => {
    for (const content of [
      JSON.stringify({ format: 'x'.repeat(5_000_000) }),
      `{"${'k'.repeat(5_000_000)}": 1}`,
      `${'['.repeat(10)}${'z'.repeat(5_000_000)}`,
    ]) {
      const file = join(dir, 'hostile.json');
      writeFileSync(file, content);
      desktop.openAnswers.push(file);
      const result = await call('project:openFromFile');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message.length).toBeLessThan(1_500);
    }
  });
});
