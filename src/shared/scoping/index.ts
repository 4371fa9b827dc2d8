import type { Engagement } from '../domain';
import { adviseSupportLevel, type SupportLevelAdvice } from './advice';
import { checkPlan, type PlanCheck } from './checks';
import { costEngagement, type Costing } from './costing';
import { buildSchedule, type Schedule } from './schedule';
import { prepareSizing, sizePrepared, type Sizing } from './sizing';

export * from './advice';
export * from './calendar';
export * from './costing';
export * from './sizing';
export * from './schedule';
export * from './checks';
export * from './diff';
export * from './funding';
export * from './invoices';
export * from './deliverables';

/** Everything the UI, the PDF and the store show about an engagement, from one call. */
export interface Scope {
  advice: SupportLevelAdvice;
  /** The funded phase, discount included, with phase and fiscal-year subtotals. */
  costing: Costing;
  sizing: Sizing;
  schedule: Schedule;
  checks: PlanCheck[];
}

export function scopeEngagement(engagement: Engagement, options: { budgetCents?: number } = {}): Scope {
  const advice = adviseSupportLevel(engagement);
  const prepared = prepareSizing(engagement, advice.recommended);
  const sizing = sizePrepared(prepared, options.budgetCents);
  const schedule = buildSchedule(engagement, sizing, prepared);
  const funded = new Map(Object.entries(sizing.fundedGroups));
  const costing = costEngagement(engagement, {
    recommended: advice.recommended,
    groups: funded,
    lineIds: new Set(funded.keys()),
    monthlyUnits: new Map(Object.entries(schedule.monthlyUnits)),
  });
  const checks = checkPlan(engagement, { sizing, schedule, advice });
  return { advice, costing, sizing, schedule, checks };
}
