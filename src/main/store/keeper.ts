import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { openStore, type Store, type StoreOptions } from './index';
import { setAsideAndReplace } from './open';
import { StoreProblem, type RecoveryAction, type StoreProblemInfo } from './problems';

export interface StoreKeeperOptions {
  app: { name: string; version: string };
  /** The shipped resources folder: its samples/ are the sample engagements. */
  resourcesDir: string;
  /** Asks the person for another data folder; null when they cancel. */
  chooseFolder(): Promise<string | null>;
  /** Remembers a data folder the person chose, for the next start. */
  rememberDataDir?: (dir: string) => void;
  /** Reports failures the person cannot act on (the error log). */
  reportError?: StoreOptions['reportError'];
}

/**
 * Keeps the app's one store. A database the app must not open (one from a newer version, a
 * read-only folder, an empty or foreign file) does not stop the app: every store channel
 * answers with the reason, and `problem()` says what the person can do about it, which
 * `recover()` carries out.
 */
export class StoreKeeper {
  private store: Store | undefined;
  private refusal: AppError | undefined;
  private problemInfo: StoreProblemInfo | null = null;

  constructor(
    private dir: string,
    private readonly options: StoreKeeperOptions,
  ) {
    this.open();
  }

  /** The data folder now: recovery may move it. */
  get dataDir(): string {
    return this.dir;
  }

  /** The open store, if it opened. */
  get current(): Store | undefined {
    return this.store;
  }

  /** The open store; throws the reason when it is not open. */
  readonly access = (): Store => {
    if (this.store) return this.store;
    throw this.refusal ?? new AppError('io', 'The database is not open.');
  };

  problem(): StoreProblemInfo | null {
    return this.problemInfo;
  }

  private open(options: { readOnly?: boolean } = {}): void {
    this.store?.close();
    this.store = undefined;
    this.refusal = undefined;
    this.problemInfo = null;
    try {
      this.store = openStore(this.dir, {
        app: this.options.app,
        samplesDir: join(this.options.resourcesDir, 'samples'),
        ...(this.options.reportError ? { reportError: this.options.reportError } : {}),
        ...options,
      });
    } catch (error) {
      if (error instanceof StoreProblem) this.problemInfo = error.problem;
      if (!(error instanceof AppError)) throw error;
      this.refusal = error;
    }
  }

  /** Carries out one of the problem's ways out; answers the problem that remains, if any. */
  async recover(action: RecoveryAction): Promise<{ problem: StoreProblemInfo | null }> {
    const current = this.problemInfo;
    if (!current) return { problem: null };
    if (!current.actions.includes(action)) {
      throw new AppError('invalid_input', 'That is not one of the ways out of this problem.');
    }
    switch (action) {
      case 'restore_backup':
      case 'start_empty':
        setAsideAndReplace(this.dir, action === 'restore_backup', new Date());
        this.open();
        break;
      case 'open_read_only':
        this.open({ readOnly: true });
        break;
      case 'choose_folder': {
        const chosen = await this.options.chooseFolder();
        if (chosen === null) return { problem: current };
        this.dir = chosen;
        this.open();
        if (this.store) this.options.rememberDataDir?.(chosen);
        break;
      }
    }
    return { problem: this.problemInfo };
  }

  close(): void {
    this.store?.close();
  }
}
