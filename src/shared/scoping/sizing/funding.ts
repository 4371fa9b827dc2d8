import type { Discount } from '../../domain';
import { CapacityLedger, type CapacityBreak } from '../capacity';
import { discountCents } from '../costing';
import { subtotalCents } from '../pricing';
import { followerGroups, sizeAt, type Size } from './ladder';
import type { PreparedLine, PreparedSizing } from './prepare';
import { SourceLedger } from './sources';

/**
 * What the funded phase holds so far, as sizing builds it: each line's place on its ladder and
 * its size, the money spent, the calendar days taken, and why lines wait. Changes are tried
 * before they are applied: `obstacle` says what would stop them (the calendar first, then the
 * budget, then the funding sources that may pay for them), `apply` makes them count.
 */

/** A reason kept as data while sizing; turned into words only for the phase people read. */
export type Pending =
  | { code: 'pinned_deferred' }
  | { code: 'dependency_deferred'; blocking: number }
  | { code: 'follow_up'; blocking: number; inner: Pending }
  | { code: 'follows_leader'; blocking: number }
  | { code: 'calendar_closed'; bucket: number; month: number }
  | { code: 'budget'; needCents: number; leftCents: number }
  /** The sources that may pay for the work cannot pay its `needCents` (before any discount) too. */
  | { code: 'sources'; line: number; needCents: number }
  /** No funding source may pay for line `line` (at the size tried). */
  | { code: 'no_source'; line: number; groups: number }
  | { code: 'dates'; need: number; available: number }
  | CapacityBreak;

/** One line moving from one size to another. */
export interface Change {
  item: PreparedLine;
  from: Size;
  to: Size;
}

/** Days a line's sessions take when each concurrent consultant-led group needs its own facilitator. */
export function sessionDays(prep: PreparedSizing, item: PreparedLine, size: Size): number {
  const cap = prep.facilitatorsPerDay;
  if (!item.consultantLed || cap === null || size.groups <= cap) return size.count;
  return Math.max(size.count, Math.ceil((size.count * size.groups) / cap));
}

/** District PD days a line takes: one per session, more when the facilitators must spread its cohorts. */
export function pdDaysNeeded(prep: PreparedSizing, item: PreparedLine, size: Size): number {
  if (!item.usesPdDays || size.groups === 0) return 0;
  return sessionDays(prep, item, size);
}

/** Consultant visit days a line takes; the schedule places the same days. */
export function visitDaysNeeded(item: PreparedLine, size: Size): number {
  return item.visitUnitsPerDay === 0 ? 0 : Math.ceil((size.count * size.groups) / item.visitUnitsPerDay);
}

function totalAfterDiscount(subtotal: number, discount: Discount): number {
  return subtotal - discountCents(subtotal, discount);
}

/** One ledger of sources per preparation, so the slider's rounds share what it has worked out. */
const ledgers = new WeakMap<PreparedSizing, SourceLedger | null>();
export function sourceLedgerOf(prep: PreparedSizing): SourceLedger | null {
  let ledger = ledgers.get(prep);
  if (ledger === undefined) {
    ledger = prep.engagement.budget.fundingSources.length > 0 ? new SourceLedger(prep) : null;
    ledgers.set(prep, ledger);
  }
  return ledger;
}

export class FundingState {
  readonly items: readonly PreparedLine[];
  /** Ladder position per item; -1 when nothing is funded. */
  readonly position: Int32Array;
  readonly groups: Int32Array;
  readonly counts: Int32Array;
  /** 1 once a line is funded or held back in this round. */
  readonly decided: Uint8Array;
  readonly reasons: (Pending | null)[];
  readonly notes: (string | null)[];
  readonly ledger: CapacityLedger;
  spent = 0;
  private readonly datesFree: number[];
  private readonly discount: Discount;
  readonly sources: SourceLedger | null;
  /** What the sources cannot pay of the funded phase as it stands (a pin may ask past them). */
  private unpaid: number | null = 0;
  /** Money found once the plan was costed (shared trips): sizing's prices overstate the work by it. */
  private slack = 0;

  constructor(
    readonly prep: PreparedSizing,
    private budget: number,
  ) {
    const n = prep.items.length;
    this.items = prep.items;
    this.position = new Int32Array(n).fill(-1);
    this.groups = new Int32Array(n);
    this.counts = new Int32Array(n);
    this.decided = new Uint8Array(n);
    this.reasons = new Array<Pending | null>(n).fill(null);
    this.notes = new Array<string | null>(n).fill(null);
    this.ledger = new CapacityLedger(prep.buckets);
    this.discount = prep.discount;
    this.sources = sourceLedgerOf(prep);
    const monthOf = new Map(prep.fundedCalendar.months.map((m, k) => [m.month, k]));
    this.datesFree = prep.items.map(
      (item) => item.dates.filter((d) => (monthOf.get(d.slice(0, 7)) ?? -1) >= item.earliest).length,
    );
  }

  current(i: number): Size {
    return { groups: this.groups[i] ?? 0, count: this.counts[i] ?? 0 };
  }

  isFunded(i: number): boolean {
    return (this.position[i] ?? -1) >= 0;
  }

  moneyFits(extra: number): boolean {
    return totalAfterDiscount(this.spent + extra, this.discount) <= this.budget;
  }

  moneyLeft(): number {
    return Math.max(0, this.budget - totalAfterDiscount(this.spent, this.discount));
  }

  cost(item: PreparedLine, size: Size): number {
    return size.groups === 0 ? 0 : subtotalCents(item.pricing, size.groups, size.count);
  }

  /** The size `item` takes at ladder position `p`; a follow-up's groups follow its training's. */
  sizeOf(item: PreparedLine, p: number, leaderGroups?: number): Size {
    const own = sizeAt(item, p);
    if (item.leader < 0) return own;
    const lg = leaderGroups ?? this.groups[item.leader] ?? 0;
    return { groups: followerGroups(this.items, item, lg, own.groups), count: own.count };
  }

  /** The changes of moving `i` to position `p`, with the groups its funded follow-ups must follow. */
  moveTo(i: number, p: number, out: Change[] = [], leaderGroups?: number): Change[] {
    const item = this.items[i];
    if (!item) return out;
    const to = this.sizeOf(item, p, leaderGroups);
    out.push({ item, from: this.current(i), to });
    for (const f of item.followers) {
      const fp = this.position[f] ?? -1;
      if (fp >= 0) this.moveTo(f, fp, out, to.groups);
    }
    return out;
  }

  extraCost(changes: readonly Change[]): number {
    return changes.reduce((s, c) => s + this.cost(c.item, c.to) - this.cost(c.item, c.from), 0);
  }

  private stage(changes: readonly Change[]): void {
    for (const c of changes) {
      this.ledger.stage(
        c.item.bucket,
        c.item.earliest,
        pdDaysNeeded(this.prep, c.item, c.to) - pdDaysNeeded(this.prep, c.item, c.from),
        visitDaysNeeded(c.item, c.to) - visitDaysNeeded(c.item, c.from),
      );
    }
  }

  private datesBreak(changes: readonly Change[]): Pending | null {
    for (const c of changes) {
      if (c.item.line.dates.length === 0 || c.to.groups === 0) continue;
      const need = sessionDays(this.prep, c.item, c.to);
      const available = this.datesFree[c.item.index] ?? 0;
      if (need > available) return { code: 'dates', need, available };
    }
    return null;
  }

  /** What would stop the changes: the calendar first, then the money; null when they fit. */
  obstacle(changes: readonly Change[]): Pending | null {
    const dates = this.datesBreak(changes);
    if (dates) return dates;
    this.ledger.clear();
    this.stage(changes);
    const broken = this.ledger.check();
    this.ledger.clear();
    if (broken) return broken;
    const extra = this.extraCost(changes);
    if (!this.moneyFits(extra)) return { code: 'budget', needCents: extra, leftCents: this.moneyLeft() };
    return this.sourcesBreak(changes);
  }

  /** What the sources cannot pay of the funded phase with `changes` made (none: as it stands). */
  private shortfall(changes: readonly Change[] = []): number {
    const ledger = this.sources;
    if (!ledger) return 0;
    const groups = new Map<number, number>();
    const costs = new Map<number, number>();
    this.items.forEach((item, i) => {
      const g = this.groups[i] ?? 0;
      if (g > 0) {
        groups.set(i, g);
        costs.set(i, this.cost(item, this.current(i)));
      }
    });
    for (const c of changes) {
      groups.set(c.item.index, c.to.groups);
      costs.set(c.item.index, this.cost(c.item, c.to));
    }
    return ledger.shortfall(ledger.demand(costs), (i) => groups.get(i) ?? 0);
  }

  /** Whether the sources that may pay for the changed work can pay for it too. */
  private sourcesBreak(changes: readonly Change[]): Pending | null {
    const ledger = this.sources;
    if (!ledger) return null;
    for (const c of changes) {
      const grows = this.cost(c.item, c.to) > this.cost(c.item, c.from);
      if (grows && c.to.groups > 0 && ledger.unpayable(c.item, c.to.groups))
        return { code: 'no_source', line: c.item.index, groups: c.to.groups };
    }
    // Money any source may pay for covers it all: nothing else to check.
    if (
      totalAfterDiscount(this.spent + this.extraCost(changes), this.discount) <=
      ledger.universalCents + this.slack
    )
      return null;
    this.unpaid ??= this.shortfall();
    const need = this.shortfall(changes) - Math.max(this.unpaid, this.slack);
    if (need <= 0) return null;
    const grown = changes.find((c) => this.cost(c.item, c.to) > this.cost(c.item, c.from)) ?? changes[0];
    return { code: 'sources', line: grown?.item.index ?? -1, needCents: this.extraCost(changes) };
  }

  /** Makes the changes count, whether or not they fit (a pin may push past the budget). */
  apply(changes: readonly Change[]): void {
    this.ledger.clear();
    this.stage(changes);
    this.ledger.commit();
    this.spent += this.extraCost(changes);
    this.unpaid = null;
    for (const c of changes) {
      this.groups[c.item.index] = c.to.groups;
      this.counts[c.item.index] = c.to.count;
    }
  }

  defer(i: number, reason: Pending): void {
    this.decided[i] = 1;
    this.reasons[i] = reason;
  }

  /** A line deferred earlier is open to funding again. */
  reopen(i: number): void {
    this.decided[i] = 0;
    this.reasons[i] = null;
  }

  /** More money to spend than the round began with. */
  allow(cents: number): void {
    this.budget += cents;
    this.slack += cents;
  }
}
