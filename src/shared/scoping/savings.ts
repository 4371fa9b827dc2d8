import { costEngagement, discountCents, type Costing } from './costing';
import { buildSchedule, type Schedule } from './schedule';
import { sizePrepared, type PreparedSizing, type Sizing } from './sizing';

/**
 * Sizing prices each line's travel as if it travelled alone; the schedule then shares trips
 * between lines in the same days, so the plan costs less than sizing counted. Where what that
 * saves would buy a step of work still waiting for money, the round goes on with it (never
 * taking from what it funded) and the plan is costed again. A result over the budget is tried
 * once more with the overshoot taken off; one that fits and funds more is kept. So what shared
 * trips save goes to the work that waits, and the budget is never overspent.
 */

/** A sizing, its schedule, and its costing with the trips the schedule shares. */
interface Pass {
  estimate: Sizing;
  schedule: Schedule;
  costing: Costing;
}

/** Sizing again with what shared trips saved, at most this many times. */
const SAVINGS_PASSES = 3;

export function spendSavings(prepared: PreparedSizing, budget: number): Pass {
  let pass = costed(prepared, sizePrepared(prepared, budget));
  let topUp = savedBy(pass);
  let overshot: Sizing | null = null;
  for (let k = 0; k < SAVINGS_PASSES; k++) {
    if (topUp <= 0 || !stepFits(prepared, pass.estimate, budget - pass.costing.totalCents)) break;
    const estimate = sizePrepared(prepared, budget, topUp);
    // Nothing more funded, or the very plan that went over: no need to cost it again.
    if (sameFunding(estimate, pass.estimate) || (overshot && sameFunding(estimate, overshot))) break;
    const next = costed(prepared, estimate);
    const over = next.costing.totalCents - budget;
    if (over > 0) {
      // Once more with the overshoot taken off; a second overshoot keeps what fits.
      if (overshot) break;
      overshot = estimate;
      topUp -= over;
      continue;
    }
    if (next.costing.totalCents <= pass.costing.totalCents) break;
    pass = next;
    topUp = savedBy(pass);
  }
  return pass;
}

function costed(prepared: PreparedSizing, estimate: Sizing): Pass {
  const { engagement, advice } = prepared;
  const schedule = buildSchedule(engagement, estimate, prepared);
  const costing = costEngagement(engagement, {
    advice,
    groups: new Map(Object.entries(estimate.fundedGroups)),
    counts: new Map(Object.entries(estimate.fundedCounts)),
    lineIds: new Set(Object.keys(estimate.fundedGroups)),
    monthlyUnits: new Map(Object.entries(schedule.monthlyUnits)),
    trips: new Map(Object.entries(schedule.travel.tripsByLine)),
    calendar: prepared.calendar,
  });
  return { estimate, schedule, costing };
}

/** What the schedule's shared trips saved against the sizing's own count. */
function savedBy(pass: Pass): number {
  return pass.estimate.funded.totalCents - pass.costing.totalCents;
}

/** Whether a step waiting only for money costs, after any percentage discount, `left` or less. */
function stepFits(prepared: PreparedSizing, sizing: Sizing, left: number): boolean {
  const { discount } = prepared;
  return sizing.lines.some((l) => {
    const code = l.reason?.code;
    const need = code === 'budget' || code === 'waits_for_higher' ? l.reason?.needCents : undefined;
    if (need === undefined) return false;
    return need - (discount.kind === 'percent' ? discountCents(need, discount) : 0) <= left;
  });
}

/** Whether two sizings fund the same lines at the same sizes. */
function sameFunding(a: Sizing, b: Sizing): boolean {
  const keys = Object.keys(a.fundedGroups);
  if (keys.length !== Object.keys(b.fundedGroups).length) return false;
  return keys.every(
    (k) => a.fundedGroups[k] === b.fundedGroups[k] && a.fundedCounts[k] === b.fundedCounts[k],
  );
}
