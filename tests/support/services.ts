import { resolve } from 'node:path';
import type { Desktop } from '../../src/main/desktop';
import { createServices, type Services } from '../../src/main/services';
import { scriptedDesktop } from './desktop';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');

/**
 * The real handler table over a store in `dataDir`, as the app builds it; native dialogs are
 * scripted (by default, save dialogs answer a path in `dataDir`).
 */
export function servicesIn(
  dataDir: string,
  desktop: Desktop = scriptedDesktop(dataDir),
  appVersion = '0.0.0-test',
): Services {
  return createServices({
    dataDir,
    appName: 'Northstar Scope',
    appVersion,
    versions: { node: process.versions.node },
    resourcesDir: RESOURCES_DIR,
    desktop,
  });
}
