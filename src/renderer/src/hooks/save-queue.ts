import type { Engagement } from '../../../shared/domain';
import { ApiError, errorText } from '../api';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The edit does not pass the schema yet, so it is kept on screen and not sent. */
  | { kind: 'invalid'; problems: readonly Problem[] }
  | { kind: 'error'; message: string; retryAt: number | null }
  | { kind: 'conflict'; message: string };

export interface Problem {
  /** Form path, e.g. "client.contacts.0.name". */
  path: string;
  message: string;
}

export type SaveFn = (
  engagement: Engagement,
  baseVersion: number,
) => Promise<{ version: number; updatedAt: string }>;

const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * Autosave for one engagement: edits are debounced, one save is in flight at a time, and the
 * newest edit waiting behind it replaces older ones. A failed save keeps the edit, says why and
 * retries with back-off; a conflict stops saving until the person decides.
 */
export class SaveQueue {
  private waiting: Engagement | null = null;
  private inFlight = false;
  private flushAfterFlight = false;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private listeners = new Set<() => void>();
  private current: SaveState;

  constructor(
    private version: number,
    updatedAt: string,
    private readonly save: SaveFn,
    private readonly delayMs = 600,
  ) {
    this.current = { kind: 'saved', at: updatedAt };
  }

  get state(): SaveState {
    return this.current;
  }

  get baseVersion(): number {
    return this.version;
  }

  /** True while something typed has not reached the database. */
  get hasUnsaved(): boolean {
    return this.waiting !== null || this.inFlight || this.current.kind === 'invalid';
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: SaveState): void {
    this.current = state;
    for (const l of this.listeners) l();
  }

  /** A new valid version of the engagement to save. */
  edit(engagement: Engagement): void {
    this.waiting = engagement;
    this.expecting = false;
    if (this.current.kind === 'conflict') return;
    clearTimeout(this.retryTimer);
    if (!this.inFlight) this.set({ kind: 'pending' });
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.send(), this.delayMs);
  }

  /** An edit is on its way (a what-if being tried): the indicator stops saying "Saved". */
  touch(): void {
    this.expecting = true;
    if (this.current.kind === 'saved') this.set({ kind: 'pending' });
  }

  private expecting = false;

  /** The edit on screen cannot be saved until these are fixed. */
  hold(problems: readonly Problem[]): void {
    clearTimeout(this.debounce);
    this.expecting = false;
    if (this.current.kind === 'conflict') return;
    // An older valid edit still queued would overwrite nothing useful; the screen holds the newest.
    this.waiting = null;
    if (!this.inFlight) this.set({ kind: 'invalid', problems });
    else this.heldProblems = problems;
  }

  private heldProblems: readonly Problem[] | null = null;

  private beforeFlush: (() => void) | null = null;

  /** Runs first on every flush: whoever still holds an unchecked edit hands it over here. */
  setBeforeFlush(fn: (() => void) | null): void {
    this.beforeFlush = fn;
  }

  /** Saves now: on step change, window blur, Ctrl+S, before export. Resolves when the database has it. */
  async flush(): Promise<void> {
    this.beforeFlush?.();
    clearTimeout(this.debounce);
    if (this.inFlight) {
      this.flushAfterFlight = true;
      await this.idle();
      return;
    }
    await this.send();
  }

  retry(): void {
    clearTimeout(this.retryTimer);
    void this.send();
  }

  /** After a conflict: continue from the version now in the database (the person chose to keep theirs). */
  rebase(version: number): void {
    this.version = version;
    this.set({ kind: 'pending' });
    void this.send();
  }

  dispose(): void {
    this.beforeFlush?.();
    // Whatever is waiting is still saved: leaving the screen must not lose the last keystrokes.
    if (this.waiting && this.current.kind !== 'conflict') void this.flush();
  }

  private idleWaiters: (() => void)[] = [];
  private idle(): Promise<void> {
    if (!this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private hasWaiting(): boolean {
    return this.waiting !== null;
  }

  /** Keeps a failed edit for the retry, unless a newer one arrived meanwhile. */
  private keep(doc: Engagement): void {
    this.waiting ??= doc;
  }

  private async send(): Promise<void> {
    clearTimeout(this.debounce);
    const doc = this.waiting;
    if (!doc || this.inFlight || this.current.kind === 'conflict') return;
    this.waiting = null;
    this.inFlight = true;
    this.set({ kind: 'saving' });
    try {
      const saved = await this.save(doc, this.version);
      this.version = saved.version;
      this.attempt = 0;
      this.inFlight = false;
      if (this.heldProblems) {
        const problems = this.heldProblems;
        this.heldProblems = null;
        this.set({ kind: 'invalid', problems });
      } else if (this.hasWaiting()) {
        if (this.flushAfterFlight) void this.send();
        else {
          this.set({ kind: 'pending' });
          this.debounce = setTimeout(() => void this.send(), this.delayMs);
        }
      } else if (this.expecting) {
        this.set({ kind: 'pending' });
      } else {
        this.set({ kind: 'saved', at: saved.updatedAt });
      }
    } catch (error) {
      this.inFlight = false;
      this.keep(doc);
      if (error instanceof ApiError && error.code === 'conflict') {
        this.set({
          kind: 'conflict',
          message:
            'This engagement was changed somewhere else (another window or an import) since it was opened here.',
        });
      } else {
        const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        this.attempt++;
        this.set({ kind: 'error', message: errorText(error), retryAt: Date.now() + delay });
        this.retryTimer = setTimeout(() => void this.send(), delay);
      }
    } finally {
      this.flushAfterFlight = false;
      if (!this.inFlight) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  }
}
