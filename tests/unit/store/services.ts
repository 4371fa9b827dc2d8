import type { Desktop } from '../../../src/main/desktop';
import { createServices, type Services } from '../../../src/main/services';
import { resolve } from 'node:path';

const noDesktop: Desktop = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
  openPath: () => Promise.resolve(),
  showItemInFolder: () => undefined,
  openExternal: () => Promise.resolve(),
};

/** The real handler table over a store in `dataDir`, as the app and the E2E harness build it. */
export function servicesIn(dataDir: string): Services {
  return createServices({
    dataDir,
    appName: 'Northstar Scope',
    appVersion: '0.0.0-test',
    versions: { node: process.versions.node },
    resourcesDir: resolve(__dirname, '../../../resources'),
    desktop: noDesktop,
  });
}
