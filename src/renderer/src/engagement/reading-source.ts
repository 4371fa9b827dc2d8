import type { Engagement } from '@shared/domain';
import { scopeEngagement, type Scope, type SizedLine } from '@shared/scoping';

/**
 * The engine's reading of the stored version of the engagement. It is worked out in its own
 * task just after a check, so a pause in typing never runs the schema and the engine back to
 * back in one long stretch. (src/shared's type for it is still named Scope; in the app,
 * "scope" is the scope of work.)
 */
export class ReadingSource {
  current: Scope;
  private source: Engagement;
  private byLine: ReadonlyMap<string, SizedLine> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(engagement: Engagement) {
    this.source = engagement;
    this.current = scopeEngagement(engagement);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The stored version changed: size it again, soon. */
  update(engagement: Engagement): void {
    if (engagement === this.source) return;
    this.source = engagement;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.current = scopeEngagement(this.source);
      this.byLine = null;
      for (const l of this.listeners) l();
    }, 0);
  }

  /** One line's sizing, for rows that show only their own. */
  sized(lineId: string): SizedLine | undefined {
    this.byLine ??= new Map(this.current.sizing.lines.map((l) => [l.lineId, l]));
    return this.byLine.get(lineId);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
