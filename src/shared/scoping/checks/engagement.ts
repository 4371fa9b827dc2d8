import type { Engagement, PlanLine, ServiceCategory } from '../../domain';
import { formatMoneyPlain } from '../../money';
import { agree, dateWords, lowerFirst, plural, quoteList } from '../../words';
import { adviseSupportLevel, levelResolver } from '../advice';
import { fundingAfterDeadlines } from '../funding-dates';
import { payingSources } from '../funding-wording';
import type { CheckOptions, PlanCheck } from './types';

/**
 * Checks on the engagement as a whole rather than on one plan: needs, capacity building, the
 * support level, the calendar, funding sources and pins. Each returns its findings, or none.
 */

interface Context {
  engagement: Engagement;
  options: CheckOptions;
  category: (l: PlanLine) => ServiceCategory | undefined;
  name: (l: PlanLine) => string;
  money: (cents: number) => string;
  fundedIds: ReadonlySet<string>;
}

type Check = (ctx: Context) => PlanCheck[];

const CALENDAR_REASONS = new Set(['pd_days', 'visit_days', 'dates', 'calendar_closed']);

const needs: Check = ({ engagement, options, name, fundedIds }) => {
  if (engagement.needs.length === 0) {
    return [
      {
        code: 'no_priority_needs',
        severity: 'warning',
        plan: 'engagement',
        message:
          'No priority needs are recorded, so nothing ties the plan to what current results show learners need most.',
        fix: 'Record the highest-priority student and educator needs with their evidence (source, measure, baseline, target) and link the services to them.',
        lineIds: [],
      },
    ];
  }
  const top = [...engagement.needs].sort((a, b) => a.rank - b.rank)[0];
  const serving = engagement.lines.filter((l) => top && l.needIds.includes(top.id));
  if (!options.sizing || !top || serving.length === 0 || serving.some((l) => fundedIds.has(l.id))) return [];
  return [
    {
      code: 'top_need_unfunded',
      severity: 'warning',
      plan: 'funded',
      message: `Nothing funded serves the highest-priority need, “${top.statement}”: ${quoteList(serving.map(name))} ${agree(serving.length, 'waits', 'wait')}.`,
      fix: 'Fund at least part of a service for it first; the plan should start where the need is greatest.',
      lineIds: serving.map((l) => l.id),
    },
  ];
};

const inventory: Check = ({ engagement }) =>
  engagement.inventory.length > 0 &&
  engagement.lines.length > 0 &&
  !engagement.lines.some((l) => l.buildsOn.length > 0)
    ? [
        {
          code: 'nothing_builds_on_inventory',
          severity: 'warning',
          plan: 'north_star',
          message: 'The plan builds on nothing the district already has working or showing promise.',
          fix: 'Start where the district is: link services to the inventory items they extend (a PLC structure, a coaching model, PD days).',
          lineIds: [],
        },
      ]
    : [];

const capacity: Check = ({ engagement, options, category, name, fundedIds }) => {
  const out: PlanCheck[] = [];
  const advice = options.advice ?? adviseSupportLevel(engagement);
  const levelOf = levelResolver(engagement, advice);
  const builders = engagement.lines.filter((l) => category(l) === 'capacity_building');
  if (
    engagement.lines.length > 0 &&
    builders.length === 0 &&
    engagement.lines.every((l) => levelOf(l) === 'facilitate')
  ) {
    out.push({
      code: 'facilitate_throughout',
      severity: 'warning',
      plan: 'north_star',
      message:
        'The consultant facilitates throughout and nothing builds the district’s own capacity to carry the work on.',
      fix: 'Step the support level down to collaborate in a later phase, or add facilitator development (train the trainer), so the work lasts after the contract.',
      lineIds: [],
    });
  }
  if (
    options.sizing &&
    builders.length > 0 &&
    fundedIds.size > 0 &&
    !builders.some((l) => fundedIds.has(l.id))
  ) {
    out.push({
      code: 'capacity_building_lost',
      severity: 'warning',
      plan: 'funded',
      message: `The funded phase builds none of the district’s own capacity: ${quoteList(builders.map(name))} ${agree(builders.length, 'waits', 'wait')}, so the work would stop with the contract.`,
      fix: 'Keep facilitator development funded, even in part, ahead of services the consultant would otherwise keep delivering.',
      lineIds: builders.map((l) => l.id),
    });
  }
  if (advice.overridden && engagement.supportLevel.overrideReason.trim() === '') {
    out.push({
      code: 'override_without_reason',
      severity: 'notice',
      plan: 'engagement',
      message: `The support level is set to ${advice.effective} although the advice is ${advice.recommended}, and no reason is recorded.`,
      fix: 'Write down why, so the scope of work can explain the choice to the district.',
      lineIds: [],
    });
  }
  return out;
};

const calendar: Check = ({ engagement, options }) => {
  const out: PlanCheck[] = [];
  const blocked = (options.sizing?.lines ?? []).filter(
    (s) => s.priority === 'essential' && s.status !== 'funded' && CALENDAR_REASONS.has(s.reason?.code ?? ''),
  );
  if (blocked.length > 0) {
    out.push({
      code: 'essential_not_placed',
      severity: 'warning',
      plan: 'funded',
      message: `The calendar, not the money, holds back ${quoteList(blocked.map((s) => s.name))}: ${blocked.map((s) => lowerFirst(s.reason?.sentence ?? '')).join(' ')}`,
      fix: 'Add PD days or visit days inside the window, shorten a blackout, or let the work start in the same month as what it builds on.',
      lineIds: blocked.map((s) => s.lineId),
    });
  }
  const services = new Map(engagement.catalog.map((c) => [c.id, c]));
  const faceToFace = engagement.lines.filter(
    (l) =>
      services.get(l.serviceId)?.calendar === 'pd_day' &&
      l.deliveryMode === 'in_person' &&
      l.dates.length === 0,
  );
  if (faceToFace.length > 0 && engagement.timeline.pdDays.length === 0) {
    out.push({
      code: 'pd_days_not_recorded',
      severity: 'notice',
      plan: 'engagement',
      message:
        'No district PD days are recorded, so face-to-face sessions are placed on ordinary visit days.',
      fix: 'Record the district’s PD days so sessions land on days teachers are free.',
      lineIds: faceToFace.map((l) => l.id),
    });
  }
  const unplaced = options.schedule?.unplaced ?? [];
  if (unplaced.length > 0) {
    out.push({
      code: 'unplaced_units',
      severity: 'warning',
      plan: 'funded',
      message: `Some funded work does not fit the calendar: ${unplaced.map((x) => `“${x.name}” (${x.reason.replace(/\.$/, '')})`).join('; ')}.`,
      fix: 'Add PD days, allow more visit days a month, shorten blackouts or lengthen the window.',
      lineIds: unplaced.map((x) => x.lineId),
    });
  }
  return out;
};

/** Funding sources against the funded window and the schedule. */
const funding: Check = ({ engagement, options, money }) => {
  const out: PlanCheck[] = [];
  const { sizing, schedule, costing } = options;
  const sources = engagement.budget.fundingSources;
  const workEnds = sizing?.fundedWindow.end ?? engagement.timeline.end;
  for (const source of payingSources(engagement)) {
    if (source.read.length === 0) continue;
    out.push({
      code: 'funding_read_from_wording',
      severity: source.campusesUnnamed ? 'warning' : 'notice',
      plan: 'engagement',
      message: `“${source.name}” has its restrictions in words only; sizing reads them as ${source.read.join(', ')}.`,
      fix: source.campusesUnnamed
        ? 'Choose its campuses in Budget and timeline: until then it pays for nothing.'
        : 'Confirm them in Budget and timeline (Keep these), or set what it may pay for.',
      lineIds: [],
    });
  }
  for (const source of sources) {
    if (source.endDate === null || source.endDate >= workEnds) continue;
    out.push({
      code: 'funding_ends_early',
      severity: 'warning',
      plan: 'engagement',
      message: `“${source.name}” must be spent by ${dateWords(source.endDate)}, before the work this budget pays for ends on ${dateWords(workEnds)}.`,
      fix: 'Schedule the work it pays for before that date, or pay for the later work from another source.',
      lineIds: [],
    });
  }
  if (!costing || !schedule || !sources.some((s) => s.endDate !== null)) return out;
  for (const late of fundingAfterDeadlines(engagement, costing, schedule)) {
    out.push({
      code: 'funding_after_end_date',
      severity: 'warning',
      plan: 'funded',
      message: `${money(late.workCents)} of funded work is scheduled after ${dateWords(late.date)}, when only ${money(late.availableCents)} of the funding (${late.sources.length > 0 ? quoteList(late.sources) : 'no source'}) can still pay for it.`,
      fix: 'Move that work earlier, or add a source that can pay after that date.',
      lineIds: late.lineIds,
    });
  }
  return out;
};

/** Work planned for later windows, and lines kept by hand past the budget. */
const budget: Check = ({ engagement, options, money }) => {
  const out: PlanCheck[] = [];
  const { sizing } = options;
  const levelOf = new Map(sizing?.lines.map((s) => [s.lineId, s.level]) ?? []);
  for (const group of sizing?.deferredPhases ?? []) {
    if (group.cause !== 'later') continue;
    const levels = new Set(group.lines.flatMap((l) => levelOf.get(l.lineId) ?? []));
    out.push({
      code: 'later_phase_unfunded',
      severity: 'notice',
      plan: 'north_star',
      message: `${group.name} (${money(group.totalCents)}${levels.size === 1 ? ` at ${[...levels][0] ?? ''}` : ''}, ${plural(new Set(group.lines.map((l) => l.lineId)).size, 'service', 'services')}) has no funding source yet: it waits for its own budget.`,
      fix: 'Record the source expected to pay for it once it is known, or plan the request for that budget year.',
      lineIds: group.lines.map((l) => l.lineId),
    });
  }
  if (sizing && sizing.overBudgetCents > 0) {
    out.push({
      code: 'pins_over_budget',
      severity: 'warning',
      plan: 'funded',
      message: `Services kept funded by hand cost ${money(sizing.overBudgetCents)} more than the budget.`,
      fix: 'Unpin a service, reduce its quantity, or raise the budget.',
      lineIds: engagement.lines.filter((l) => l.pin === 'funded').map((l) => l.id),
    });
  }
  return out;
};

const CHECKS: readonly Check[] = [needs, inventory, capacity, calendar, funding, budget];

export function engagementChecks(
  engagement: Engagement,
  options: CheckOptions,
  categories: ReadonlyMap<string, ServiceCategory>,
  name: (l: PlanLine) => string,
): PlanCheck[] {
  const currency = engagement.rateCard.currency;
  const ctx: Context = {
    engagement,
    options,
    category: (l) => categories.get(l.serviceId),
    name,
    money: (c) => formatMoneyPlain(c, currency),
    fundedIds: new Set(Object.keys(options.sizing?.fundedGroups ?? {})),
  };
  return CHECKS.flatMap((check) => check(ctx));
}
