import type { DriverKey, Pin, Priority, SupportLevel } from '../../domain';

/** Why a line, or part of it, is not funded now. */
export type SizingReasonCode =
  | 'pinned_deferred'
  | 'dependency_deferred'
  | 'budget'
  | 'sources'
  | 'no_source'
  | 'pd_days'
  | 'visit_days'
  | 'dates'
  | 'calendar_closed'
  | 'follow_up'
  | 'follows_training'
  | 'later_window';

/** What stands in the way, grouped the way a district reads it. */
export type DeferralCause = 'funds' | 'calendar' | 'later' | 'by_hand';

export interface SizingReason {
  code: SizingReasonCode;
  /** The trade-off in plain words: what it would take to fund it, or what blocks it. */
  sentence: string;
  /** The deferred line this one waits for, for 'dependency_deferred' and 'follow_up'. */
  blockingLineId?: string;
  /** For money reasons: what the next step costs before discount, and what was left. */
  needCents?: number;
  leftCents?: number;
  /** What funding the line in full would add, before discount. */
  fullCents?: number;
}

export type SizedStatus = 'funded' | 'trimmed' | 'deferred';

export interface SizedLine {
  lineId: string;
  name: string;
  serviceId: string;
  priority: Priority;
  pin: Pin;
  phaseId: string | null;
  level: SupportLevel;
  status: SizedStatus;
  northStarGroups: number;
  fundedGroups: number;
  /** Units per group in the north star and in the funded phase (dosage). */
  northStarCount: number;
  fundedCount: number;
  /** Plural word for the groups ("teachers"). */
  groupLabel: string;
  northStarQuantity: string;
  fundedQuantity: string;
  /** Campuses the funded groups reach, when the line is tied to campuses. */
  fundedCampusIds: string[];
  northStarCents: number;
  /** Before any discount, with the per-line travel estimate. */
  fundedCents: number;
  /** Why it is deferred or trimmed; null when funded in full. */
  reason: SizingReason | null;
  /** Why a line is funded out of its priority order (a pin, a line that needs it, a follow-up). */
  note: string | null;
  /** The deferred part (the number of its first entry in `deferredPhases`), or null. */
  deferredPhase: number | null;
}

export interface DeferredPhaseLine {
  lineId: string;
  name: string;
  groups: number;
  /** What waits, in words: "3 session days × 4 cohorts", "a second cycle for 8 coaches". */
  quantity: string;
  subtotalCents: number;
  /** Why it waits, in words. */
  reason: string;
}

/** Work that waits, grouped by what it waits for, and dated. */
export interface DeferredPhase {
  number: number;
  cause: DeferralCause;
  name: string;
  /** When it could happen. */
  start: string;
  end: string;
  /** What would bring it forward, in words. */
  note: string;
  lines: DeferredPhaseLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

export interface CoverageFigure {
  fundedCents: number;
  northStarCents: number;
  /** Funded share of the north star, one decimal; null when the north star is empty. */
  percent: number | null;
}

export interface DriverCoverage extends CoverageFigure {
  driver: DriverKey;
  label: string;
  lines: number;
  fundedLines: number;
}

export interface Coverage {
  cost: CoverageFigure;
  essentials: CoverageFigure & { lines: number; funded: number; trimmed: number; deferred: number };
  drivers: DriverCoverage[];
}

export interface Sizing {
  currency: string;
  budgetCents: number;
  fundedPhaseName: string;
  /** The window the budget pays for (the engagement's, or up to `budget.fundsThrough`). */
  fundedWindow: { start: string; end: string };
  funded: { subtotalCents: number; discountCents: number; totalCents: number; lines: number };
  /** Budget not used by the funded phase. */
  remainingCents: number;
  /** How far lines kept funded by hand push past the budget; 0 when they fit. */
  overBudgetCents: number;
  /** Travel the schedule saves against each line's own estimate, by sharing trips. */
  travelSavedCents: number;
  northStar: { subtotalCents: number; lines: number };
  /** In plan order. */
  lines: SizedLine[];
  /** Funded groups and units per group, per funded line id, for costing and the schedule. */
  fundedGroups: Record<string, number>;
  fundedCounts: Record<string, number>;
  deferredPhases: DeferredPhase[];
  capacity: {
    pdDays: { available: number; used: number; recorded: boolean };
    visitDays: { available: number; used: number };
  };
  coverage: Coverage;
  /** A few plain sentences summing up the proposal. */
  summary: string[];
}
