import type { ConsultancyProfile, Engagement, ResolvedClause } from '@shared/domain';
import type { EngagementDiff, FundingCrosswalk, InvoiceSchedule, Scope } from '@shared/scoping';
import type { SizedOption } from '@shared/scoping/options';

/** What the engine says about the parts a procurement office reads: who pays, when it is billed, what is agreed. */
export interface ScopeOfWorkFacts {
  crosswalk: FundingCrosswalk;
  invoices: InvoiceSchedule;
  /** The terms as this engagement prints them, before fill-ins are replaced. */
  clauses: ResolvedClause[];
  /** The ways to start, each sized by the engine. */
  options: SizedOption[];
}

/** What a scope-of-work PDF is made from; everything the document prints comes from here. */
export interface ScopeOfWorkInput {
  engagement: Engagement;
  /** The engine's reading of the engagement: every figure in the PDF is copied from it. */
  scope: Scope;
  profile: ConsultancyProfile;
  /** The revision this PDF is frozen as. */
  /** `note`: what this version is for, as written when it was exported; printed on the cover. */
  revision: { number: number; date: string; note?: string };
  /** What changed since the last revision sent, when there was one. */
  changes: { sinceRevision: number; diff: EngagementDiff } | null;
  /** BCP 47 locale for money and dates. */
  locale: string;
  facts: ScopeOfWorkFacts;
}

/** Which characters the embedded fonts can draw, and what stands in for the rest. */
export interface GlyphCoverage {
  covers: (codePoint: number) => boolean;
  fallback: string;
}
