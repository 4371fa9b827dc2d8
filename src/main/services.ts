import type { AppInfo, Handlers } from '../shared/api';
import type { Desktop } from './desktop';
import { appHandlers } from './handlers/app';

export interface ServiceContext {
  /** Folder that holds the database, backups and exports. */
  dataDir: string;
  appName: string;
  appVersion: string;
  versions: AppInfo['versions'];
  /** The shipped resources folder: fonts, catalog, samples. */
  resourcesDir: string;
  /** Native dialogs and the OS shell (a scripted stand-in in tests). */
  desktop: Desktop;
}

export interface Services {
  /** One function per contract channel; ipcMain and the E2E harness both serve exactly this. */
  handlers: Handlers;
  /** Releases the database and timers; called on quit and after each test. */
  close(): void;
}

export function createServices(ctx: ServiceContext): Services {
  const handlers: Handlers = {
    ...appHandlers(ctx),
  };
  return {
    handlers,
    close: () => {},
  };
}
