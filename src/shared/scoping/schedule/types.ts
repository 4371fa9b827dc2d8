import type { PdcaStage } from '../../domain';

/** One line's work on one day: which groups, how many units, and how many consultants on site. */
export interface Placement {
  lineId: string;
  date: string;
  /** Index into the schedule's months. */
  month: number;
  week: number;
  units: number;
  /** Groups served that day. */
  groups: number;
  /** Consultants the line puts on site that day (each concurrent cohort its own facilitator). */
  consultants: number;
  /** Consultant visit days the line takes that day. */
  visitDays: number;
  /** The day is a district PD day the line uses. */
  pdDay: boolean;
}

export interface ScheduleEntry {
  lineId: string;
  name: string;
  units: number;
  /** "coaching cycles" */
  unitLabel: string;
  stage: PdcaStage;
  /** PD days used by this line this month. */
  pdDays: string[];
  /** Consultant visit days this line takes this month. */
  visitDays: number;
  /** Every day the line has work this month. */
  dates: string[];
}

export interface ScheduleMonth {
  month: string;
  label: string;
  fiscalYear: string;
  workdays: number;
  blackoutDays: number;
  visitCapacity: number;
  visitDaysUsed: number;
  entries: ScheduleEntry[];
  /** Stages of the lines placed this month, in PDCA order. */
  lineStages: PdcaStage[];
  /** The cycle this month belongs to and its place in it. */
  cycle: number | null;
  cycleStages: PdcaStage[];
}

export interface PdcaCycle {
  number: number;
  /** Months (YYYY-MM) the cycle plans in, checks in and acts in. */
  start: string;
  checkMonth: string;
  actMonth: string;
  /** The first day of the cycle and the day of its check: its do is what falls between. */
  startDate: string;
  checkDate: string;
  sentence: string;
}

export interface ScheduledLine {
  lineId: string;
  name: string;
  firstMonth: string | null;
  lastMonth: string | null;
  firstDate: string | null;
  lastDate: string | null;
  units: number;
  placedUnits: number;
}

export interface Schedule {
  months: ScheduleMonth[];
  cycles: PdcaCycle[];
  lines: ScheduledLine[];
  /** Every day with work, in date order. */
  placements: Placement[];
  /** Units that found no room, with the reason in words. */
  unplaced: { lineId: string; name: string; units: number; reason: string }[];
  /** Units of each line per month, for fiscal-year subtotals. */
  monthlyUnits: Record<string, { month: string; units: number }[]>;
  /** Consultant trips: one per consultant per week on site, shared by every line that week. */
  travel: {
    trips: number;
    /** Trips each line is billed for: its share of the weeks it is on site, never more than its own estimate. */
    tripsByLine: Record<string, number>;
    /** The most consultants on site on any one day, and that day. */
    peak: { consultants: number; date: string | null };
  };
}
