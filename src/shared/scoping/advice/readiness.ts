import {
  DRIVER_RATING_LABELS,
  type DriverRating,
  type ExpertiseLevel,
  type SupportLevel,
} from '../../domain';
import { joinAnd, plural } from '../../words';
import type { AdviceInput } from './types';

/**
 * The rules that read the district's readiness: its staff's expertise, its in-house people and
 * its drivers, and the level they point to, with the sentences behind it and what would move it.
 */

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

function atLeastPartly(rating: DriverRating | null): boolean {
  return rating === 'partly' || rating === 'in_place';
}

function ratingText(rating: DriverRating | null): string {
  return rating ? DRIVER_RATING_LABELS[rating] : 'not rated';
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

/** What the rules read of the district: its staff's expertise, its in-house people and two drivers. */
export interface Readiness {
  /** Expertise as recorded: null until someone has asked. */
  content: ExpertiseLevel | null;
  facilitation: ExpertiseLevel | null;
  /** Content familiarity as the rules read it: unrecorded is treated as new. */
  c: ExpertiseLevel;
  /** Facilitation experience as the rules read it: unrecorded is treated as new. */
  f: ExpertiseLevel;
  capacity: ReturnType<typeof capacityOf>;
  coaching: DriverRating | null;
  leadership: DriverRating | null;
}

export function readinessOf(engagement: AdviceInput): Readiness {
  const { expertise, drivers } = engagement;
  return {
    content: expertise.contentFamiliarity,
    facilitation: expertise.facilitationExperience,
    // Unrecorded expertise is treated as new: facilitating is the safe default until someone asks.
    c: expertise.contentFamiliarity ?? 'new',
    f: expertise.facilitationExperience ?? 'new',
    capacity: capacityOf(engagement),
    coaching: drivers.coaching.rating,
    leadership: drivers.leadership.rating,
  };
}

/** One thing coach needs: the sentence when it is met, and the condition still to come ("once ... is ..."). */
interface CoachNeed {
  met: boolean;
  metText: string;
  once: string;
}

/** What coach needs: content and facilitation known well, enough in-house people, coaching and leadership in place. */
export function coachNeedsOf(r: Readiness): CoachNeed[] {
  const { content, facilitation, c, f, capacity, coaching, leadership } = r;
  const { people } = capacity;
  return [
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
}

/** The level the inputs point to, the sentences behind it, and what would move it. */
interface Recommendation {
  recommended: SupportLevel;
  reasons: string[];
  wouldChange: string[];
}

export function recommend(r: Readiness, coachNeeds: readonly CoachNeed[]): Recommendation {
  const facilitateBecause = reasonsToFacilitate(r);
  if (facilitateBecause.length > 0) return facilitateAdvice(r, facilitateBecause);
  const unmetForCoach = coachNeeds.filter((n) => !n.met).map((n) => n.once);
  if (r.c === 'new') return contentFirstAdvice(r, unmetForCoach);
  if (unmetForCoach.length === 0) return coachAdvice(coachNeeds);
  return collaborateAdvice(r, unmetForCoach);
}

/** Why the consultant should facilitate, if anything says so: facilitation or content new, or nobody in house. */
function reasonsToFacilitate({ content, facilitation, c, f, capacity }: Readiness): string[] {
  const { people } = capacity;
  const because: string[] = [];
  if (f === 'new') {
    because.push(
      facilitation === null
        ? 'Facilitation experience is not recorded yet, so the advice assumes staff have not led this learning before.'
        : 'Staff have little experience leading adult learning on this, so they are not yet ready to co-lead sessions.',
    );
  }
  if (c === 'new' && (f === 'new' || people === 0)) {
    because.unshift(
      content === null
        ? 'Content familiarity is not recorded yet, so the advice assumes the work is new to the district.'
        : 'District staff are new to the content, so the consultant should plan and facilitate while they learn.',
    );
  }
  if (people === 0 && c !== 'strong') {
    because.push('The district has no in-house facilitators or coaches to share planning and delivery with.');
  }
  return because;
}

function facilitateAdvice({ facilitation, c, f, capacity }: Readiness, because: string[]): Recommendation {
  const toCollaborate: string[] = [];
  if (f === 'new')
    toCollaborate.push(
      `staff had some experience leading adult learning (now ${facilitation === null ? 'not recorded' : 'little'})`,
    );
  if (capacity.people === 0 && c !== 'strong')
    toCollaborate.push('at least one in-house facilitator or coach could share the work');
  return {
    recommended: 'facilitate',
    reasons: [...because],
    wouldChange: [`Collaborate would fit if ${joinAnd(toCollaborate)}.`],
  };
}

/**
 * Strong or able facilitators who are new to the content: the consultant teaches the content,
 * and the district's own people co-plan and then lead.
 */
function contentFirstAdvice({ f, capacity }: Readiness, unmetForCoach: readonly string[]): Recommendation {
  return {
    recommended: 'collaborate',
    reasons: [
      `Staff have ${FACILITATION[f]}, and the district has ${capacity.peopleText} (${plural(capacity.people, 'person', 'people')} for ${capacity.reachText}), so they can plan and lead sessions with the consultant.`,
      'The content is new to them, so the consultant leads the first training on the content; the people it prepares then co-plan and lead the sessions, with the consultant planning alongside.',
    ],
    wouldChange: [
      'Facilitate would fit if staff also had little experience leading adult learning, or no in-house facilitators or coaches.',
      `Coach would fit once ${joinAnd(unmetForCoach)}.`,
    ],
  };
}

function coachAdvice(coachNeeds: readonly CoachNeed[]): Recommendation {
  return {
    recommended: 'coach',
    reasons: [
      ...coachNeeds.map((n) => n.metText),
      'An outside voice coaching their planning and assessment complements that expertise rather than replacing it.',
    ],
    wouldChange: [
      'Collaborate would fit better if the coaching or leadership driver slipped to not in place, or if in-house facilitators and coaches were no longer available.',
    ],
  };
}

function collaborateAdvice({ c, f, capacity }: Readiness, unmetForCoach: readonly string[]): Recommendation {
  return {
    recommended: 'collaborate',
    reasons: [
      `Staff are ${FAMILIARITY[c]} and have ${FACILITATION[f]}, so district and consultant can plan each session together.`,
      capacity.enough
        ? `The district has ${capacity.peopleText} for ${capacity.reachText} to share the delivery.`
        : `The district has ${capacity.peopleText} for ${capacity.reachText}: enough to share the delivery, too few yet to carry it alone.`,
    ],
    wouldChange: [
      `Coach would fit once ${joinAnd(unmetForCoach)}.`,
      'Facilitate would fit if the content or the facilitation turned out to be new to staff.',
    ],
  };
}

/**
 * What a later phase's step down to coach waits for: content known, enough people, and coaching
 * and leadership at least partly in place. Staff who build their facilitation and content
 * knowledge in the earlier phases are expected to grow into it.
 */
export function coachWaitsFor(r: Readiness, coachNeeds: readonly CoachNeed[]): string[] {
  const waits = coachNeeds
    .slice(2)
    .filter((n) => !n.met)
    .map((n) => n.once);
  if (r.c === 'new') waits.unshift('staff know the content (now new to it)');
  return waits;
}
