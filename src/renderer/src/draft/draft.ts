import type { z } from 'zod';
import { sameData } from '../equal';
import { getAt, insertItem, moveItem, removeItem, setAt, stableKey, updateList } from './paths';
import { lastValidAt, saveable, type Issue } from './repair';

/** A problem the person should hear about: the part it names is not saved until it is fixed. */
export interface Problem {
  path: string;
  message: string;
}

export interface Checked<T> {
  /** What is stored (or on its way): the draft less what the schema refuses. */
  valid: T;
  /** The schema's message for each path of the draft it refuses. */
  issues: ReadonlyMap<string, string>;
  /** What is held back and worth saying: not rows just added and never touched. */
  problems: readonly Problem[];
}

export interface DraftOptions<T> {
  schema: z.ZodType<T>;
  /** A new storable version (differs from the last one handed over). */
  onValid: (doc: T) => void;
  /** The person changed something; a check follows after the pause. */
  onEdit?: () => void;
  /** The check, or an edit that set a value as it already was, found nothing new to store. */
  onUnchanged?: () => void;
  /** The schema pass waits for a pause in typing: on a long plan it costs more than a key should. */
  pauseMs?: number;
}

const NO_ISSUES: ReadonlyMap<string, string> = new Map();

/**
 * A document being edited. It holds what the person typed, exactly; after each pause it
 * checks it against the schema and hands the storable part on, so one unfinished field
 * never stops the rest being saved. Messages show at a field once the person has changed it
 * and left it (or asked to see every problem), never on rows they have not touched yet.
 */
export class Draft<T extends object> {
  private doc: T;
  private state: Checked<T>;
  private issueList: readonly Issue[] = [];
  private touched = new Set<string>();
  private left = new Set<string>();
  private local = new Map<string, { path: string; message: string }>();
  private everything = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private docListeners = new Set<() => void>();
  private checkListeners = new Set<() => void>();

  constructor(
    initial: T,
    private readonly options: DraftOptions<T>,
  ) {
    this.doc = initial;
    this.state = { valid: initial, issues: NO_ISSUES, problems: [] };
  }

  getValues(): T {
    return this.doc;
  }

  get(path: string): unknown {
    return getAt(this.doc, path);
  }

  get checked(): Checked<T> {
    return this.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  };

  subscribeChecked = (listener: () => void): (() => void) => {
    this.checkListeners.add(listener);
    return () => this.checkListeners.delete(listener);
  };

  private replace(next: T, path: string, now: boolean): void {
    if (next === this.doc) {
      // Set as it already is (a slider stepped away and back before resting): nothing to store.
      if (!this.dirty) this.options.onUnchanged?.();
      return;
    }
    this.doc = next;
    this.touched.add(stableKey(next, path));
    for (const l of this.docListeners) l();
    this.dirty = true;
    this.options.onEdit?.();
    clearTimeout(this.timer);
    if (now) this.check();
    else this.timer = setTimeout(() => this.check(), this.options.pauseMs ?? 120);
  }

  /** A field's new value; a value that reads clears what the field said about its text. */
  set(path: string, value: unknown): void {
    const cleared = this.local.delete(stableKey(this.doc, path));
    this.replace(setAt(this.doc, path, value), path, false);
    if (cleared) this.publish();
  }

  /** Rows added, removed or moved are checked at once, so messages stay on the right row. */
  insert(path: string, item: unknown, index?: number): void {
    this.replace(
      updateList(this.doc, path, (list) => insertItem(list, item, index)),
      path,
      true,
    );
  }

  remove(path: string, index: number): void {
    this.replace(
      updateList(this.doc, path, (list) => removeItem(list, index)),
      path,
      true,
    );
  }

  reorder(path: string, from: number, to: number): void {
    this.replace(
      updateList(this.doc, path, (list) => moveItem(list, from, to)),
      path,
      true,
    );
  }

  /**
   * A field whose text cannot be read as a value (an amount, a date) says why here, and null
   * when it reads again. Meanwhile the document holds the field's last valid value: not "48"
   * read on the way to "48,500", but what was stored before the typo.
   */
  setFieldProblem(path: string, message: string | null): void {
    const key = stableKey(this.doc, path);
    const had = this.local.get(key);
    if (message === null ? !had : had?.message === message) return;
    if (message === null) this.local.delete(key);
    else {
      this.local.set(key, { path, message });
      this.touched.add(key);
      const stored = lastValidAt(this.doc, this.state.valid, path);
      if (stored && !Object.is(stored.value, getAt(this.doc, path))) {
        this.doc = setAt(this.doc, path, stored.value);
        for (const l of this.docListeners) l();
        this.dirty = true;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.check(), this.options.pauseMs ?? 120);
      }
    }
    this.publish();
  }

  /** The person left a field: its message shows from now on, if it has one and they changed it. */
  leave(path: string): void {
    const key = stableKey(this.doc, path);
    if (!this.touched.has(key) || this.left.has(key)) return;
    this.left.add(key);
    this.shown();
  }

  /** "Show me": every message, on every field. */
  revealAll(): void {
    if (this.everything) return;
    this.everything = true;
    this.state = { ...this.state, problems: this.problems() };
    this.shown();
  }

  /** The message a field shows now, if any. */
  errorFor(path: string): string | undefined {
    const key = stableKey(this.doc, path);
    if (!this.everything && !this.left.has(key)) return undefined;
    return this.local.get(key)?.message ?? this.state.issues.get(path);
  }

  /** Runs the pending check now (before a save that cannot wait for the pause). */
  check(): void {
    clearTimeout(this.timer);
    if (!this.dirty) return;
    this.dirty = false;
    const before = this.state.valid;
    const result = saveable(this.options.schema, this.doc, before);
    this.issueList = result.issues;
    this.state = {
      valid: result.doc,
      issues: result.issues.length === 0 ? NO_ISSUES : new Map(result.issues.map((i) => [i.path, i.message])),
      problems: this.problems(),
    };
    if (sameData(result.doc, before)) {
      this.state = { ...this.state, valid: before };
      this.options.onUnchanged?.();
    } else {
      this.options.onValid(result.doc);
    }
    for (const l of this.checkListeners) l();
  }

  private touchedUnder(key: string): boolean {
    for (const t of this.touched) if (t === key || t.startsWith(`${key}.`)) return true;
    return false;
  }

  private problems(): Problem[] {
    const out: Problem[] = [...this.local.values()];
    const seen = new Set(out.map((p) => p.path));
    for (const issue of this.issueList) {
      if (seen.has(issue.path)) continue;
      if (!this.everything && issue.newRow !== null && !this.touchedUnder(issue.newRow)) continue;
      out.push({ path: issue.path, message: issue.message });
    }
    return out;
  }

  /** What is shown changed (not what is checked): a new state, so whoever renders it redraws. */
  private shown(): void {
    this.state = { ...this.state };
    for (const l of this.checkListeners) l();
  }

  private publish(): void {
    this.state = { ...this.state, problems: this.problems() };
    for (const l of this.checkListeners) l();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
