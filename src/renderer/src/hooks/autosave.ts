import { useEffect, useState, useSyncExternalStore } from 'react';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  /** Something was edited and is on its way to a save. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retryAt: number | null }
  /** The stored copy changed elsewhere; nothing is saved until the person chooses. */
  | { kind: 'conflict'; message: string };

/** Writes one value; answers when it was stored (an ISO time), or null if it does not say. */
export type SaveFn<T> = (value: T) => Promise<string | null>;

export interface AutosaveOptions {
  delayMs?: number;
  /** Which failures mean "changed elsewhere": those stop retrying until resume(). */
  isConflict?: (error: unknown) => boolean;
}

const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];
const CONFLICT_MESSAGE =
  'This was changed somewhere else (another window or an import) since it was opened here.';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one autosave: every document the app edits (an engagement, the settings) saves through
 * it. Edits are debounced, one save is in flight at a time and the newest value waiting
 * behind it replaces older ones; a failed save keeps the value, says why and retries with
 * back-off; a conflict stops saving until the person decides. It only ever receives values
 * that can be stored: deciding that is the draft's job.
 */
export class Autosave<T> {
  private waiting: { value: T } | null = null;
  private inFlight = false;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private editing = false;
  private beforeFlush: (() => void) | null = null;
  private idleWaiters: (() => void)[] = [];
  private listeners = new Set<() => void>();
  private current: SaveState;
  private readonly delayMs: number;
  private readonly isConflict: (error: unknown) => boolean;

  constructor(
    private saveFn: SaveFn<T>,
    options: AutosaveOptions & { savedAt?: string | null } = {},
  ) {
    this.delayMs = options.delayMs ?? 400;
    this.isConflict = options.isConflict ?? (() => false);
    this.current = { kind: 'saved', at: options.savedAt ?? null };
  }

  get state(): SaveState {
    return this.current;
  }

  /** True while something edited has not reached storage. */
  get hasUnsaved(): boolean {
    return this.waiting !== null || this.inFlight || this.editing;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The save function changes with what built it; the newest is used. */
  use(save: SaveFn<T>): void {
    this.saveFn = save;
  }

  /** Runs first on every flush: whoever still holds an unchecked edit hands it over here. */
  setBeforeFlush(fn: (() => void) | null): void {
    this.beforeFlush = fn;
  }

  private set(state: SaveState): void {
    this.current = state;
    for (const l of this.listeners) l();
  }

  /** Typing has started; a value (or word that nothing changed) follows after a pause. */
  touch(): void {
    this.editing = true;
    if (this.current.kind === 'saved') this.set({ kind: 'pending' });
  }

  /** The edit came to nothing that needs saving (typed and put back, or refused). */
  settle(): void {
    this.editing = false;
    if (this.current.kind === 'pending' && !this.waiting && !this.inFlight)
      this.set({ kind: 'saved', at: null });
  }

  /** A new value to store. */
  edit(value: T): void {
    this.editing = false;
    this.waiting = { value };
    if (this.current.kind === 'conflict') return;
    clearTimeout(this.retryTimer);
    if (!this.inFlight) this.set({ kind: 'pending' });
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.send(), this.delayMs);
  }

  /** Saves now (step change, window blur, Ctrl+S, before export); resolves once stored or failed. */
  async flush(): Promise<void> {
    this.beforeFlush?.();
    clearTimeout(this.debounce);
    if (this.inFlight) {
      await this.idle();
      if (this.waiting && this.current.kind !== 'conflict') await this.send();
      return;
    }
    await this.send();
  }

  retry(): void {
    clearTimeout(this.retryTimer);
    void this.send();
  }

  /** After a conflict the person chose to keep theirs: save again (with whatever base the save fn now uses). */
  resume(): void {
    if (this.current.kind !== 'conflict') return;
    this.set({ kind: 'pending' });
    void this.send();
  }

  /** Leaving the screen: whatever is waiting is still saved. */
  dispose(): void {
    this.beforeFlush?.();
    clearTimeout(this.retryTimer);
    if (this.waiting && this.current.kind !== 'conflict') void this.flush();
  }

  /** Whether a newer value arrived while a save was in flight (read after an await). */
  private hasWaiting(): boolean {
    return this.waiting !== null;
  }

  private idle(): Promise<void> {
    if (!this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async send(): Promise<void> {
    clearTimeout(this.debounce);
    const entry = this.waiting;
    if (!entry || this.inFlight || this.current.kind === 'conflict') return;
    this.waiting = null;
    this.inFlight = true;
    this.set({ kind: 'saving' });
    try {
      const at = await this.saveFn(entry.value);
      this.attempt = 0;
      this.inFlight = false;
      if (this.hasWaiting()) {
        this.set({ kind: 'pending' });
        this.debounce = setTimeout(() => void this.send(), this.delayMs);
      } else {
        this.set(this.editing ? { kind: 'pending' } : { kind: 'saved', at });
      }
    } catch (error) {
      this.inFlight = false;
      // Keep the failed value for the retry, unless a newer one arrived meanwhile.
      this.waiting ??= entry;
      if (this.isConflict(error)) {
        this.set({ kind: 'conflict', message: CONFLICT_MESSAGE });
      } else {
        const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        this.attempt++;
        this.set({ kind: 'error', message: messageOf(error), retryAt: Date.now() + delay });
        this.retryTimer = setTimeout(() => void this.send(), delay);
      }
    } finally {
      if (!this.inFlight) {
        const waiters = this.idleWaiters;
        this.idleWaiters = [];
        for (const w of waiters) w();
      }
    }
  }
}

/** An Autosave for the life of a component, and its state for rendering. */
export function useAutosave<T>(save: SaveFn<T>, options: AutosaveOptions = {}) {
  const [saver] = useState(() => new Autosave<T>(save, options));
  useEffect(() => {
    saver.use(save);
  }, [saver, save]);
  useEffect(() => () => saver.dispose(), [saver]);
  const state = useSyncExternalStore(saver.subscribe, () => saver.state);
  return { saver, state };
}
