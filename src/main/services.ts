import { join } from 'node:path';
import type { AppInfo, Handlers } from '@shared/api';
import type { Desktop } from './desktop';
import { errorLog, type ErrorLog } from './error-log';
import { workerRenderer } from './export/worker-pool';
import { appHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { engagementHandlers } from './handlers/engagement';
import { projectFileHandlers } from './handlers/files';
import { revisionHandlers } from './handlers/revision';
import { scopeHandlers } from './handlers/scope';
import { settingsHandlers } from './handlers/settings';
import { storeHandlers } from './handlers/store';
import type { Store } from './store';
import { StoreKeeper } from './store/keeper';

export interface ServiceContext {
  /** Folder that holds the database, backups, exports and the error log. */
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
  /** Remembers a data folder the person chose on a problem screen, for the next start. */
  rememberDataDir?: (dir: string) => void;
}

export interface Services {
  /** One function per contract channel; ipcMain and the E2E harness both serve exactly this. */
  handlers: Handlers;
  /** Where internal errors are written: `dispatch` and the workers write to it. */
  log: ErrorLog;
  /** Releases the database, the PDF worker and timers; called on quit and after each test. */
  close(): void;
  /** The open store, for main-process code that calls it directly (PDF export, file dialogs); absent if it was refused. */
  store: Store | undefined;
}

/** The handler table over one store, one PDF worker pool and one error log. */
export function createServices(ctx: ServiceContext): Services {
  const log = errorLog(() => keeper.dataDir);
  const keeper = new StoreKeeper(ctx.dataDir, {
    app: { name: ctx.appName, version: ctx.appVersion },
    resourcesDir: ctx.resourcesDir,
    chooseFolder: () => ctx.desktop.chooseFolder({ title: 'Choose a folder for your Northstar Scope data' }),
    ...(ctx.rememberDataDir ? { rememberDataDir: ctx.rememberDataDir } : {}),
    reportError: (source, error) => log.write(source, error),
  });
  const fontsDir = join(ctx.resourcesDir, 'fonts');
  const pdf = workerRenderer(fontsDir, { warm: ctx.warmPdfWorker ?? true, log });
  const handlerContext: HandlerContext = {
    store: keeper.access,
    storeProblem: { current: () => keeper.problem(), recover: (action) => keeper.recover(action) },
    app: { name: ctx.appName, version: ctx.appVersion, versions: ctx.versions },
    dataDir: () => keeper.dataDir,
    fontsDir,
    desktop: ctx.desktop,
    pdf,
    log,
  };
  return {
    handlers: {
      ...appHandlers(handlerContext),
      ...engagementHandlers(handlerContext),
      ...revisionHandlers(handlerContext),
      ...settingsHandlers(handlerContext),
      ...storeHandlers(handlerContext),
      ...projectFileHandlers(handlerContext),
      ...scopeHandlers(handlerContext),
    },
    log,
    get store() {
      return keeper.current;
    },
    close: () => {
      void pdf.close();
      keeper.close();
    },
  };
}
