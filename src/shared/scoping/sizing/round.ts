import type { Discount } from '../../domain';
import { CapacityLedger, type CapacityBreak } from '../capacity';
import { discountCents, subtotalCents } from '../costing';
import { followerGroups, sizeAt, type PreparedLine, type PreparedSizing, type Size } from './prepare';

/**
 * The funded phase, decided the way a senior consultant would: lines kept by hand first; then
 * essentials, high and optional lines in turn, each at its smallest useful size together with
 * what it depends on and the follow-up that must go with it; then the trimmed lines of that
 * priority grow back together toward the north star. A lower priority starts only when every
 * line above it is funded in full or held back by something money cannot fix, so nothing
 * optional is bought while an essential waits for money.
 */

/** A reason kept as data during the round; turned into words only for the phase people read. */
export type Pending =
  | { code: 'pinned_deferred' }
  | { code: 'dependency_deferred'; blocking: number }
  | { code: 'follow_up'; blocking: number; inner: Pending }
  | { code: 'follows_leader'; blocking: number }
  | { code: 'calendar_closed'; bucket: number; month: number }
  | { code: 'budget'; needCents: number; leftCents: number }
  | { code: 'waits_for_higher'; tier: number; needCents: number }
  | { code: 'dates'; need: number; available: number }
  | CapacityBreak;

export interface RoundResult {
  /** Ladder position per item; -1 when nothing is funded. */
  position: Int32Array;
  groups: Int32Array;
  counts: Int32Array;
  reasons: (Pending | null)[];
  notes: (string | null)[];
  spentCents: number;
  pdDaysUsed: number;
  visitDaysUsed: number;
}

interface Change {
  item: PreparedLine;
  from: Size;
  to: Size;
}

function totalAfterDiscount(subtotal: number, discount: Discount): number {
  return subtotal - discountCents(subtotal, discount);
}

/** District PD days a line takes: one per session, more when the consultancy's facilitators must spread its cohorts. */
export function pdDaysNeeded(prep: PreparedSizing, item: PreparedLine, size: Size): number {
  if (!item.usesPdDays || size.groups === 0) return 0;
  return sessionDays(prep, item, size);
}

/** Days a line's sessions take when each concurrent consultant-led group needs its own facilitator. */
export function sessionDays(prep: PreparedSizing, item: PreparedLine, size: Size): number {
  const cap = prep.facilitatorsPerDay;
  if (!item.consultantLed || cap === null || size.groups <= cap) return size.count;
  return Math.max(size.count, Math.ceil((size.count * size.groups) / cap));
}

/** Consultant visit days a line takes; the schedule places the same days. */
export function visitDaysNeeded(item: PreparedLine, size: Size): number {
  return item.visitUnitsPerDay === 0 ? 0 : Math.ceil((size.count * size.groups) / item.visitUnitsPerDay);
}

export function sizeRound(prep: PreparedSizing, budget: number): RoundResult {
  const { items, order, discount } = prep;
  const n = items.length;
  const position = new Int32Array(n).fill(-1);
  const groups = new Int32Array(n);
  const counts = new Int32Array(n);
  const decided = new Uint8Array(n);
  const reasons: (Pending | null)[] = new Array<Pending | null>(n).fill(null);
  const notes: (string | null)[] = new Array<string | null>(n).fill(null);
  const ledger = new CapacityLedger(prep.buckets);
  const datesFree = items.map((item) => item.dates.filter((d) => monthOf(prep, d) >= item.earliest).length);
  let spent = 0;

  const current = (i: number): Size => ({ groups: groups[i] ?? 0, count: counts[i] ?? 0 });
  const moneyFits = (extra: number) => totalAfterDiscount(spent + extra, discount) <= budget;
  const moneyLeft = () => Math.max(0, budget - totalAfterDiscount(spent, discount));
  const cost = (item: PreparedLine, size: Size) =>
    size.groups === 0 ? 0 : subtotalCents(item.pricing, size.groups, size.count);

  /** The change of moving `i` to ladder position `p`, with the groups its followers must follow. */
  const moveTo = (i: number, p: number, out: Change[], leaderGroups?: number): void => {
    const item = items[i];
    if (!item) return;
    let to = sizeAt(item, p);
    if (item.leader >= 0) {
      const lg = leaderGroups ?? groups[item.leader] ?? 0;
      to = { groups: followerGroups(items, item, lg, to.groups), count: to.count };
    }
    out.push({ item, from: current(i), to });
    for (const f of item.followers) {
      const fp = position[f] ?? -1;
      if (fp >= 0) moveTo(f, fp, out, to.groups);
    }
  };

  const extraCost = (changes: readonly Change[]) =>
    changes.reduce((s, c) => s + cost(c.item, c.to) - cost(c.item, c.from), 0);

  const stage = (changes: readonly Change[]) => {
    for (const c of changes) {
      ledger.stage(
        c.item.bucket,
        c.item.earliest,
        pdDaysNeeded(prep, c.item, c.to) - pdDaysNeeded(prep, c.item, c.from),
        visitDaysNeeded(c.item, c.to) - visitDaysNeeded(c.item, c.from),
      );
    }
  };

  const datesBreak = (changes: readonly Change[]): Pending | null => {
    for (const c of changes) {
      if (c.item.line.dates.length === 0 || c.to.groups === 0) continue;
      const need = sessionDays(prep, c.item, c.to);
      const available = datesFree[c.item.index] ?? 0;
      if (need > available) return { code: 'dates', need, available };
    }
    return null;
  };

  /** What would stop the changes: the calendar first, then the money; null when they fit. */
  const obstacle = (changes: readonly Change[]): Pending | null => {
    const dates = datesBreak(changes);
    if (dates) return dates;
    ledger.clear();
    stage(changes);
    const broken = ledger.check();
    ledger.clear();
    if (broken) return broken;
    const extra = extraCost(changes);
    return moneyFits(extra) ? null : { code: 'budget', needCents: extra, leftCents: moneyLeft() };
  };

  const apply = (changes: readonly Change[]) => {
    ledger.clear();
    stage(changes);
    ledger.commit();
    spent += extraCost(changes);
    for (const c of changes) {
      groups[c.item.index] = c.to.groups;
      counts[c.item.index] = c.to.count;
    }
  };

  /** Whether a follow-up waits on work that is deferred, or lies after the budget's window. */
  const blockedBundle = (f: number): boolean => {
    const seen = new Set<number>([f]);
    const stack = [...(items[f]?.deps ?? [])];
    while (stack.length > 0) {
      const d = stack.pop() ?? -1;
      if (seen.has(d)) continue;
      seen.add(d);
      const dep = items[d];
      if (!dep) continue;
      if ((position[d] ?? -1) < 0 && (decided[d] === 1 || !dep.fundable || dep.line.pin === 'deferred'))
        return true;
      stack.push(...dep.deps);
    }
    return false;
  };

  /**
   * The lines funding `i` brings along: what it depends on, the training it follows up, and the
   * follow-ups of each, deepest first. Returns what blocks them instead, if anything does.
   */
  const members: number[] = [];
  const bundleOf = (i: number, force = false): Pending | null => {
    members.length = 0;
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const cur = stack.pop() ?? i;
      const item = items[cur];
      if (!item) continue;
      const needs = [...item.deps, ...(item.leader >= 0 ? [item.leader] : []), ...item.followers];
      for (const d of needs) {
        if (seen.has(d)) continue;
        seen.add(d);
        const dep = items[d];
        if (!dep || (position[d] ?? -1) >= 0) continue;
        const isFollower = item.followers.includes(d);
        const depBlocked = isFollower && force ? blockedBundle(d) : false;
        // A line kept by hand goes ahead without a follow-up that cannot come.
        if (depBlocked || (isFollower && force && (decided[d] === 1 || !dep.fundable))) continue;
        if (decided[d] === 1 || !dep.fundable) {
          const blocked: Pending = reasons[d] ?? { code: 'pinned_deferred' };
          return isFollower
            ? { code: 'follow_up', blocking: d, inner: blocked }
            : { code: 'dependency_deferred', blocking: d };
        }
        if (!dep.open && !force) {
          const closed: Pending = { code: 'calendar_closed', bucket: dep.bucket, month: dep.earliest };
          return isFollower ? { code: 'follow_up', blocking: d, inner: closed } : closed;
        }
        members.push(d);
        stack.push(d);
      }
    }
    return null;
  };

  /** Changes that fund `i` at position `p` with its bundle at their floors, leaders before followers. */
  const fundingChanges = (i: number, p: number): Change[] => {
    const planned = new Map<number, number>(members.map((m) => [m, 0]));
    planned.set(i, p);
    const changes: Change[] = [];
    const leaderGroups = new Map<number, number>();
    for (const [m, pos] of planned) {
      const item = items[m];
      if (!item || item.leader >= 0) continue;
      const to = sizeAt(item, pos);
      leaderGroups.set(m, to.groups);
      changes.push({ item, from: current(m), to });
    }
    for (const [m, pos] of planned) {
      const item = items[m];
      if (!item || item.leader < 0) continue;
      const lg = leaderGroups.get(item.leader) ?? groups[item.leader] ?? 0;
      const own = sizeAt(item, pos);
      changes.push({
        item,
        from: current(m),
        to: { groups: followerGroups(items, item, lg, own.groups), count: own.count },
      });
    }
    return changes;
  };

  const fund = (
    changes: readonly Change[],
    positions: ReadonlyMap<number, number>,
    note: (m: number) => string | null,
  ) => {
    apply(changes);
    for (const c of changes) {
      const m = c.item.index;
      decided[m] = 1;
      if ((position[m] ?? -1) < 0) notes[m] = note(m);
      position[m] = positions.get(m) ?? Math.max(0, position[m] ?? 0);
    }
  };

  const defer = (i: number, reason: Pending) => {
    decided[i] = 1;
    reasons[i] = reason;
  };

  const tryFund = (i: number, p: number, note: (m: number) => string | null, force: boolean): boolean => {
    const blocked = bundleOf(i, force);
    if (blocked) {
      defer(i, blocked);
      return false;
    }
    const item = items[i];
    // A line kept by hand is funded even where the calendar has no room: the schedule says so.
    if (item && !item.open && !force) {
      defer(i, { code: 'calendar_closed', bucket: item.bucket, month: item.earliest });
      return false;
    }
    const changes = fundingChanges(i, p);
    if (!force) {
      const stop = obstacle(changes);
      if (stop) {
        // A training held back by its follow-up says so, naming the follow-up.
        const follower = changes.find((c) => c.item.leader === i && stop.code !== 'budget');
        defer(i, follower ? { code: 'follow_up', blocking: follower.item.index, inner: stop } : stop);
        return false;
      }
    }
    const positions = new Map<number, number>(changes.map((c) => [c.item.index, 0]));
    positions.set(i, p);
    fund(changes, positions, note);
    return true;
  };

  const needNote = (dependent: number) => (m: number) => {
    if (m === dependent) return null;
    const who = items[dependent]?.name ?? '';
    const item = items[m];
    if (item && item.leader === dependent) return `Funded with “${who}”, which it follows up.`;
    if (item && items[dependent]?.leader === m) return `Funded with “${who}”, its follow-up.`;
    return `Funded with “${who}”, which depends on it.`;
  };

  // Pins shape the funded phase first: a line kept by hand is funded whole, with what it needs.
  for (const i of order) {
    const item = items[i];
    if (item?.fundable && item.line.pin === 'deferred') defer(i, { code: 'pinned_deferred' });
  }
  for (const i of order) {
    const item = items[i];
    if (!item?.fundable || item.line.pin !== 'funded') continue;
    if (decided[i] !== 1) {
      tryFund(i, item.steps, (m) => (m === i ? 'Kept funded by hand.' : needNote(i)(m)), true);
    } else if ((position[i] ?? -1) >= 0 && (position[i] ?? 0) < item.steps) {
      // Brought in at its floor by another pinned line: a pin of its own asks for all of it.
      const changes: Change[] = [];
      moveTo(i, item.steps, changes);
      apply(changes);
      position[i] = item.steps;
      notes[i] = 'Kept funded by hand.';
    }
  }

  let gate: { tier: number; needCents: number } | null = null;
  for (let tier = 0; tier < 3; tier++) {
    for (const i of order) {
      const item = items[i];
      if (!item?.fundable || item.tier !== tier || decided[i] === 1) continue;
      if (gate) {
        defer(i, { code: 'waits_for_higher', tier: gate.tier, needCents: gate.needCents });
        continue;
      }
      tryFund(i, 0, needNote(i), false);
    }
    if (gate) continue;
    growTier(tier);
    const short = moneyShortfall(tier);
    if (short > 0) gate = { tier, needCents: short };
  }

  /**
   * Money the lines of `tier` and above still need to be funded in full, counting only those
   * that money holds back (not the calendar); 0 when none is.
   */
  function moneyShortfall(tier: number): number {
    let need = 0;
    for (const item of items) {
      if (!item.fundable || item.tier > tier || item.line.pin === 'deferred') continue;
      const i = item.index;
      const p = position[i] ?? -1;
      if (p < 0) {
        if (rootIsMoney(reasons[i] ?? null)) need += cost(item, sizeAt(item, item.steps));
      } else if (p < item.steps) {
        const next: Change[] = [];
        moveTo(i, p + 1, next);
        if (obstacle(next)?.code !== 'budget') continue;
        const full: Change[] = [];
        moveTo(i, item.steps, full);
        need += extraCost(full);
      }
    }
    return need;
  }

  function rootIsMoney(reason: Pending | null): boolean {
    if (!reason) return false;
    if (reason.code === 'budget' || reason.code === 'waits_for_higher') return true;
    if (reason.code === 'follow_up') return rootIsMoney(reason.inner);
    if (reason.code === 'dependency_deferred' || reason.code === 'follows_leader')
      return rootIsMoney(reasons[reason.blocking] ?? null);
    return false;
  }

  /**
   * Grows the trimmed lines of one priority back toward the north star together: first to the
   * largest common share of their ladders that fits, then one step at a time in funding order,
   * then as far as each can still go, so no single line swallows what the others could have had.
   */
  function growTier(tier: number): void {
    const live = order.filter((i) => {
      const item = items[i];
      return (
        item !== undefined &&
        item.tier === tier &&
        (position[i] ?? -1) >= 0 &&
        (position[i] ?? 0) < item.steps
      );
    });
    if (live.length === 0) return;
    const start = live.map((i) => position[i] ?? 0);
    const targetAt = (k: number, f: number) => {
      const item = items[live[k] ?? -1];
      return item ? Math.max(start[k] ?? 0, Math.floor((item.steps * f) / 1000)) : 0;
    };
    /** All live lines at share f (thousandths) of their ladders, followers after their leaders. */
    const shareChanges = (f: number): Change[] => {
      const planned = new Map<number, number>();
      live.forEach((i, k) => planned.set(i, targetAt(k, f)));
      const changes: Change[] = [];
      const leaderGroups = new Map<number, number>();
      for (const [i, p] of planned) {
        const item = items[i];
        if (!item || item.leader >= 0) continue;
        const to = sizeAt(item, p);
        leaderGroups.set(i, to.groups);
        if (p !== (position[i] ?? 0)) changes.push({ item, from: current(i), to });
      }
      const followersSeen = new Set<number>();
      const followerTo = (f2: number, lg: number, p: number) => {
        const item = items[f2];
        if (!item || followersSeen.has(f2)) return;
        followersSeen.add(f2);
        const own = sizeAt(item, p);
        const to = { groups: followerGroups(items, item, lg, own.groups), count: own.count };
        const from = current(f2);
        if (to.groups !== from.groups || to.count !== from.count) changes.push({ item, from, to });
      };
      for (const [i, lg] of leaderGroups) {
        for (const f2 of items[i]?.followers ?? []) {
          if ((position[f2] ?? -1) < 0) continue;
          followerTo(f2, lg, planned.get(f2) ?? position[f2] ?? 0);
        }
      }
      for (const [i, p] of planned) {
        const item = items[i];
        if (!item || item.leader < 0) continue;
        followerTo(i, leaderGroups.get(item.leader) ?? groups[item.leader] ?? 0, p);
      }
      return changes;
    };
    const setPositions = (k: number, p: number) => {
      const i = live[k] ?? -1;
      position[i] = p;
    };

    let lo = 0;
    let hi = 1000;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (obstacle(shareChanges(mid)) === null) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 0) {
      apply(shareChanges(lo));
      live.forEach((_, k) => setPositions(k, targetAt(k, lo)));
    }
    const step = (k: number, to: number): boolean => {
      const i = live[k] ?? -1;
      const changes: Change[] = [];
      moveTo(i, to, changes);
      if (obstacle(changes) !== null) return false;
      apply(changes);
      setPositions(k, to);
      return true;
    };
    for (let pass = 0; pass < 4; pass++) {
      let changed = false;
      for (let k = 0; k < live.length; k++) {
        const i = live[k] ?? -1;
        const p = position[i] ?? 0;
        if (p < (items[i]?.steps ?? 0) && step(k, p + 1)) changed = true;
      }
      if (!changed) break;
    }
    // Whatever each can still take, in funding order.
    live.forEach((i, k) => {
      const from = position[i] ?? 0;
      let a = from;
      let b = items[i]?.steps ?? from;
      while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        const changes: Change[] = [];
        moveTo(i, mid, changes);
        if (obstacle(changes) === null) a = mid;
        else b = mid - 1;
      }
      if (a > from) step(k, a);
    });
  }

  // Why each trimmed line stopped where it did: the reach of the training it follows up, or the
  // next step's obstacle.
  for (const item of items) {
    const i = item.index;
    const p = position[i] ?? -1;
    if (p < 0) continue;
    const reached = groups[i] ?? 0;
    if (
      item.leader >= 0 &&
      reached < item.top.groups &&
      reached === followerGroups(items, item, groups[item.leader] ?? 0, item.top.groups)
    ) {
      reasons[i] = { code: 'follows_leader', blocking: item.leader };
      continue;
    }
    if (p >= item.steps) continue;
    const changes: Change[] = [];
    moveTo(i, p + 1, changes);
    reasons[i] = obstacle(changes) ?? {
      code: 'budget',
      needCents: extraCost(changes),
      leftCents: moneyLeft(),
    };
  }

  return {
    position,
    groups,
    counts,
    reasons,
    notes,
    spentCents: spent,
    pdDaysUsed: ledger.pdDaysUsed(),
    visitDaysUsed: ledger.visitDaysUsed(),
  };
}

function monthOf(prep: PreparedSizing, date: string): number {
  return prep.fundedCalendar.months.findIndex((m) => m.month === date.slice(0, 7));
}
