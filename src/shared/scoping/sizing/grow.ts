import { sizeAt } from './ladder';
import type { Change, FundingState } from './funding';

/**
 * Grows the trimmed lines of one priority back toward the north star together: first to the
 * largest common share of their ladders that fits, then one step at a time in funding order,
 * then as far as each can still go, so no single line swallows what the others could have had.
 */
export function growTier(state: FundingState, order: readonly number[], tier: number): void {
  const { items, position } = state;
  const live = order.filter((i) => {
    const item = items[i];
    return item !== undefined && item.tier === tier && state.isFunded(i) && (position[i] ?? 0) < item.steps;
  });
  if (live.length === 0) return;
  growToCommonShare(state, live);
  stepInTurn(state, live);
  growEachAsFarAsItCan(state, live);
}

/** Shares of a ladder are counted in thousandths. */
const WHOLE = 1000;

/** Every live line at the largest share of its ladder that fits, never below where it stands. */
function growToCommonShare(state: FundingState, live: readonly number[]): void {
  const { items, position } = state;
  const start = live.map((i) => position[i] ?? 0);
  const targetAt = (k: number, f: number) => {
    const item = items[live[k] ?? -1];
    return item ? Math.max(start[k] ?? 0, Math.floor((item.steps * f) / WHOLE)) : 0;
  };
  const planAt = (f: number) => new Map(live.map((i, k) => [i, targetAt(k, f)]));
  let lo = 0;
  let hi = WHOLE;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (state.obstacle(shareChanges(state, planAt(mid))) === null) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0) {
    state.apply(shareChanges(state, planAt(lo)));
    live.forEach((i, k) => (position[i] = targetAt(k, lo)));
  }
}

/**
 * The changes that put each line at its planned ladder position: trainings first, then the
 * follow-ups, each at the groups its training reaches there.
 */
function shareChanges(state: FundingState, planned: ReadonlyMap<number, number>): Change[] {
  const { items, position } = state;
  const changes: Change[] = [];
  const leaderGroups = new Map<number, number>();
  for (const [i, p] of planned) {
    const item = items[i];
    if (!item || item.leader >= 0) continue;
    const to = sizeAt(item, p);
    leaderGroups.set(i, to.groups);
    if (p !== (position[i] ?? 0)) changes.push({ item, from: state.current(i), to });
  }
  const seen = new Set<number>();
  const followTo = (f2: number, lg: number, p: number) => {
    const item = items[f2];
    if (!item || seen.has(f2)) return;
    seen.add(f2);
    const to = state.sizeOf(item, p, lg);
    const from = state.current(f2);
    if (to.groups !== from.groups || to.count !== from.count) changes.push({ item, from, to });
  };
  for (const [i, lg] of leaderGroups) {
    for (const f2 of items[i]?.followers ?? []) {
      if (state.isFunded(f2)) followTo(f2, lg, planned.get(f2) ?? position[f2] ?? 0);
    }
  }
  for (const [i, p] of planned) {
    const item = items[i];
    if (item && item.leader >= 0)
      followTo(i, leaderGroups.get(item.leader) ?? state.groups[item.leader] ?? 0, p);
  }
  return changes;
}

/** Moves line `i` to ladder position `to` when nothing stands in the way. */
function stepTo(state: FundingState, i: number, to: number): boolean {
  const changes = state.moveTo(i, to);
  if (state.obstacle(changes) !== null) return false;
  state.apply(changes);
  state.position[i] = to;
  return true;
}

/** One step each, in funding order, for up to four passes. */
function stepInTurn(state: FundingState, live: readonly number[]): void {
  const { items, position } = state;
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (const i of live) {
      const p = position[i] ?? 0;
      if (p < (items[i]?.steps ?? 0) && stepTo(state, i, p + 1)) changed = true;
    }
    if (!changed) break;
  }
}

/** Whatever each can still take, in funding order. */
function growEachAsFarAsItCan(state: FundingState, live: readonly number[]): void {
  const { items, position } = state;
  for (const i of live) {
    const from = position[i] ?? 0;
    let a = from;
    let b = items[i]?.steps ?? from;
    while (a < b) {
      const mid = Math.ceil((a + b) / 2);
      if (state.obstacle(state.moveTo(i, mid)) === null) a = mid;
      else b = mid - 1;
    }
    if (a > from) stepTo(state, i, a);
  }
}
