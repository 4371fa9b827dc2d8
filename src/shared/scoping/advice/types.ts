import type { Engagement, SupportLevel } from '../../domain';

/**
 * Which support level fits the district's expertise, capacity and implementation drivers, why,
 * and what would change the answer. The rules follow the field's own description: work that is
 * new to the district needs the consultant to facilitate; some expertise calls for joint
 * planning; strong in-house expertise needs only an outside voice coaching the planners. Strong
 * facilitators who are new to the content sit in between: the consultant teaches the content,
 * and the people it prepares lead.
 */
export interface SupportLevelAdvice {
  /** What the inputs point to. */
  recommended: SupportLevel;
  /** 'tentative' when an input the rules rely on is not recorded yet. */
  confidence: 'firm' | 'tentative';
  /** Plain sentences citing the inputs behind the recommendation. */
  reasons: string[];
  /** What would move the advice to another level, one sentence per change. */
  wouldChange: string[];
  /** The level the engagement uses: the consultant's choice, or the recommendation. */
  effective: SupportLevel;
  overridden: boolean;
  overrideReason: string;
  /** A suggested level per phase that steps down toward coach, when the plan builds capacity. */
  suggestedStepDown: { phaseId: string; phaseName: string; level: SupportLevel }[];
  /** Why a step-down is (or is not) suggested. */
  stepDownNote: string;
  /** Lines the advice sets at their own level (a content institute the consultant leads), with why. */
  lineLevels: { lineId: string; level: SupportLevel; reason: string }[];
}

export type AdviceInput = Pick<
  Engagement,
  'expertise' | 'drivers' | 'supportLevel' | 'timeline' | 'client' | 'lines' | 'catalog'
>;
