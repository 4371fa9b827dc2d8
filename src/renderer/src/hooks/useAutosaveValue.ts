import { useEffect, useState, useSyncExternalStore } from 'react';
import { errorText } from '../api';

export type ValueSaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string };

/**
 * Autosave for a settings document: debounced, one save at a time, the newest value wins, and
 * a failure keeps the edit on screen with a Retry.
 */
class ValueSaver<T> {
  state: ValueSaveState = { kind: 'saved' };
  private waiting: { value: T } | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    private save: (value: T) => Promise<unknown>,
    private readonly delayMs: number,
  ) {}

  /** The save function changes with the props that built it; the newest is used. */
  use(save: (value: T) => Promise<unknown>) {
    this.save = save;
  }

  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(state: ValueSaveState) {
    this.state = state;
    for (const l of this.listeners) l();
  }

  edit(value: T) {
    this.waiting = { value };
    if (!this.busy) this.set({ kind: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(), this.delayMs);
  }

  hold() {
    clearTimeout(this.timer);
    this.waiting = null;
    this.set({ kind: 'invalid' });
  }

  private keep(entry: { value: T }) {
    this.waiting ??= entry;
  }

  async send(): Promise<void> {
    clearTimeout(this.timer);
    const entry = this.waiting;
    if (entry === null || this.busy) return;
    this.waiting = null;
    this.busy = true;
    this.set({ kind: 'saving' });
    try {
      await this.save(entry.value);
      this.busy = false;
      if (this.hasWaiting()) void this.send();
      else this.set({ kind: 'saved' });
    } catch (error) {
      this.busy = false;
      this.keep(entry);
      this.set({ kind: 'error', message: errorText(error) });
    }
  }

  private hasWaiting(): boolean {
    return this.waiting !== null;
  }
}

export function useAutosaveValue<T>(save: (value: T) => Promise<unknown>, delayMs = 600) {
  const [saver] = useState(() => new ValueSaver<T>(save, delayMs));
  useEffect(() => {
    saver.use(save);
  }, [saver, save]);
  // Leaving the screen saves what is waiting.
  useEffect(() => () => void saver.send(), [saver]);
  const state = useSyncExternalStore(saver.subscribe, () => saver.state);
  return { state, edit: (v: T) => saver.edit(v), hold: () => saver.hold(), retry: () => void saver.send() };
}
