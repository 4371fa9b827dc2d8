import { join } from 'node:path';
import type { AppInfo, Handlers } from '../shared/api';
import type { Desktop } from './desktop';
import { AppError } from '../shared/errors';
import { appHandlers } from './handlers/app';
import { projectFileHandlers } from './handlers/files';
import { engagementHandlers } from './handlers/engagement';
import { projectHandlers } from './handlers/project';
import { revisionHandlers } from './handlers/revision';
import { scopeService } from './handlers/scope';
import { settingsHandlers } from './handlers/settings';
import { storeHandlers } from './handlers/store';
import { openStore, type Store } from './store';

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
  /**
   * Start the PDF worker at once and warm it with a small render, so the first export is as
   * quick as the next (the app does); tests that never export leave it to start on first use.
   */
  warmPdfWorker?: boolean;
}

export interface Services {
  /** One function per contract channel; ipcMain and the E2E harness both serve exactly this. */
  handlers: Handlers;
  /** Releases the database and timers; called on quit and after each test. */
  close(): void;
  /** The open store, for main-process code that calls it directly (PDF export, file dialogs); absent if it was refused. */
  store: Store | undefined;
}

export function createServices(ctx: ServiceContext): Services {
  // A database the app must not open (one from a newer version) is reported by every store
  // channel instead of stopping the app, so the window can still say what is wrong.
  let store: Store | undefined;
  let refusal: AppError | undefined;
  try {
    store = openStore(ctx.dataDir, {
      app: { name: ctx.appName, version: ctx.appVersion },
      samplesDir: join(ctx.resourcesDir, 'samples'),
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refusal = error;
  }
  const access = (): Store => {
    if (store) return store;
    throw refusal ?? new AppError('io', 'The database is not open.');
  };
  const scope = scopeService(ctx, access);
  const handlers: Handlers = {
    ...appHandlers(ctx, access),
    ...engagementHandlers(access),
    ...revisionHandlers(access),
    ...settingsHandlers(access, (dataUrl) => scope.checkLogo(dataUrl)),
    ...storeHandlers(access),
    ...projectHandlers(access),
    ...projectFileHandlers(access, ctx.desktop),
    ...scope.handlers,
  };
  return {
    handlers,
    store,
    close: () => {
      void scope.close();
      store?.close();
    },
  };
}
