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
import type { RecoveryAction } from '../shared/channels/store';
import { openStore, type Store } from './store';
import { setAsideAndReplace } from './store/open';
import { StoreProblem, type StoreProblemInfo } from './store/problems';

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
  /** Remembers a data folder the person chose on a problem screen, for the next start. */
  rememberDataDir?: (dir: string) => void;
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
  let dataDir = ctx.dataDir;
  // A database the app must not open (one from a newer version, a read-only folder, an empty
  // or foreign file) is reported by every store channel instead of stopping the app, so the
  // window can say what is wrong; `store:problem` says what the person can do about it.
  let store: Store | undefined;
  let refusal: AppError | undefined;
  let problem: StoreProblemInfo | null = null;
  const open = (options: { readOnly?: boolean } = {}) => {
    store?.close();
    store = undefined;
    refusal = undefined;
    problem = null;
    try {
      store = openStore(dataDir, {
        app: { name: ctx.appName, version: ctx.appVersion },
        samplesDir: join(ctx.resourcesDir, 'samples'),
        ...options,
      });
    } catch (error) {
      if (error instanceof StoreProblem) problem = error.problem;
      if (!(error instanceof AppError)) throw error;
      refusal = error;
    }
  };
  open();
  const access = (): Store => {
    if (store) return store;
    throw refusal ?? new AppError('io', 'The database is not open.');
  };
  const recover = async (action: RecoveryAction): Promise<{ problem: StoreProblemInfo | null }> => {
    const current = problem;
    if (!current) return { problem: null };
    if (!current.actions.includes(action)) {
      throw new AppError('invalid_input', 'That is not one of the ways out of this problem.');
    }
    switch (action) {
      case 'restore_backup':
      case 'start_empty':
        setAsideAndReplace(dataDir, action === 'restore_backup', new Date());
        open();
        break;
      case 'open_read_only':
        open({ readOnly: true });
        break;
      case 'choose_folder': {
        const chosen = await ctx.desktop.chooseFolder({
          title: 'Choose a folder for your Northstar Scope data',
        });
        if (chosen === null) return { problem: current };
        dataDir = chosen;
        open();
        if (store) ctx.rememberDataDir?.(chosen);
        break;
      }
    }
    return { problem };
  };
  const scope = scopeService(ctx, access);
  const handlers: Handlers = {
    ...appHandlers(
      {
        ...ctx,
        get dataDir() {
          return dataDir;
        },
      },
      access,
    ),
    ...engagementHandlers(access),
    ...revisionHandlers(access),
    ...settingsHandlers(access, (dataUrl) => scope.checkLogo(dataUrl)),
    ...storeHandlers(access),
    'store:problem': () => ({ problem }),
    'store:recover': ({ action }) => recover(action),
    ...projectHandlers(access),
    ...projectFileHandlers(access, ctx.desktop),
    ...scope.handlers,
  };
  return {
    handlers,
    get store() {
      return store;
    },
    close: () => {
      void scope.close();
      store?.close();
    },
  };
}
