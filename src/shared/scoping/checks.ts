import {
  DRIVER_INFO,
  DRIVER_KEYS,
  DRIVER_RATING_LABELS,
  lineName,
  type DriverKey,
  type Engagement,
  type PlanLine,
  type ServiceCategory,
} from '../domain';
import { formatMoneyPlain } from '../money';
import { dateWords, lowerFirst, plural, quoteList } from '../words';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from './advice';
import { fundingAfterDeadlines } from './funding-dates';
import type { Costing } from './costing';
import type { Schedule } from './schedule';
import { FOLLOW_UP_CATEGORIES, type PreparedSizing, type Sizing } from './sizing';

/**
 * Reads the plan against the field's principles and says, in words, what is missing and how
 * to fix it. Each principle is read on the north star and on the funded phase, because the
 * funded phase is what the district will actually receive: a plan whose north star is sound can
 * still fund training while its coaching waits.
 */

export type PlanCheckCode =
  | 'training_without_follow_up'
  | 'no_data_review'
  | 'one_off_sessions'
  | 'no_collaboration_time'
  | 'no_priority_needs'
  | 'lines_not_tied'
  | 'nothing_builds_on_inventory'
  | 'facilitate_throughout'
  | 'override_without_reason'
  | 'driver_not_served'
  | 'adaptive_without_leadership'
  | 'top_need_unfunded'
  | 'capacity_building_lost'
  | 'coaching_too_thin'
  | 'essential_not_placed'
  | 'funding_ends_early'
  | 'funding_after_end_date'
  | 'later_phase_unfunded'
  | 'pins_over_budget'
  | 'pd_days_not_recorded'
  | 'unplaced_units';

export interface PlanCheck {
  code: PlanCheckCode;
  severity: 'warning' | 'notice';
  /** Which plan the finding is about. */
  scope: 'north_star' | 'funded' | 'engagement';
  message: string;
  fix: string;
  lineIds: string[];
}

interface View {
  lines: PlanLine[];
  ids: ReadonlySet<string>;
  category: (line: PlanLine) => ServiceCategory | undefined;
  name: (line: PlanLine) => string;
  /** Units per group, as funded (or as planned in the north star). */
  count: (line: PlanLine) => number;
}

type Finding = Omit<PlanCheck, 'scope'> | null;
type Principle = (view: View, engagement: Engagement) => Finding;

const warning = (f: Omit<PlanCheck, 'scope' | 'severity'>): Omit<PlanCheck, 'scope'> => ({
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

const principles: Principle[] = [
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
      message: `Training with no follow-up: ${quoteList(alone.map(v.name))} ${alone.length === 1 ? 'teaches' : 'teach'} new practice, but nothing coaches it or supports it in the work setting.`,
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
      message: `One-off sessions with no continuity: ${quoteList(flagged.map(v.name))} ${flagged.length === 1 ? 'is a single session' : 'are single sessions'} that nothing builds on.`,
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
      message: `${untied.length === 1 ? 'A service is' : `${untied.length} services are`} tied to no priority need and no inventory item: ${quoteList(untied.map(v.name))}.`,
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
      message: `Coaching spread thin: ${quoteList(thin.map(v.name))} ${thin.length === 1 ? 'gives' : 'give'} each person fewer than ${THIN_DOSAGE} cycles or calls, too little to change practice.`,
      fix: 'Coach fewer people with at least two cycles each, or find the money for a second cycle.',
      lineIds: thin.map((l) => l.id),
    };
  },
];

export interface CheckOptions {
  sizing?: Sizing;
  costing?: Costing;
  schedule?: Schedule;
  advice?: SupportLevelAdvice;
  prepared?: PreparedSizing;
}

export function checkPlan(engagement: Engagement, options: CheckOptions = {}): PlanCheck[] {
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const name = (l: PlanLine) => lineName(l, engagement.catalog);
  const plannedCount = new Map(options.sizing?.lines.map((s) => [s.lineId, s.northStarCount]) ?? []);
  const make = (lines: PlanLine[], count: (l: PlanLine) => number): View => ({
    lines,
    ids: new Set(lines.map((l) => l.id)),
    category: (l) => categories.get(l.serviceId),
    name,
    count,
  });
  const northStar = make(engagement.lines, (l) => plannedCount.get(l.id) ?? l.quantity.count);
  const sizing = options.sizing;
  const fundedCounts = sizing?.fundedCounts ?? {};
  const funded = sizing
    ? make(
        engagement.lines.filter((l) => (sizing.fundedGroups[l.id] ?? 0) > 0),
        (l) => fundedCounts[l.id] ?? 0,
      )
    : null;
  const out: PlanCheck[] = [];

  for (const principle of principles) {
    const onNorthStar = principle(northStar, engagement);
    if (onNorthStar) out.push({ ...onNorthStar, scope: 'north_star' });
    const onFunded = funded && funded.lines.length > 0 ? principle(funded, engagement) : null;
    if (!onFunded) continue;
    // Only what the funded phase adds: lines or findings the north star does not already show.
    const known = new Set(onNorthStar?.lineIds ?? []);
    const fresh = onFunded.lineIds.filter((id) => !known.has(id));
    if (
      onNorthStar &&
      (onFunded.lineIds.length === 0 ? onNorthStar.message === onFunded.message : fresh.length === 0)
    )
      continue;
    out.push({
      ...onFunded,
      scope: 'funded',
      message: `In the funded phase: ${lowerFirst(onFunded.message)}`,
      fix: `${onFunded.fix} If the north star already has it, keep at least part of it funded (pin it, or trim other services) rather than deferring it.`,
    });
  }

  out.push(...engagementChecks(engagement, options, categories, name));
  return out;
}

function engagementChecks(
  engagement: Engagement,
  options: CheckOptions,
  categories: ReadonlyMap<string, ServiceCategory>,
  name: (l: PlanLine) => string,
): PlanCheck[] {
  const out: PlanCheck[] = [];
  const { sizing, schedule } = options;
  const currency = engagement.rateCard.currency;
  const money = (c: number) => formatMoneyPlain(c, currency);
  const fundedIds = new Set(Object.keys(sizing?.fundedGroups ?? {}));

  if (engagement.needs.length === 0) {
    out.push({
      code: 'no_priority_needs',
      severity: 'warning',
      scope: 'engagement',
      message:
        'No priority needs are recorded, so nothing ties the plan to what current results show learners need most.',
      fix: 'Record the highest-priority student and educator needs with their evidence (source, measure, baseline, target) and link the services to them.',
      lineIds: [],
    });
  } else if (sizing && engagement.lines.length > 0) {
    const top = [...engagement.needs].sort((a, b) => a.rank - b.rank)[0];
    const serving = engagement.lines.filter((l) => top && l.needIds.includes(top.id));
    if (top && serving.length > 0 && !serving.some((l) => fundedIds.has(l.id))) {
      out.push({
        code: 'top_need_unfunded',
        severity: 'warning',
        scope: 'funded',
        message: `Nothing funded serves the highest-priority need, “${top.statement}”: ${quoteList(serving.map(name))} ${serving.length === 1 ? 'waits' : 'wait'}.`,
        fix: 'Fund at least part of a service for it first; the plan should start where the need is greatest.',
        lineIds: serving.map((l) => l.id),
      });
    }
  }

  if (
    engagement.inventory.length > 0 &&
    engagement.lines.length > 0 &&
    !engagement.lines.some((l) => l.buildsOn.length > 0)
  ) {
    out.push({
      code: 'nothing_builds_on_inventory',
      severity: 'warning',
      scope: 'north_star',
      message: 'The plan builds on nothing the district already has working or showing promise.',
      fix: 'Start where the district is: link services to the inventory items they extend (a PLC structure, a coaching model, PD days).',
      lineIds: [],
    });
  }

  const advice = options.advice ?? adviseSupportLevel(engagement);
  const levelOf = levelResolver(engagement, advice);
  const builders = engagement.lines.filter((l) => categories.get(l.serviceId) === 'capacity_building');
  if (
    engagement.lines.length > 0 &&
    engagement.lines.every((l) => levelOf(l) === 'facilitate') &&
    builders.length === 0
  ) {
    out.push({
      code: 'facilitate_throughout',
      severity: 'warning',
      scope: 'north_star',
      message:
        'The consultant facilitates throughout and nothing builds the district’s own capacity to carry the work on.',
      fix: 'Step the support level down to collaborate in a later phase, or add facilitator development (train the trainer), so the work lasts after the contract.',
      lineIds: [],
    });
  }
  if (sizing && builders.length > 0 && fundedIds.size > 0 && !builders.some((l) => fundedIds.has(l.id))) {
    out.push({
      code: 'capacity_building_lost',
      severity: 'warning',
      scope: 'funded',
      message: `The funded phase builds none of the district’s own capacity: ${quoteList(builders.map(name))} ${builders.length === 1 ? 'waits' : 'wait'}, so the work would stop with the contract.`,
      fix: 'Keep facilitator development funded, even in part, ahead of services the consultant would otherwise keep delivering.',
      lineIds: builders.map((l) => l.id),
    });
  }

  if (advice.overridden && engagement.supportLevel.overrideReason.trim() === '') {
    out.push({
      code: 'override_without_reason',
      severity: 'notice',
      scope: 'engagement',
      message: `The support level is set to ${advice.effective} although the advice is ${advice.recommended}, and no reason is recorded.`,
      fix: 'Write down why, so the scope of work can explain the choice to the district.',
      lineIds: [],
    });
  }

  if (sizing) {
    const blocked = sizing.lines.filter(
      (s) =>
        s.priority === 'essential' &&
        s.status !== 'funded' &&
        s.reason !== null &&
        ['pd_days', 'visit_days', 'dates', 'calendar_closed'].includes(s.reason.code),
    );
    if (blocked.length > 0) {
      out.push({
        code: 'essential_not_placed',
        severity: 'warning',
        scope: 'funded',
        message: `The calendar, not the money, holds back ${quoteList(blocked.map((s) => s.name))}: ${blocked.map((s) => lowerFirst(s.reason?.sentence ?? '')).join(' ')}`,
        fix: 'Add PD days or visit days inside the window, shorten a blackout, or let the work start in the same month as what it builds on.',
        lineIds: blocked.map((s) => s.lineId),
      });
    }
  }

  out.push(...fundingChecks(engagement, options, money));

  if (sizing && sizing.overBudgetCents > 0) {
    const pinned = engagement.lines.filter((l) => l.pin === 'funded');
    out.push({
      code: 'pins_over_budget',
      severity: 'warning',
      scope: 'funded',
      message: `Services kept funded by hand cost ${money(sizing.overBudgetCents)} more than the budget.`,
      fix: 'Unpin a service, reduce its quantity, or raise the budget.',
      lineIds: pinned.map((l) => l.id),
    });
  }

  const faceToFace = engagement.lines.filter((l) => {
    const s = engagement.catalog.find((c) => c.id === l.serviceId);
    return s?.calendar === 'pd_day' && l.deliveryMode === 'in_person' && l.dates.length === 0;
  });
  if (faceToFace.length > 0 && engagement.timeline.pdDays.length === 0) {
    out.push({
      code: 'pd_days_not_recorded',
      severity: 'notice',
      scope: 'engagement',
      message:
        'No district PD days are recorded, so face-to-face sessions are placed on ordinary visit days.',
      fix: 'Record the district’s PD days so sessions land on days teachers are free.',
      lineIds: faceToFace.map((l) => l.id),
    });
  }

  if (schedule && schedule.unplaced.length > 0) {
    const u = schedule.unplaced;
    out.push({
      code: 'unplaced_units',
      severity: 'warning',
      scope: 'funded',
      message: `Some funded work does not fit the calendar: ${u.map((x) => `“${x.name}” (${x.reason.replace(/\.$/, '')})`).join('; ')}.`,
      fix: 'Add PD days, allow more visit days a month, shorten blackouts or lengthen the window.',
      lineIds: u.map((x) => x.lineId),
    });
  }
  return out;
}

/** Funding sources against the funded window, the schedule, and the work left for later budgets. */
function fundingChecks(
  engagement: Engagement,
  options: CheckOptions,
  money: (c: number) => string,
): PlanCheck[] {
  const out: PlanCheck[] = [];
  const { sizing, schedule, costing } = options;
  const sources = engagement.budget.fundingSources;
  const workEnds = sizing?.fundedWindow.end ?? engagement.timeline.end;
  for (const source of sources) {
    if (source.endDate !== null && source.endDate < workEnds) {
      out.push({
        code: 'funding_ends_early',
        severity: 'warning',
        scope: 'engagement',
        message: `“${source.name}” must be spent by ${dateWords(source.endDate)}, before the work this budget pays for ends on ${dateWords(workEnds)}.`,
        fix: 'Schedule the work it pays for before that date, or pay for the later work from another source.',
        lineIds: [],
      });
    }
  }
  if (costing && schedule && sources.some((s) => s.endDate !== null)) {
    for (const late of fundingAfterDeadlines(engagement, costing, schedule)) {
      out.push({
        code: 'funding_after_end_date',
        severity: 'warning',
        scope: 'funded',
        message: `${money(late.workCents)} of funded work is scheduled after ${dateWords(late.date)}, when only ${money(late.availableCents)} of the funding (${late.sources.length > 0 ? quoteList(late.sources) : 'no source'}) can still pay for it.`,
        fix: 'Move that work earlier, or add a source that can pay after that date.',
        lineIds: late.lineIds,
      });
    }
  }
  const levelOf = new Map(sizing?.lines.map((s) => [s.lineId, s.level]) ?? []);
  for (const group of sizing?.deferredPhases ?? []) {
    if (group.cause !== 'later') continue;
    const levels = new Set(group.lines.flatMap((l) => levelOf.get(l.lineId) ?? []));
    out.push({
      code: 'later_phase_unfunded',
      severity: 'notice',
      scope: 'north_star',
      message: `${group.name} (${money(group.totalCents)}${levels.size === 1 ? ` at ${[...levels][0] ?? ''}` : ''}, ${plural(new Set(group.lines.map((l) => l.lineId)).size, 'service', 'services')}) has no funding source yet: it waits for its own budget.`,
      fix: 'Record the source expected to pay for it once it is known, or plan the request for that budget year.',
      lineIds: group.lines.map((l) => l.lineId),
    });
  }
  return out;
}
