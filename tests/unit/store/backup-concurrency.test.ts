import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import type { Result } from '../../../src/shared/api';
import { caller, servicesIn } from '../../support/services';
import { tempDataDir } from './helpers';

let services: Services;
let cleanup: () => void;

beforeEach(() => {
  const temp = tempDataDir('backup-concurrency');
  cleanup = temp.cleanup;
  services = servicesIn(temp.dir);
});
afterEach(() => {
  services.close();
  cleanup();
});

const { call, value } = caller(() => services);

const failures = (results: Result<unknown>[]) => results.filter((r) => !r.ok);

describe('backups and restores run one at a time', () => {
  it('forty backups asked for at once all succeed, each under its own name', async () => {
    await value('engagement:create', { from: 'blank', name: 'Literacy' });
    const results = await Promise.all(Array.from({ length: 40 }, () => call('backup:create')));
    expect(failures(results)).toEqual([]);
    const names = results.map((r) => (r.ok ? (r.value as { name: string }).name : ''));
    expect(new Set(names).size).toBe(40);
  });

  it('a backup asked for during a restore waits for it and succeeds', async () => {
    await value('engagement:create', { from: 'blank', name: 'Literacy' });
    const first = await value<{ name: string }>('backup:create');
    await value('engagement:create', { from: 'blank', name: 'Numeracy' });
    const results = await Promise.all([
      call('backup:create'),
      call('backup:restore', { name: first.name }),
      call('backup:create'),
      call('engagement:list', {}),
      call('backup:create'),
    ]);
    expect(failures(results)).toEqual([]);
    const list = await value<{ total: number }>('engagement:list', {});
    expect(list.total).toBe(1);
  });
});
