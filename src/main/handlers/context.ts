import type { AppInfo } from '@shared/api';
import type { Desktop } from '../desktop';
import type { ErrorLog } from '../error-log';
import type { ScopeOfWorkRenderer } from '../export/worker-pool';
import type { RecoveryAction, StoreAccess, StoreProblemInfo } from '../store';

/**
 * What every handler module is given, the same for all: services.ts builds one and hands it
 * to each `…Handlers(ctx)`. It lives here, apart from services.ts, so handlers never import
 * the module that imports them.
 */
export interface HandlerContext {
  /** `ctx.store()` for each request, then only what the `Store` facade (store/index.ts) offers. */
  store: StoreAccess;
  /** Why the store is not open, and the ways out (the problem screens). */
  storeProblem: {
    current(): StoreProblemInfo | null;
    recover(action: RecoveryAction): Promise<{ problem: StoreProblemInfo | null }>;
  };
  app: { name: string; version: string; versions: AppInfo['versions'] };
  /** The data folder now: the person may choose another on a problem screen. */
  dataDir(): string;
  /** The PDF fonts (resources/fonts). */
  fontsDir: string;
  /** Native dialogs and the OS shell (a scripted stand-in in tests). */
  desktop: Desktop;
  /** Renders scopes of work and draws logos, in the PDF worker pool. */
  pdf: ScopeOfWorkRenderer;
  log: ErrorLog;
}
