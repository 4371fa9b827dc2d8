import type { ConsultancyProfile, Engagement } from '../../shared/domain';
import type { EngagementDiff, Scope } from '../../shared/scoping';

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
}

/** Which characters the embedded fonts can draw, and what stands in for the rest. */
export interface GlyphCoverage {
  covers: (codePoint: number) => boolean;
  fallback: string;
}
