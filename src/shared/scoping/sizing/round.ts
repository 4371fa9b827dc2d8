import { followerGroups, sizeAt } from './ladder';
import type { PreparedSizing } from './prepare';
import { broughtInBy, tryFund } from './bundle';
import { FundingState, type Pending } from './funding';
import { growTier } from './grow';

/**
 * The funded phase, decided the way a senior consultant would: lines kept by hand first; then
 * essentials, high and optional lines in turn, each at its smallest useful size together with
 * what it depends on and the follow-up that must go with it; then the trimmed lines of that
 * priority grow back together toward the north star. A lower priority starts only when every
 * line above it is funded in full or held back by something money cannot fix, so nothing
 * optional is bought while an essential waits for money.
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
  const state = new FundingState(prep, budget);
  fundPins(state, prep.order);
  let gate = fundTiers(state);
  if (topUpCents > 0) gate = topUp(state, topUpCents);
  explainTrims(state, gate);

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

/** The first priority still short of money, and what it needs to be funded in full. */
interface Gate {
  tier: number;
  needCents: number;
}

/**
 * Each priority in turn: its lines at their smallest useful size, then its trimmed lines grown
 * together; once a priority is short of money, the ones below it wait for it.
 */
function fundTiers(state: FundingState): Gate | null {
  const { items, order } = state.prep;
  let gate: Gate | null = null;
  for (let tier = 0; tier < 3; tier++) {
    for (const i of order) {
      const item = items[i];
      if (!item?.fundable || item.tier !== tier || state.decided[i] === 1) continue;
      if (gate) state.defer(i, { code: 'waits_for_higher', tier: gate.tier, needCents: gate.needCents });
      else tryFund(state, i, 0, broughtInBy(state, i), false);
    }
    if (gate) continue;
    growTier(state, order, tier);
    const short = moneyShortfall(state, tier);
    if (short > 0) gate = { tier, needCents: short };
  }
  return gate;
}

/**
 * More money after the round: the round goes on with it from where it stands. What waited for
 * money (directly or through what it needs) is open again, and each priority in turn funds it
 * and grows its trimmed lines, so no line gets less than the round gave it.
 */
function topUp(state: FundingState, cents: number): Gate | null {
  state.allow(cents);
  const waiting = state.items.filter(
    (item) =>
      state.decided[item.index] === 1 &&
      !state.isFunded(item.index) &&
      rootIsMoney(state, state.reasons[item.index] ?? null),
  );
  for (const item of waiting) state.reopen(item.index);
  return fundTiers(state);
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
  if (reason.code === 'budget' || reason.code === 'waits_for_higher') return true;
  if (reason.code === 'follow_up') return rootIsMoney(state, reason.inner, depth + 1);
  if (reason.code === 'dependency_deferred' || reason.code === 'follows_leader')
    return rootIsMoney(state, state.reasons[reason.blocking] ?? null, depth + 1);
  return false;
}

/**
 * Money the lines of `tier` and above still need to be funded in full, counting only those
 * that money holds back (not the calendar); 0 when none is.
 */
function moneyShortfall(state: FundingState, tier: number): number {
  let need = 0;
  for (const item of state.items) {
    if (!item.fundable || item.tier > tier || item.line.pin === 'deferred') continue;
    const i = item.index;
    const p = state.position[i] ?? -1;
    if (p < 0) {
      if (rootIsMoney(state, state.reasons[i] ?? null)) need += state.cost(item, sizeAt(item, item.steps));
    } else if (p < item.steps) {
      if (state.obstacle(state.moveTo(i, p + 1))?.code !== 'budget') continue;
      need += state.extraCost(state.moveTo(i, item.steps));
    }
  }
  return need;
}

/**
 * Why each trimmed line stopped where it did: the reach of the training it follows up, or the
 * next step's obstacle.
 */
function explainTrims(state: FundingState, gate: Gate | null): void {
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
    const obstacle = state.obstacle(changes);
    if (gate && item.tier > gate.tier && (obstacle === null || obstacle.code === 'budget')) {
      // Funded at its floor for a line that needs it; the rest waits behind the priority above.
      reasons[i] = { code: 'waits_for_higher', tier: gate.tier, needCents: gate.needCents };
      continue;
    }
    reasons[i] = obstacle ?? {
      code: 'budget',
      needCents: state.extraCost(changes),
      leftCents: state.moneyLeft(),
    };
  }
}
