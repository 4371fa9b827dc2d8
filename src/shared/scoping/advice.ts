import {
  DRIVER_INFO,
  DRIVER_KEYS,
  DRIVER_RATING_LABELS,
  SUPPORT_LEVEL_INFO,
  type DriverKey,
  type Engagement,
  type ExpertiseLevel,
  type SupportLevel,
} from '../domain';

/**
 * Which support level fits the district's expertise and implementation drivers, why, and what
 * would change the answer. The rules follow the field's own description: work that is new to
 * the district needs the consultant to facilitate; some expertise calls for joint planning;
 * strong in-house expertise needs only an outside voice coaching the planners.
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
  /** A suggested level per phase that steps down toward coach, when the engagement is long enough. */
  suggestedStepDown: { phaseId: string; phaseName: string; level: SupportLevel }[];
  /** Why a step-down is (or is not) suggested. */
  stepDownNote: string;
}

type AdviceInput = Pick<Engagement, 'expertise' | 'drivers' | 'supportLevel' | 'timeline' | 'client'>;

const FAMILIARITY: Record<ExpertiseLevel, string> = {
  new: 'new to the content',
  some: 'somewhat familiar with the content',
  strong: 'strongly familiar with the content',
};
const FACILITATION: Record<ExpertiseLevel, string> = {
  new: 'little experience leading adult learning on it',
  some: 'some experience and comfort leading adult learning on it',
  strong: 'strong experience and comfort leading adult learning on it',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function monthsSpanned(start: string, end: string): number {
  return (
    (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(end.slice(5, 7)) -
    Number(start.slice(5, 7)) +
    1
  );
}

const ORDER: readonly SupportLevel[] = ['facilitate', 'collaborate', 'coach'];

export function adviseSupportLevel(engagement: AdviceInput): SupportLevelAdvice {
  const { expertise, drivers } = engagement;
  const content = expertise.contentFamiliarity;
  const facilitation = expertise.facilitationExperience;
  const people = expertise.inHouseFacilitators + expertise.inHouseCoaches;
  const coaching = drivers.coaching.rating;
  const leadership = drivers.leadership.rating;
  const peopleText = `${plural(expertise.inHouseFacilitators, 'in-house facilitator', 'in-house facilitators')} and ${plural(expertise.inHouseCoaches, 'in-house coach', 'in-house coaches')}`;

  const reasons: string[] = [];
  const unknown: string[] = [];
  if (content === null) unknown.push('how familiar staff are with the content');
  if (facilitation === null) unknown.push('how experienced staff are at leading adult learning');

  // Unrecorded expertise is treated as new: facilitating is the safe default until someone asks.
  const c: ExpertiseLevel = content ?? 'new';
  const f: ExpertiseLevel = facilitation ?? 'new';

  const facilitateBecause: string[] = [];
  if (c === 'new') {
    facilitateBecause.push(
      content === null
        ? 'Content familiarity is not recorded yet, so the advice assumes the work is new to the district.'
        : 'District staff are new to the content, so the consultant should plan and facilitate while they learn.',
    );
  }
  if (f === 'new') {
    facilitateBecause.push(
      facilitation === null
        ? 'Facilitation experience is not recorded yet, so the advice assumes staff have not led this learning before.'
        : 'Staff have little experience leading adult learning on this, so they are not yet ready to co-lead sessions.',
    );
  }
  if (people === 0 && c !== 'strong') {
    facilitateBecause.push(
      'The district has no in-house facilitators or coaches to share planning and delivery with.',
    );
  }

  const coachNeeds: { met: boolean; met_text: string; unmet_text: string }[] = [
    {
      met: c === 'strong',
      met_text: 'Staff are strongly familiar with the content.',
      unmet_text: `staff were strongly familiar with the content (now ${content === null ? 'not recorded' : FAMILIARITY[content].replace(' with the content', '')})`,
    },
    {
      met: f === 'strong',
      met_text: 'Staff have strong experience and comfort leading adult learning on it.',
      unmet_text: `staff had strong facilitation experience (now ${facilitation === null ? 'not recorded' : facilitation})`,
    },
    {
      met: people >= 1,
      met_text: `The district has ${peopleText} who can plan and lead the work.`,
      unmet_text: 'the district had in-house facilitators or coaches (now none)',
    },
    {
      met: coaching === 'partly' || coaching === 'in_place',
      met_text: `The coaching driver is ${coaching ? DRIVER_RATING_LABELS[coaching] : 'not rated'}, so district coaching can carry practice forward.`,
      unmet_text: `the coaching driver were at least partly in place (now ${coaching ? DRIVER_RATING_LABELS[coaching] : 'not rated'})`,
    },
    {
      met: leadership === 'partly' || leadership === 'in_place',
      met_text: `Leadership is ${leadership ? DRIVER_RATING_LABELS[leadership] : 'not rated'}, so district leaders can own the planning.`,
      unmet_text: `the leadership driver were at least partly in place (now ${leadership ? DRIVER_RATING_LABELS[leadership] : 'not rated'})`,
    },
  ];

  let recommended: SupportLevel;
  const wouldChange: string[] = [];
  if (facilitateBecause.length > 0) {
    recommended = 'facilitate';
    reasons.push(...facilitateBecause);
    const toCollaborate: string[] = [];
    if (c === 'new')
      toCollaborate.push(
        `staff had at least some familiarity with the content (now ${content === null ? 'not recorded' : 'new'})`,
      );
    if (f === 'new')
      toCollaborate.push(
        `staff had some experience leading adult learning (now ${facilitation === null ? 'not recorded' : 'little'})`,
      );
    if (people === 0 && c !== 'strong')
      toCollaborate.push('at least one in-house facilitator or coach could share the work');
    wouldChange.push(`Collaborate would fit if ${joinAnd(toCollaborate)}.`);
  } else {
    const unmet = coachNeeds.filter((n) => !n.met);
    if (unmet.length === 0) {
      recommended = 'coach';
      reasons.push(...coachNeeds.map((n) => n.met_text));
      reasons.push(
        'An outside voice coaching their planning and assessment complements that expertise rather than replacing it.',
      );
      wouldChange.push(
        'Collaborate would fit better if the coaching or leadership driver slipped to not in place, or if in-house facilitators and coaches were no longer available.',
      );
    } else {
      recommended = 'collaborate';
      reasons.push(
        `Staff are ${FAMILIARITY[c]} and have ${FACILITATION[f]}, so district and consultant can plan each session together.`,
      );
      if (people > 0) reasons.push(`The district has ${peopleText} to share the delivery.`);
      else
        reasons.push(
          'Staff know the content well, but with no in-house facilitators or coaches the consultant still leads much of the delivery.',
        );
      wouldChange.push(`Coach would fit if ${joinAnd(unmet.map((n) => n.unmet_text))}.`);
      wouldChange.push(
        'Facilitate would fit if the content or the facilitation turned out to be new to staff.',
      );
    }
  }

  const training = drivers.training.rating;
  if (training === 'not_in_place' && recommended !== 'facilitate') {
    reasons.push(
      'The training driver is not in place, so plan for the consultant to lead the initial training even at this level.',
    );
  }
  const unrated = DRIVER_KEYS.filter((k: DriverKey) => drivers[k].rating === null);
  if (unrated.length > 0) {
    wouldChange.push(
      `${plural(unrated.length, 'driver is', 'drivers are')} not rated yet (${unrated.map((k) => DRIVER_INFO[k].label.toLowerCase()).join(', ')}); rating them may change the advice.`,
    );
  }
  if (unknown.length > 0) wouldChange.unshift(`Recording ${joinAnd(unknown)} will firm up the advice.`);

  const chosen = engagement.supportLevel.chosen;
  const effective = chosen ?? recommended;
  const { suggestedStepDown, stepDownNote } = suggestStepDown(engagement, effective);

  return {
    recommended,
    confidence: unknown.length > 0 ? 'tentative' : 'firm',
    reasons,
    wouldChange,
    effective,
    overridden: chosen !== null && chosen !== recommended,
    overrideReason: engagement.supportLevel.overrideReason,
    suggestedStepDown,
    stepDownNote,
  };
}

function suggestStepDown(
  engagement: AdviceInput,
  level: SupportLevel,
): { suggestedStepDown: SupportLevelAdvice['suggestedStepDown']; stepDownNote: string } {
  const phases = [...engagement.timeline.phases].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  if (level === 'coach') {
    return {
      suggestedStepDown: [],
      stepDownNote: 'The district already leads the work; there is no further level to step down to.',
    };
  }
  if (phases.length < 2) {
    const months = monthsSpanned(engagement.timeline.start, engagement.timeline.end);
    return {
      suggestedStepDown: [],
      stepDownNote:
        months >= 9
          ? `The engagement runs ${months} months: split it into phases so the support can step down from ${SUPPORT_LEVEL_INFO[level].label.toLowerCase()} and the district keeps the capacity after the contract ends.`
          : 'The engagement is short and has one phase, so the level stays the same throughout.',
    };
  }
  const start = ORDER.indexOf(level);
  const suggestedStepDown = phases.map((p, i) => ({
    phaseId: p.id,
    phaseName: p.name,
    level:
      ORDER[Math.min(ORDER.length - 1, start + Math.floor((i * (ORDER.length - start)) / phases.length))] ??
      level,
  }));
  return {
    suggestedStepDown,
    stepDownNote: `Stepping down over the phases (${suggestedStepDown.map((s) => `${s.phaseName}: ${s.level}`).join(', ')}) builds in-district capacity that lasts after the contract.`,
  };
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * The level that governs one line: the phase's step-down level if it has one, else the
 * engagement's chosen level, else the advice.
 */
export function levelResolver(
  engagement: Pick<Engagement, 'supportLevel'>,
  recommended: SupportLevel,
): (line: { phaseId: string | null }) => SupportLevel {
  const byPhase = new Map(engagement.supportLevel.stepDown.map((s) => [s.phaseId, s.level]));
  const base = engagement.supportLevel.chosen ?? recommended;
  return (line) => (line.phaseId !== null ? (byPhase.get(line.phaseId) ?? base) : base);
}
