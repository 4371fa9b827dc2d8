import { costEngagement, discountCents, type Costing } from './costing';
import { buildCrosswalk } from './funding';
import { buildSchedule, type Schedule } from './schedule';
import { campusesAt, fundAt, sizeFunding, type Funding, type PreparedSizing, type Sizing } from './sizing';

/**
 * Sizing prices each line's travel as if it travelled alone; the schedule then shares trips
 * between lines in the same days, so the plan costs less than sizing counted. Where what that
 * saves would buy a step of work still waiting for money, the round goes on with it (never
 * taking from what it funded) and the plan is costed again: a plan that fits and funds more is
 * kept; one that goes over (placing more work can share trips less well) is tried again with
 * the overshoot taken off, then halfway to what was kept. So what shared trips save goes to
 * the work that waits, and the budget is never overspent. A plan is kept only when its funding
 * sources pay every cent of it where the schedule placed it (sizing spreads a line's cost over
 * its months before the schedule places it): what they could not pay is an overshoot too.
 */

/** A funding round, its schedule, and its costing with the trips the schedule shares. */
interface Pass {
  funding: Funding;
  schedule: Schedule;
  costing: Costing;
  /** What the funding sources cannot pay of the costed plan, where the schedule placed it. */
  unpaid: number;
}

/** Rounds tried at a smaller budget when the sources cannot pay the first, at most this many. */
const REPAIR_PASSES = 4;

/** Funding rounds tried with what shared trips saved, at most this many. */
const SAVINGS_PASSES = 4;

/** The sizing kept (in words), its schedule and its costing. */
export function spendSavings(
  prepared: PreparedSizing,
  budget: number,
): { estimate: Sizing; schedule: Schedule; costing: Costing } {
  const kept = bestFunding(prepared, budget);
  return {
    estimate: sizeFunding(prepared, budget, kept.funding, Math.max(0, budget - kept.costing.totalCents)),
    schedule: kept.schedule,
    costing: kept.costing,
  };
}

function bestFunding(prepared: PreparedSizing, budget: number): Pass {
  let pass = costed(prepared, fundAt(prepared, budget));
  let room = budget;
  for (let k = 0; k < REPAIR_PASSES && pass.unpaid > 0; k++) {
    room = Math.max(0, Math.min(room, pass.costing.totalCents) - pass.unpaid);
    pass = costed(prepared, fundAt(prepared, room));
  }
  if (pass.unpaid > 0) return pass;
  // Top-ups are searched between the one the kept round used (`lo`) and the least known to go
  // over the budget once costed (`hi`).
  let lo = 0;
  let hi = Infinity;
  let top = savedBy(pass);
  let over: Funding | null = null;
  const between = () => Math.floor((lo + hi) / 2);
  for (let k = 0; k < SAVINGS_PASSES; k++) {
    if (top <= lo || !stepFits(prepared, pass.funding, budget - pass.costing.totalCents)) break;
    const funding = fundAt(prepared, budget, top);
    if (sameFunding(funding, pass.funding)) {
      // Nothing more at this top-up: only more could help, below what went over.
      if (hi === Infinity) break;
      lo = top;
      top = between();
      continue;
    }
    if (over && sameFunding(funding, over)) {
      hi = top;
      top = between();
      continue;
    }
    const next = costed(prepared, funding);
    const overshoot = Math.max(next.costing.totalCents - budget, next.unpaid);
    if (overshoot > 0) {
      // First with the overshoot taken off, then halfway to what was kept.
      const first = over === null;
      hi = Math.min(hi, top);
      top = first ? Math.max(lo, top - overshoot) : between();
      over = funding;
      continue;
    }
    if (next.costing.totalCents <= pass.costing.totalCents) break;
    pass = next;
    lo = top;
    top = Math.min(savedBy(pass), hi === Infinity ? Infinity : between());
  }
  return pass;
}

function costed(prepared: PreparedSizing, funding: Funding): Pass {
  const { engagement, advice } = prepared;
  const schedule = buildSchedule(engagement, funding, prepared);
  const costing = costEngagement(engagement, {
    advice,
    groups: new Map(Object.entries(funding.fundedGroups)),
    counts: new Map(Object.entries(funding.fundedCounts)),
    lineIds: new Set(Object.keys(funding.fundedGroups)),
    monthlyUnits: new Map(Object.entries(schedule.monthlyUnits)),
    trips: new Map(Object.entries(schedule.travel.tripsByLine)),
    calendar: prepared.calendar,
  });
  return { funding, schedule, costing, unpaid: unpaidBy(prepared, funding, schedule, costing) };
}

/** What the engagement's funding sources cannot pay of a costed round; 0 when it names none. */
function unpaidBy(prepared: PreparedSizing, funding: Funding, schedule: Schedule, costing: Costing): number {
  const { engagement, items, fundedWindow } = prepared;
  if (engagement.budget.fundingSources.length === 0) return 0;
  const lines = items.map((item) => ({
    lineId: item.line.id,
    fundedCampusIds: campusesAt(item, funding.fundedGroups[item.line.id] ?? 0),
  }));
  return buildCrosswalk(engagement, { costing, schedule, sizing: { lines, fundedWindow } }).unassignedCents;
}

/** What the schedule's shared trips saved against the sizing's own count. */
function savedBy(pass: Pass): number {
  return pass.funding.totalCents - pass.costing.totalCents;
}

/** Whether a step waiting for money costs, after any percentage discount, `left` or less. */
function stepFits(prepared: PreparedSizing, funding: Funding, left: number): boolean {
  const { discount } = prepared;
  return funding.needs.some(
    (need) => need - (discount.kind === 'percent' ? discountCents(need, discount) : 0) <= left,
  );
}

/** Whether two rounds fund the same lines at the same sizes. */
function sameFunding(a: Funding, b: Funding): boolean {
  const keys = Object.keys(a.fundedGroups);
  if (keys.length !== Object.keys(b.fundedGroups).length) return false;
  return keys.every(
    (k) => a.fundedGroups[k] === b.fundedGroups[k] && a.fundedCounts[k] === b.fundedCounts[k],
  );
}
