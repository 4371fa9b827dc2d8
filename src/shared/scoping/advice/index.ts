import { DRIVER_INFO, DRIVER_KEYS, type DriverKey, type Engagement, type SupportLevel } from '../../domain';
import { joinAnd, plural } from '../../words';
import { adviseLineLevels, suggestStepDown } from './levels';
import { coachNeedsOf, coachWaitsFor, readinessOf, recommend, type Readiness } from './readiness';
import type { AdviceInput, SupportLevelAdvice } from './types';

/**
 * The support-level advice: `readiness` reads the district and recommends a level with its
 * reasons, `levels` steps it down over the phases and sets single lines apart, and this module
 * adds what the inputs leave open and which level governs each line.
 */

export type { SupportLevelAdvice } from './types';

/** A training driver not in place: the consultant still leads the first training, whatever the level. */
function trainingCaveat(drivers: AdviceInput['drivers'], recommended: SupportLevel): string | null {
  return drivers.training.rating === 'not_in_place' && recommended !== 'facilitate'
    ? 'The training driver is not in place, so plan for the consultant to lead the initial training even at this level.'
    : null;
}

/** What the advice cannot see yet, expertise not recorded and drivers not rated, and so whether it is a first read. */
function unknownsOf(
  drivers: AdviceInput['drivers'],
  r: Readiness,
): { toRecord: string | null; toRate: string | null; tentative: boolean } {
  const unknown: string[] = [];
  if (r.content === null) unknown.push('how familiar staff are with the content');
  if (r.facilitation === null) unknown.push('how experienced staff are at leading adult learning');
  const unrated = DRIVER_KEYS.filter((k: DriverKey) => drivers[k].rating === null);
  // The advice leans on these drivers; until they are rated it is a first read.
  const leanedOn: DriverKey[] = ['coaching', 'leadership', 'training'];
  return {
    toRecord: unknown.length > 0 ? `Recording ${joinAnd(unknown)} will firm up the advice.` : null,
    toRate:
      unrated.length > 0
        ? `${plural(unrated.length, 'driver is', 'drivers are')} not rated yet (${unrated.map((k) => DRIVER_INFO[k].label.toLowerCase()).join(', ')}); rating them may change the advice.`
        : null,
    tentative: unknown.length > 0 || leanedOn.some((k) => drivers[k].rating === null),
  };
}

export function adviseSupportLevel(engagement: AdviceInput): SupportLevelAdvice {
  const readiness = readinessOf(engagement);
  const coachNeeds = coachNeedsOf(readiness);
  const { recommended, reasons, wouldChange } = recommend(readiness, coachNeeds);
  const training = trainingCaveat(engagement.drivers, recommended);
  const { toRecord, toRate, tentative } = unknownsOf(engagement.drivers, readiness);
  const chosen = engagement.supportLevel.chosen;
  const effective = chosen ?? recommended;
  const { suggestedStepDown, stepDownNote } = suggestStepDown(
    engagement,
    effective,
    coachWaitsFor(readiness, coachNeeds),
  );
  return {
    recommended,
    confidence: tentative ? 'tentative' : 'firm',
    reasons: training === null ? reasons : [...reasons, training],
    wouldChange: [
      ...(toRecord === null ? [] : [toRecord]),
      ...wouldChange,
      ...(toRate === null ? [] : [toRate]),
    ],
    effective,
    overridden: chosen !== null && chosen !== recommended,
    overrideReason: engagement.supportLevel.overrideReason,
    suggestedStepDown,
    stepDownNote,
    lineLevels: adviseLineLevels(engagement, readiness.c, effective),
  };
}

/**
 * The level that governs one line: its own level if set, else the advice's level for it, else
 * its phase's step-down level, else the engagement's chosen level, else the recommendation.
 */
export function levelResolver(
  engagement: Pick<Engagement, 'supportLevel'>,
  advice: Pick<SupportLevelAdvice, 'recommended' | 'lineLevels'>,
): (line: { id: string; phaseId: string | null; level: SupportLevel | null }) => SupportLevel {
  const byPhase = new Map(engagement.supportLevel.stepDown.map((s) => [s.phaseId, s.level]));
  const byLine = new Map(advice.lineLevels.map((l) => [l.lineId, l.level]));
  const base = engagement.supportLevel.chosen ?? advice.recommended;
  return (line) =>
    line.level ?? byLine.get(line.id) ?? (line.phaseId !== null ? (byPhase.get(line.phaseId) ?? base) : base);
}
