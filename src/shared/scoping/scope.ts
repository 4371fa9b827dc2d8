import type { Engagement } from '../domain';
import { adviseSupportLevel, type SupportLevelAdvice } from './advice';
import { checkPlan, type PlanCheck } from './checks';
import { costEngagement, type Costing } from './costing';
import { buildSchedule, type Schedule } from './schedule';
import { prepareSizing, settleSizing, sizePrepared, type PreparedSizing, type Sizing } from './sizing';

/** Everything the UI, the PDF and the store show about an engagement, from one call. */
export interface Scope {
  advice: SupportLevelAdvice;
  /** The funded phase, discount included, with travel from the schedule and phase and fiscal-year subtotals. */
  costing: Costing;
  sizing: Sizing;
  schedule: Schedule;
  checks: PlanCheck[];
}

/**
 * Sizes, schedules, costs and checks an engagement: advice first (it sets each line's level),
 * then sizing, then the schedule of what sizing funded, then the costing of that funded phase
 * with the schedule's travel, then the plan checks.
 */
export function scopeEngagement(engagement: Engagement, options: { budgetCents?: number } = {}): Scope {
  return scopePrepared(prepareSizing(engagement, adviseSupportLevel(engagement)), options.budgetCents);
}

/** The same from a preparation, so a what-if re-scopes at another budget without preparing again. */
export function scopePrepared(prepared: PreparedSizing, budgetCents?: number): Scope {
  const { engagement, advice } = prepared;
  const estimate = sizePrepared(prepared, budgetCents);
  const schedule = buildSchedule(engagement, estimate, prepared);
  const funded = new Set(Object.keys(estimate.fundedGroups));
  const costing = costEngagement(engagement, {
    advice,
    groups: new Map(Object.entries(estimate.fundedGroups)),
    counts: new Map(Object.entries(estimate.fundedCounts)),
    lineIds: funded,
    monthlyUnits: new Map(Object.entries(schedule.monthlyUnits)),
    trips: new Map(Object.entries(schedule.travel.tripsByLine)),
    calendar: prepared.calendar,
  });
  const sizing = settleSizing(prepared, estimate, costing);
  const checks = checkPlan(engagement, { sizing, schedule, advice, prepared, costing });
  return { advice, costing, sizing, schedule, checks };
}
