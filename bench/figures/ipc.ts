import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dispatch } from '../../src/main/dispatch';
import { createServices, type Services } from '../../src/main/services';
import { scriptedDesktop } from '../../tests/support/desktop';
import type { Bench } from '../lib';

interface State {
  dir: string;
  services: Services;
}

const benches: Bench[] = [
  {
    name: 'ipc_dispatch_roundtrip',
    runs: 200,
    note: '100 validated app:info calls per run',
    setup: (): State => {
      const dir = mkdtempSync(join(tmpdir(), 'northstar-bench-ipc-'));
      const services = createServices({
        dataDir: dir,
        appName: 'Northstar Scope',
        appVersion: '0.0.0',
        versions: { node: process.versions.node },
        resourcesDir: resolve(import.meta.dirname, '../../resources'),
        desktop: scriptedDesktop(dir),
        warmPdfWorker: false,
      });
      return { dir, services };
    },
    run: async (state) => {
      const { services } = state as State;
      for (let i = 0; i < 100; i++) await dispatch(services.handlers, 'app:info', undefined);
    },
    teardown: (state) => {
      const { dir, services } = state as State;
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  },
];
export default benches;
