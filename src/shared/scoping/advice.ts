import {
  DRIVER_INFO,
  DRIVER_KEYS,
  DRIVER_RATING_LABELS,
  SUPPORT_LEVEL_INFO,
  lineName,
  type DriverKey,
  type DriverRating,
  type Engagement,
  type ExpertiseLevel,
  type PlanLine,
  type SupportLevel,
} from '../domain';
import { joinAnd, plural } from '../words';

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

type AdviceInput = Pick<
  Engagement,
  'expertise' | 'drivers' | 'supportLevel' | 'timeline' | 'client' | 'lines' | 'catalog'
>;

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

/** Teachers one in-house facilitator or coach can reasonably carry, when no campuses are recorded. */
const TEACHERS_PER_PERSON = 25;

const ORDER: readonly SupportLevel[] = ['facilitate', 'collaborate', 'coach'];

function atLeastPartly(rating: DriverRating | null): boolean {
  return rating === 'partly' || rating === 'in_place';
}

function ratingText(rating: DriverRating | null): string {
  return rating ? DRIVER_RATING_LABELS[rating] : 'not rated';
}

function monthsSpanned(start: string, end: string): number {
  return (
    (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(end.slice(5, 7)) -
    Number(start.slice(5, 7)) +
    1
  );
}

/** In-house people against what they would carry: one per campus, or one per 25 teachers. */
function capacityOf(e: AdviceInput) {
  const people = e.expertise.inHouseFacilitators + e.expertise.inHouseCoaches;
  const campuses = e.client.campuses.length;
  const reach = campuses > 0 ? campuses : Math.ceil(e.client.educators.teachers / TEACHERS_PER_PERSON);
  const reachText =
    campuses > 0
      ? plural(campuses, 'campus', 'campuses')
      : plural(e.client.educators.teachers, 'teacher', 'teachers');
  const peopleText = `${plural(e.expertise.inHouseFacilitators, 'in-house facilitator', 'in-house facilitators')} and ${plural(e.expertise.inHouseCoaches, 'in-house coach', 'in-house coaches')}`;
  return { people, reach, enough: reach === 0 || people >= reach, reachText, peopleText };
}

export function adviseSupportLevel(engagement: AdviceInput): SupportLevelAdvice {
  const { expertise, drivers } = engagement;
  const content = expertise.contentFamiliarity;
  const facilitation = expertise.facilitationExperience;
  const capacity = capacityOf(engagement);
  const { people } = capacity;
  const coaching = drivers.coaching.rating;
  const leadership = drivers.leadership.rating;

  const reasons: string[] = [];
  const wouldChange: string[] = [];
  const unknown: string[] = [];
  if (content === null) unknown.push('how familiar staff are with the content');
  if (facilitation === null) unknown.push('how experienced staff are at leading adult learning');

  // Unrecorded expertise is treated as new: facilitating is the safe default until someone asks.
  const c: ExpertiseLevel = content ?? 'new';
  const f: ExpertiseLevel = facilitation ?? 'new';

  const facilitateBecause: string[] = [];
  if (f === 'new') {
    facilitateBecause.push(
      facilitation === null
        ? 'Facilitation experience is not recorded yet, so the advice assumes staff have not led this learning before.'
        : 'Staff have little experience leading adult learning on this, so they are not yet ready to co-lead sessions.',
    );
  }
  if (c === 'new' && (f === 'new' || people === 0)) {
    facilitateBecause.unshift(
      content === null
        ? 'Content familiarity is not recorded yet, so the advice assumes the work is new to the district.'
        : 'District staff are new to the content, so the consultant should plan and facilitate while they learn.',
    );
  }
  if (people === 0 && c !== 'strong') {
    facilitateBecause.push(
      'The district has no in-house facilitators or coaches to share planning and delivery with.',
    );
  }

  // What coach needs, each phrased as the condition still to come ("once ... is ...").
  const coachNeeds = [
    {
      met: c === 'strong',
      metText: 'Staff are strongly familiar with the content.',
      once: `staff are strongly familiar with the content (now ${content === null ? 'not recorded' : FAMILIARITY[content].replace(' with the content', '')})`,
    },
    {
      met: f === 'strong',
      metText: 'Staff have strong experience and comfort leading adult learning on it.',
      once: `staff have strong facilitation experience (now ${facilitation ?? 'not recorded'})`,
    },
    {
      met: people >= 1 && capacity.enough,
      metText: `The district has ${capacity.peopleText} for ${capacity.reachText}, enough to plan and lead the work.`,
      once:
        people === 0
          ? 'the district has in-house facilitators or coaches (now none)'
          : `the district has about one in-house facilitator or coach for each of its ${capacity.reachText} (now ${plural(people, 'person', 'people')})`,
    },
    {
      met: atLeastPartly(coaching),
      metText: `The coaching driver is ${ratingText(coaching)}, so district coaching can carry practice forward.`,
      once: `the coaching driver is at least partly in place (now ${ratingText(coaching)})`,
    },
    {
      met: atLeastPartly(leadership),
      metText: `Leadership is ${ratingText(leadership)}, so district leaders can own the planning.`,
      once: `the leadership driver is at least partly in place (now ${ratingText(leadership)})`,
    },
  ];
  const unmetForCoach = coachNeeds.filter((n) => !n.met).map((n) => n.once);

  let recommended: SupportLevel;
  if (facilitateBecause.length > 0) {
    recommended = 'facilitate';
    reasons.push(...facilitateBecause);
    const toCollaborate: string[] = [];
    if (f === 'new')
      toCollaborate.push(
        `staff had some experience leading adult learning (now ${facilitation === null ? 'not recorded' : 'little'})`,
      );
    if (people === 0 && c !== 'strong')
      toCollaborate.push('at least one in-house facilitator or coach could share the work');
    wouldChange.push(`Collaborate would fit if ${joinAnd(toCollaborate)}.`);
  } else if (c === 'new') {
    // Strong or able facilitators who are new to the content: the consultant teaches the
    // content, and the district's own people co-plan and then lead.
    recommended = 'collaborate';
    reasons.push(
      `Staff have ${FACILITATION[f]}, and the district has ${capacity.peopleText} (${plural(people, 'person', 'people')} for ${capacity.reachText}), so they can plan and lead sessions with the consultant.`,
      'The content is new to them, so the consultant leads the first training on the content; the people it prepares then co-plan and lead the sessions, with the consultant planning alongside.',
    );
    wouldChange.push(
      'Facilitate would fit if staff also had little experience leading adult learning, or no in-house facilitators or coaches.',
      `Coach would fit once ${joinAnd(unmetForCoach)}.`,
    );
  } else {
    if (unmetForCoach.length === 0) {
      recommended = 'coach';
      reasons.push(...coachNeeds.map((n) => n.metText));
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
      reasons.push(
        capacity.enough
          ? `The district has ${capacity.peopleText} for ${capacity.reachText} to share the delivery.`
          : `The district has ${capacity.peopleText} for ${capacity.reachText}: enough to share the delivery, too few yet to carry it alone.`,
      );
      wouldChange.push(`Coach would fit once ${joinAnd(unmetForCoach)}.`);
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
  // The advice leans on these drivers; until they are rated it is a first read.
  const leanedOn: DriverKey[] = ['coaching', 'leadership', 'training'];
  const tentative = unknown.length > 0 || leanedOn.some((k) => drivers[k].rating === null);

  const chosen = engagement.supportLevel.chosen;
  const effective = chosen ?? recommended;
  // A later phase may step down to coach once the district can carry the work: content known,
  // enough people, and coaching and leadership at least partly in place. Staff who build their
  // facilitation and content knowledge in the earlier phases are expected to grow into it.
  const coachWaitsFor = coachNeeds
    .slice(2)
    .filter((n) => !n.met)
    .map((n) => n.once);
  if (c === 'new') coachWaitsFor.unshift('staff know the content (now new to it)');
  const { suggestedStepDown, stepDownNote } = suggestStepDown(engagement, effective, coachWaitsFor);

  return {
    recommended,
    confidence: tentative ? 'tentative' : 'firm',
    reasons,
    wouldChange,
    effective,
    overridden: chosen !== null && chosen !== recommended,
    overrideReason: engagement.supportLevel.overrideReason,
    suggestedStepDown,
    stepDownNote,
    lineLevels: adviseLineLevels(engagement, c, effective),
  };
}

/** Categories of lines that hand the work over to the district. */
const CAPACITY_BUILDING = new Set(['capacity_building', 'collaboration']);

function suggestStepDown(
  engagement: AdviceInput,
  level: SupportLevel,
  coachWaitsFor: readonly string[],
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
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const buildsCapacity = engagement.lines.some((l) =>
    CAPACITY_BUILDING.has(categories.get(l.serviceId) ?? ''),
  );
  if (!buildsCapacity) {
    return {
      suggestedStepDown: [],
      stepDownNote:
        'Nothing in the plan builds the district’s own capacity yet (facilitator development or co-planning), so the level stays the same: add such a line before stepping the support down.',
    };
  }
  const start = ORDER.indexOf(level);
  const top = coachWaitsFor.length === 0 ? ORDER.length - 1 : ORDER.indexOf('collaborate');
  const natural = phases.map((_, i) => start + Math.floor((i * (ORDER.length - start)) / phases.length));
  const suggestedStepDown = phases.map((p, i) => ({
    phaseId: p.id,
    phaseName: p.name,
    level: ORDER[Math.max(start, Math.min(top, natural[i] ?? start))] ?? level,
  }));
  const held = natural.some((n) => n > top);
  return {
    suggestedStepDown,
    stepDownNote: `Stepping down over the phases (${suggestedStepDown.map((s) => `${s.phaseName}: ${s.level}`).join(', ')}) builds in-district capacity that lasts after the contract.${held ? ` The step to coach waits until ${joinAnd(coachWaitsFor)}.` : ''}`,
  };
}

/**
 * Lines the advice sets apart from the engagement's level while the content is new to staff: a
 * capacity-building line teaches the content, so the consultant leads it; a training line that
 * depends on one is led by the people it prepared, one level lighter than its own.
 */
function adviseLineLevels(
  engagement: AdviceInput,
  content: ExpertiseLevel,
  effective: SupportLevel,
): SupportLevelAdvice['lineLevels'] {
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const byPhase = new Map(engagement.supportLevel.stepDown.map((s) => [s.phaseId, s.level]));
  const base = (line: PlanLine) =>
    line.phaseId !== null ? (byPhase.get(line.phaseId) ?? effective) : effective;
  const builders = new Map(
    engagement.lines.filter((l) => categories.get(l.serviceId) === 'capacity_building').map((l) => [l.id, l]),
  );
  const out: SupportLevelAdvice['lineLevels'] = [];
  for (const line of engagement.lines) {
    if (line.level !== null) continue;
    const name = lineName(line, engagement.catalog);
    const own = base(line);
    if (builders.has(line.id) && content === 'new' && own !== 'facilitate') {
      out.push({
        lineId: line.id,
        level: 'facilitate',
        reason: `“${name}” teaches content that is new to staff, so the consultant leads it.`,
      });
      continue;
    }
    const builder = line.dependsOn.map((d) => builders.get(d)).find((b) => b !== undefined);
    if (builder && content === 'new' && categories.get(line.serviceId) === 'training' && own !== 'coach') {
      const level = ORDER[ORDER.indexOf(own) + 1] ?? own;
      out.push({
        lineId: line.id,
        level,
        reason: `“${name}” is led by the staff “${lineName(builder, engagement.catalog)}” prepares, with the consultant ${level === 'coach' ? 'co-planning' : 'planning and leading alongside them'}.`,
      });
    }
  }
  return out;
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
