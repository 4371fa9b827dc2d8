import type { Db } from './database';
import { checkFileInSteps, checkFileInWorker } from './integrity';

export interface LateCheckTarget {
  dbPath: string;
  /** The live connection, for the fallback that checks on this thread. */
  db(): Db;
  closed(): boolean;
  /** Called with what a finished check found, when it found anything and the store is open. */
  onDamage(problems: string[]): void;
  /** Failures the person cannot act on (the error log). */
  reportError(source: string, error: unknown): void;
}

/**
 * The integrity check of a file too large to check before use, in a worker thread with a
 * read-only connection of its own (one table per turn of the event loop here if no worker
 * can start). Started just after opening, off this thread: the first screen's calls never
 * wait for it.
 */
export class LateCheck {
  private pending = false;
  private result: Promise<string[]> | undefined;
  private stopWorker: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly target: LateCheckTarget) {}

  /** Schedules the check when `pending` (the file was not checked before use). */
  schedule(pending: boolean): void {
    this.pending = pending;
    if (this.timer) clearTimeout(this.timer);
    if (!this.pending) return;
    this.timer = setTimeout(() => {
      this.run().catch((error: unknown) => {
        console.error('[store] integrity check failed to run', error);
        this.target.reportError('integrity-check', error);
      });
    }, 0);
    this.timer.unref();
  }

  /** Runs the scheduled check now (or answers the one already run); resolves to the problems found. */
  run(): Promise<string[]> {
    if (!this.pending) return this.result ?? Promise.resolve([]);
    this.pending = false;
    if (this.timer) clearTimeout(this.timer);
    this.result = this.check();
    return this.result;
  }

  /** Stops a check under way (the store is closing, or its file is being replaced). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.stopWorker?.();
  }

  private async check(): Promise<string[]> {
    const job = checkFileInWorker(this.target.dbPath);
    // Stopped on purpose, the worker's ending is expected: no failure to report.
    const stopped = { yes: false };
    this.stopWorker = () => {
      stopped.yes = true;
      job.stop();
    };
    let problems: string[];
    try {
      problems = await job.result;
    } catch (error) {
      if (this.target.closed()) return [];
      console.warn('[store] the integrity check could not run in a worker; checking here instead', error);
      if (!stopped.yes) this.target.reportError('integrity-worker', error);
      problems = await checkFileInSteps(this.target.db(), () => this.target.closed());
    } finally {
      this.stopWorker = undefined;
    }
    if (problems.length > 0 && !this.target.closed()) this.target.onDamage(problems);
    return problems;
  }
}
