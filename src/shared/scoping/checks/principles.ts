import { DRIVER_INFO, DRIVER_KEYS, DRIVER_RATING_LABELS, type DriverKey, type PlanLine } from '../../domain';
import { agree, plural, quoteList } from '../../words';
import { FOLLOW_UP_CATEGORIES } from '../sizing';
import type { PlanCheck, Principle } from './types';

/**
 * The field's principles, each a reading of one plan (the north star or the funded phase) that
 * says what is missing and how to fix it, or nothing.
 */

const warning = (f: Omit<PlanCheck, 'plan' | 'severity'>): Omit<PlanCheck, 'plan'> => ({
  ...f,
  severity: 'warning',
});

/** The fewest cycles (or calls) per person that can change practice. */
const THIN_DOSAGE = 2;

function servesDriver(
  line: PlanLine,
  driver: DriverKey,
  serviceDrivers: (l: PlanLine) => readonly DriverKey[],
): boolean {
  return (line.drivers.length > 0 ? line.drivers : serviceDrivers(line)).includes(driver);
}

export const principles: Principle[] = [
  (v) => {
    // Training is followed up when a coaching, visit or leadership line in the same plan follows
    // it (tied to it, or depending on it), or the district follows it up itself.
    const training = v.lines.filter((l) => v.category(l) === 'training' || v.category(l) === 'on_demand');
    const followedByDependents = new Set(
      v.lines.filter((l) => FOLLOW_UP_CATEGORIES.has(v.category(l) ?? '')).flatMap((l) => l.dependsOn),
    );
    const followed = (t: PlanLine) =>
      t.districtFollowUp.length > 0 ||
      t.followUps.some((f) => v.ids.has(f.lineId)) ||
      followedByDependents.has(t.id);
    const alone = training.filter((t) => !followed(t));
    if (alone.length === 0) return null;
    return warning({
      code: 'training_without_follow_up',
      message: `Training with no follow-up: ${quoteList(alone.map(v.name))} ${agree(alone.length, 'teaches', 'teach')} new practice, but nothing coaches it or supports it in the work setting.`,
      fix: 'Tie implementation support visits or coaching cycles to it as its follow-up, or record the district’s own coaching that will carry it (its follow-up by the district).',
      lineIds: alone.map((l) => l.id),
    });
  },
  (v) => {
    if (v.lines.length === 0) return null;
    const reviews = v.lines.some((l) => {
      const c = v.category(l);
      return c === 'data_review' || c === 'evaluation' || l.pdcaStage === 'check';
    });
    if (reviews) return null;
    return warning({
      code: 'no_data_review',
      message: 'No PDCA check-in or data review: nothing in the plan looks at results and adjusts the work.',
      fix: 'Add PDCA check-ins and data reviews, one per cycle, so the team reviews implementation and results and decides what to change.',
      lineIds: [],
    });
  },
  (v) => {
    const dependedOn = new Set(v.lines.flatMap((l) => l.dependsOn));
    const flagged = v.lines.filter(
      (l) =>
        v.category(l) === 'training' && v.count(l) === 1 && !dependedOn.has(l.id) && l.followUps.length === 0,
    );
    if (flagged.length === 0) return null;
    return warning({
      code: 'one_off_sessions',
      message: `One-off sessions with no continuity: ${quoteList(flagged.map(v.name))} ${agree(flagged.length, 'is a single session', 'are single sessions')} that nothing builds on.`,
      fix: 'Make each a series, or tie a follow-up (coaching, implementation support, a virtual session) to it.',
      lineIds: flagged.map((l) => l.id),
    });
  },
  (v) => {
    if (v.lines.length === 0 || v.lines.some((l) => v.category(l) === 'collaboration')) return null;
    return warning({
      code: 'no_collaboration_time',
      message:
        'No collaboration time: teachers and leaders have no planned time to plan together and give each other feedback.',
      fix: 'Add collaborative planning meetings through each plan-do-check-act cycle.',
      lineIds: [],
    });
  },
  (v, e) => {
    const untied = v.lines.filter((l) => l.needIds.length === 0 && l.buildsOn.length === 0);
    if (untied.length === 0 || e.needs.length === 0) return null;
    return warning({
      code: 'lines_not_tied',
      message: `${untied.length === 1 ? 'A service is' : plural(untied.length, 'service is', 'services are')} tied to no priority need and no inventory item: ${quoteList(untied.map(v.name))}.`,
      fix: 'Link each to the need it serves or the existing work it builds on, or ask whether it belongs in the plan.',
      lineIds: untied.map((l) => l.id),
    });
  },
  (v, e) => {
    const drivers = new Map(e.catalog.map((s) => [s.id, s.drivers]));
    const serviceDrivers = (l: PlanLine) => drivers.get(l.serviceId) ?? [];
    const gaps = DRIVER_KEYS.filter((k) => {
      const rating = e.drivers[k].rating;
      return (
        (rating === 'not_in_place' || rating === 'partly') &&
        !v.lines.some((l) => servesDriver(l, k, serviceDrivers))
      );
    });
    if (gaps.length === 0 || v.lines.length === 0) return null;
    const notInPlace = gaps.some((k) => e.drivers[k].rating === 'not_in_place');
    return {
      code: 'driver_not_served',
      severity: notInPlace ? 'warning' : 'notice',
      message: `Nothing serves ${gaps.map((k) => `${DRIVER_INFO[k].label.toLowerCase()} (${DRIVER_RATING_LABELS[e.drivers[k].rating ?? 'partly']})`).join(', ')}: a driver that is not yet fully in place gets no support from the plan.`,
      fix: 'Add or keep a service that builds the driver (leadership coaching for leadership, coaching cycles for coaching, data reviews for data systems), or note why it can wait.',
      lineIds: [],
    };
  },
  (v, e) => {
    const challenge = e.drivers.leadership.challenge;
    if ((challenge !== 'adaptive' && challenge !== 'both') || v.lines.length === 0) return null;
    if (v.lines.some((l) => v.category(l) === 'leadership')) return null;
    return warning({
      code: 'adaptive_without_leadership',
      message: `The leadership challenge is ${challenge === 'both' ? 'partly adaptive' : 'adaptive'} (beliefs and ownership, not a missing tool), and nothing in the plan works with leaders on it.`,
      fix: 'Keep leadership coaching calls or a leaders’ series in the plan: adaptive challenges are met by leaders, not by training alone.',
      lineIds: [],
    });
  },
  (v) => {
    const thin = v.lines.filter((l) => {
      const c = v.category(l);
      return (c === 'coaching' || c === 'leadership') && v.count(l) < THIN_DOSAGE;
    });
    if (thin.length === 0) return null;
    return {
      code: 'coaching_too_thin',
      severity: 'notice',
      message: `Coaching spread thin: ${quoteList(thin.map(v.name))} ${agree(thin.length, 'gives', 'give')} each person fewer than ${THIN_DOSAGE} cycles or calls, too little to change practice.`,
      fix: 'Coach fewer people with at least two cycles each, or find the money for a second cycle.',
      lineIds: thin.map((l) => l.id),
    };
  },
];
