import type { Engagement } from '../domain';
import { adviseSupportLevel, type SupportLevelAdvice } from './advice';
import { checkPlan, type PlanCheck } from './checks';
import type { Costing } from './costing';
import type { Schedule } from './schedule';
import { prepareSizing, settleSizing, type PreparedSizing, type Sizing } from './sizing';
import { spendSavings } from './savings';

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
 * with the schedule's travel (sizing going on with what shared trips save, savings.ts), then
 * the plan checks.
 */
export function scopeEngagement(engagement: Engagement, options: { budgetCents?: number } = {}): Scope {
  return scopePrepared(prepareSizing(engagement, adviseSupportLevel(engagement)), options.budgetCents);
}

/** The same from a preparation, so a what-if re-scopes at another budget without preparing again. */
export function scopePrepared(prepared: PreparedSizing, budgetCents?: number): Scope {
  const { engagement, advice } = prepared;
  const budget = budgetCents ?? engagement.budget.amountCents;
  const { estimate, schedule, costing } = spendSavings(prepared, budget);
  const sizing = settleSizing(prepared, estimate, costing);
  const checks = checkPlan(engagement, { sizing, schedule, advice, prepared, costing });
  return { advice, costing, sizing, schedule, checks };
}
