import { scopePrepared, type PreparedSizing, type Scope } from '@shared/scoping';

/**
 * The longest a budget sized ahead waits for the page to fall idle, in ms: a page with frames
 * to draw may not, and the next key press can come a tenth of a second later.
 */
const IDLE_WAIT = { timeout: 50 };

/** Budgets kept per preparation: a walk along the slider and back. */
const KEPT = 16;

/**
 * The plan scoped at the budgets the slider tries, for one preparation (one stored version of
 * the engagement). A budget tried before, or sized ahead while the page was idle, is drawn in
 * the key press's own frame without sizing it again.
 */
export class TriedScopes {
  private readonly kept = new Map<number, Scope>();

  constructor(private readonly prepared: PreparedSizing) {}

  has(budgetCents: number): boolean {
    return this.kept.has(budgetCents);
  }

  at(budgetCents: number): Scope {
    const scope = this.kept.get(budgetCents) ?? scopePrepared(this.prepared, budgetCents);
    // Newest last, so the first key is the budget tried longest ago.
    this.kept.delete(budgetCents);
    this.kept.set(budgetCents, scope);
    if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value as number);
    return scope;
  }

  /**
   * Sizes `budgets` ahead, one per idle period of the page, so a key press that comes later
   * finds them ready. Returns the cancel.
   */
  sizeWhenIdle(budgets: readonly number[]): () => void {
    const queue = budgets.filter((b) => !this.has(b));
    let handle: number | undefined;
    const next = () => {
      const budget = queue.shift();
      if (budget === undefined) return;
      handle = requestIdleCallback(() => {
        if (!this.has(budget)) this.at(budget);
        next();
      }, IDLE_WAIT);
    };
    next();
    return () => {
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }
}
