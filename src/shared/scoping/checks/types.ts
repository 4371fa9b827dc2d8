import type { Engagement, PlanLine, ServiceCategory } from '../../domain';
import type { SupportLevelAdvice } from '../advice';
import type { Costing } from '../costing';
import type { Schedule } from '../schedule';
import type { PreparedSizing, Sizing } from '../sizing';

export type PlanCheckCode =
  | 'training_without_follow_up'
  | 'no_data_review'
  | 'one_off_sessions'
  | 'no_collaboration_time'
  | 'no_priority_needs'
  | 'lines_not_tied'
  | 'nothing_builds_on_inventory'
  | 'facilitate_throughout'
  | 'override_without_reason'
  | 'driver_not_served'
  | 'adaptive_without_leadership'
  | 'top_need_unfunded'
  | 'capacity_building_lost'
  | 'coaching_too_thin'
  | 'essential_not_placed'
  | 'funding_ends_early'
  | 'funding_after_end_date'
  | 'funding_read_from_wording'
  | 'later_phase_unfunded'
  | 'pins_over_budget'
  | 'pd_days_not_recorded'
  | 'unplaced_units';

export interface PlanCheck {
  code: PlanCheckCode;
  severity: 'warning' | 'notice';
  /** Which plan the finding is about. */
  plan: 'north_star' | 'funded' | 'engagement';
  message: string;
  fix: string;
  lineIds: string[];
}

/** The plan a principle reads: the north star, or the funded phase. */
export interface View {
  lines: PlanLine[];
  ids: ReadonlySet<string>;
  category: (line: PlanLine) => ServiceCategory | undefined;
  name: (line: PlanLine) => string;
  /** Units per group, as funded (or as planned in the north star). */
  count: (line: PlanLine) => number;
}

export type Finding = Omit<PlanCheck, 'plan'> | null;
export type Principle = (view: View, engagement: Engagement) => Finding;

export interface CheckOptions {
  sizing?: Sizing;
  costing?: Costing;
  schedule?: Schedule;
  advice?: SupportLevelAdvice;
  prepared?: PreparedSizing;
}
