import { followerGroups } from './ladder';
import type { PreparedSizing } from './prepare';
import { broughtInBy, tryFund } from './bundle';
import { FundingState, type Pending } from './funding';
import { growTier } from './grow';

/**
 * The funded phase, decided the way a senior consultant would: lines kept by hand first; then
 * essentials, high and optional lines in turn, each at its smallest useful size together with
 * what it depends on and the follow-up that must go with it; then the trimmed lines of that
 * priority grow back together toward the north star. A lower priority is funded only with what
 * the priorities above it cannot use: once no step of a higher line fits the money (and the
 * sources that may pay for it), that money goes on to the next work in order rather than being
 * left unspent.
 */

export type { Pending } from './funding';
export { pdDaysNeeded, sessionDays, visitDaysNeeded } from './funding';

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

/**
 * `topUpCents` is money found once the round is costed (trips the schedule shares): the round
 * runs at `budget` as ever, then the top-up grows it, so no line gets less than the round gave.
 */
export function sizeRound(prep: PreparedSizing, budget: number, topUpCents = 0): RoundResult {
  if (topUpCents <= 0) return resultOf(roundAt(prep, budget, 0, false));
  // Money found once the plan was costed is sized in priority order with the rest, so an
  // essential's next step comes before anything below it; unless that would give an essential
  // less than the budget alone gave it, when the round goes on from where it stood instead.
  const fresh = roundAt(prep, budget, topUpCents, false);
  const alone = roundAt(prep, budget, 0, false);
  const essentialsKeep = prep.items.every(
    (item) =>
      item.tier > 0 ||
      (fresh.groups[item.index] ?? 0) * (fresh.counts[item.index] ?? 0) >=
        (alone.groups[item.index] ?? 0) * (alone.counts[item.index] ?? 0),
  );
  return resultOf(essentialsKeep ? fresh : roundAt(prep, budget, topUpCents, true));
}

/** One round at `budget`: with `topUpCents` from the start, or (`goOn`) once the round at the budget is done. */
function roundAt(prep: PreparedSizing, budget: number, topUpCents: number, goOn: boolean): FundingState {
  const state = new FundingState(prep, budget);
  if (!goOn && topUpCents > 0) state.allow(topUpCents);
  fundPins(state, prep.order);
  fundTiers(state);
  if (goOn) topUp(state, topUpCents);
  explainTrims(state);
  return state;
}

function resultOf(state: FundingState): RoundResult {
  return {
    position: state.position,
    groups: state.groups,
    counts: state.counts,
    reasons: state.reasons,
    notes: state.notes,
    spentCents: state.spent,
    pdDaysUsed: state.ledger.pdDaysUsed(),
    visitDaysUsed: state.ledger.visitDaysUsed(),
  };
}

/**
 * Each priority in turn: its lines at their smallest useful size, then its trimmed lines grown
 * together. What a priority cannot use goes on to the next.
 */
function fundTiers(state: FundingState): void {
  const { items, order } = state.prep;
  for (let tier = 0; tier < 3; tier++) {
    for (const i of order) {
      const item = items[i];
      if (!item?.fundable || item.tier !== tier || state.decided[i] === 1) continue;
      tryFund(state, i, 0, broughtInBy(state, i), false);
    }
    growTier(state, order, tier);
  }
}

/**
 * More money after the round: the round goes on with it from where it stands. What waited for
 * money (directly or through what it needs) is open again, and each priority in turn funds it
 * and grows its trimmed lines, so no line gets less than the round gave it.
 */
function topUp(state: FundingState, cents: number): void {
  state.allow(cents);
  const waiting = state.items.filter(
    (item) =>
      state.decided[item.index] === 1 &&
      !state.isFunded(item.index) &&
      rootIsMoney(state, state.reasons[item.index] ?? null),
  );
  for (const item of waiting) state.reopen(item.index);
  fundTiers(state);
}

/** Pins shape the funded phase first: deferred by hand waits; kept by hand is funded whole. */
function fundPins(state: FundingState, order: readonly number[]): void {
  const { items } = state;
  for (const i of order) {
    const item = items[i];
    if (item?.fundable && item.line.pin === 'deferred') state.defer(i, { code: 'pinned_deferred' });
  }
  for (const i of order) {
    const item = items[i];
    if (!item?.fundable || item.line.pin !== 'funded') continue;
    if (state.decided[i] !== 1) {
      const brought = broughtInBy(state, i);
      tryFund(state, i, item.steps, (m) => (m === i ? 'Kept funded by hand.' : brought(m)), true);
    } else if (state.isFunded(i) && (state.position[i] ?? 0) < item.steps) {
      // Brought in at its floor by another pinned line: a pin of its own asks for all of it.
      state.apply(state.moveTo(i, item.steps));
      state.position[i] = item.steps;
      state.notes[i] = 'Kept funded by hand.';
    }
  }
}

/** Whether money is what a reason comes down to, following what a line waits for. */
function rootIsMoney(state: FundingState, reason: Pending | null, depth = 0): boolean {
  if (!reason || depth > state.items.length) return false;
  if (reason.code === 'budget' || reason.code === 'sources') return true;
  if (reason.code === 'follow_up') return rootIsMoney(state, reason.inner, depth + 1);
  if (reason.code === 'dependency_deferred' || reason.code === 'follows_leader')
    return rootIsMoney(state, state.reasons[reason.blocking] ?? null, depth + 1);
  return false;
}

/**
 * Why each trimmed line stopped where it did: the reach of the training it follows up, or the
 * next step's obstacle.
 */
function explainTrims(state: FundingState): void {
  const { items, groups, position, reasons } = state;
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
    const changes = state.moveTo(i, p + 1);
    reasons[i] = state.obstacle(changes) ?? {
      code: 'budget',
      needCents: state.extraCost(changes),
      leftCents: state.moneyLeft(),
    };
  }
}
