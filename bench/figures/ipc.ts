import { dispatch } from '../../src/main/dispatch';
import { createServices } from '../../src/main/services';
import type { Bench } from '../lib';
import { scriptedDesktop } from '../../tests/support/desktop';

const { handlers } = createServices({
  dataDir: '/tmp',
  appName: 'Northstar Scope',
  appVersion: '0.0.0',
  versions: { node: process.versions.node },
  resourcesDir: 'resources',
  desktop: scriptedDesktop('/tmp'),
});

const benches: Bench[] = [
  {
    name: 'ipc_dispatch_roundtrip',
    runs: 200,
    run: async () => {
      for (let i = 0; i < 100; i++) await dispatch(handlers, 'app:info', undefined);
    },
    note: '100 validated calls per run',
  },
];
export default benches;
