import {
  DRIVER_KEYS,
  lineName,
  type CatalogService,
  type Discount,
  type Engagement,
  type Phase,
  type PlanLine,
  type Priority,
  type SupportLevel,
} from '../../domain';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from '../advice';
import { buildCalendar, type DistrictCalendar } from '../calendar';
import { capacityBuckets, type CapacityBuckets } from '../capacity';
import { linePricing, subtotalCents, type LinePricing } from '../pricing';
import { countIn, groupUnit, quantityText } from '../quantity';
import type { Size } from './ladder';
import { fundingOrder, placeInCalendar } from './order';

/**
 * Everything sizing and the schedule need to know about each line, worked out once per
 * engagement so the what-if slider can re-size at any budget without doing it again: its price,
 * how its quantity may shrink, what it follows and what follows it up, and where it can land on
 * the calendar.
 */

export interface PreparedLine {
  index: number;
  line: PlanLine;
  service: CatalogService;
  name: string;
  /** 0 essential, 1 high, 2 optional; a follow-up takes its training's tier when that is higher. */
  tier: number;
  pricing: LinePricing;
  /** Items this line depends on. */
  deps: number[];
  /** The training item whose reach bounds this follow-up's groups, or -1. */
  leader: number;
  /** The share (percent) of what the leader reaches that this follow-up must reach. */
  leaderCoverage: number;
  /** Follow-up items whose groups follow this line's. */
  followers: number[];
  northStar: Size;
  /** The most the funded phase can hold: all groups, the units that fall in the budget's window. */
  top: Size;
  /** The smallest useful size: the coverage and dosage floors. */
  floor: Size;
  /** Positions on the line's ladder from floor (0) to top (`steps`). */
  steps: number;
  /** Follow-up services keep coverage and give up dosage first; others the reverse. */
  coverageFirst: boolean;
  /**
   * The most units per group the calendar can hold for one group (its dates, its PD days, its
   * visit days): a line that climbs dosage first climbs to it, then coverage, then the rest of
   * its dosage, so a step the calendar cannot hold does not stop it reaching more groups.
   */
  dosageCap: number;
  /** False when the line's window starts after the budget's window ends. */
  fundable: boolean;
  usesPdDays: boolean;
  /** Dates the line's sessions may fall on inside the funded window, when it names its own. */
  dates: string[];
  /** Units per consultant visit day, or 0 when the line takes no visit days. */
  visitUnitsPerDay: number;
  /** The consultant leads part of each session, so concurrent groups each need a facilitator. */
  consultantLed: boolean;
  groupWord: { singular: string; plural: string };
  /** Calendar bucket: 0 for the funded window, k for its k-th phase. */
  bucket: number;
  /** Index of the earliest month the line can start in. */
  earliest: number;
  /** Whether any month from `earliest` to the end of its bucket has working days. */
  open: boolean;
  driverIndexes: number[];
  /** The best (lowest) rank among the needs it serves; Infinity when it serves none. */
  needRank: number;
  northStarQuantity: string;
  northStarCents: number;
}

export interface PreparedSizing {
  engagement: Engagement;
  advice: SupportLevelAdvice;
  items: PreparedLine[];
  /** Indices into `items`: dependencies first, otherwise priority, need rank, builds-on, plan order. */
  order: number[];
  /** The whole engagement window, for north-star counts. */
  calendar: DistrictCalendar;
  /** The window the budget pays for, where the funded phase is sized and scheduled. */
  fundedCalendar: DistrictCalendar;
  fundedWindow: { start: string; end: string };
  fundedPhases: Phase[];
  buckets: CapacityBuckets;
  currency: string;
  discount: Discount;
  facilitatorsPerDay: number | null;
}

const TIERS: Record<Priority, number> = { essential: 0, high: 1, optional: 2 };
/** Services that follow training up in the work setting: they keep reach and give up dosage. */
export const FOLLOW_UP_CATEGORIES: ReadonlySet<string> = new Set([
  'coaching',
  'implementation_support',
  'leadership',
]);

function clip(window: { start: string; end: string }, limit: { start: string; end: string }) {
  const start = window.start > limit.start ? window.start : limit.start;
  const end = window.end < limit.end ? window.end : limit.end;
  return start <= end ? { start, end } : null;
}

/** The funded window and the calendars, buckets and phases inside it. */
interface FundedCalendars {
  calendar: DistrictCalendar;
  fundedWindow: { start: string; end: string };
  fundedPhases: Phase[];
  fundedCalendar: DistrictCalendar;
  buckets: CapacityBuckets;
}

/** What preparing each line looks things up in. */
interface LineContext extends FundedCalendars {
  engagement: Engagement;
  levelOf: (line: PlanLine) => SupportLevel;
  bucketOfPhase: ReadonlyMap<string, number>;
  phaseOf: ReadonlyMap<string, Phase>;
  pdRecorded: boolean;
  rank: ReadonlyMap<string, number>;
  workdays: ReadonlySet<string>;
  classDays: ReadonlySet<string>;
}

export function prepareSizing(engagement: Engagement, advice?: SupportLevelAdvice): PreparedSizing {
  const counsel = advice ?? adviseSupportLevel(engagement);
  const { timeline } = engagement;
  const calendars = fundedCalendars(engagement);
  const { fundedCalendar, fundedPhases, buckets } = calendars;
  const ctx: LineContext = {
    ...calendars,
    engagement,
    levelOf: levelResolver(engagement, counsel),
    bucketOfPhase: new Map(fundedPhases.map((p, k) => [p.id, k + 1])),
    phaseOf: new Map(timeline.phases.map((p) => [p.id, p])),
    pdRecorded: timeline.pdDays.length > 0,
    rank: new Map(engagement.needs.map((n) => [n.id, n.rank])),
    workdays: new Set(fundedCalendar.days.filter((d) => d.workday).map((d) => d.date)),
    classDays: new Set(fundedCalendar.days.filter((d) => d.classroom).map((d) => d.date)),
  };
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  const indexById = new Map<string, number>();
  const items: PreparedLine[] = [];
  for (const line of engagement.lines) {
    const service = services.get(line.serviceId);
    if (!service) continue;
    indexById.set(line.id, items.length);
    items.push(prepareLine(line, service, items.length, ctx));
  }
  tieDependencies(items, indexById);
  tieFollowUps(items, indexById);
  for (const item of items) {
    item.steps = item.fundable
      ? item.top.groups - item.floor.groups + (item.top.count - item.floor.count)
      : 0;
  }

  const order = fundingOrder(engagement, items);
  placeInCalendar(items, order, buckets, fundedCalendar);
  for (const item of items) item.dosageCap = dosageCap(item, buckets, fundedCalendar);
  return {
    engagement,
    advice: counsel,
    items,
    order,
    calendar: calendars.calendar,
    fundedCalendar,
    fundedWindow: calendars.fundedWindow,
    fundedPhases,
    buckets,
    currency: engagement.rateCard.currency,
    discount: engagement.discount,
    facilitatorsPerDay: timeline.facilitatorsPerDay,
  };
}

/**
 * The window the budget pays for (the engagement's, cut at `fundsThrough`), the phases clipped
 * to it, its calendar (the whole window's when it is the whole window) and its capacity buckets.
 */
function fundedCalendars(engagement: Engagement): FundedCalendars {
  const { timeline } = engagement;
  const fy = engagement.client.fiscalYearStartMonth;
  const calendar = buildCalendar(timeline, fy);
  const fundsThrough = engagement.budget.fundsThrough;
  const fundedWindow = {
    start: timeline.start,
    end: fundsThrough !== null && fundsThrough < timeline.end ? fundsThrough : timeline.end,
  };
  const fundedPhases = timeline.phases.flatMap((p) => {
    const inside = clip(p, fundedWindow);
    return inside ? [{ ...p, ...inside }] : [];
  });
  const fundedCalendar =
    fundedWindow.end === timeline.end
      ? calendar
      : buildCalendar({ ...timeline, end: fundedWindow.end, phases: fundedPhases }, fy);
  return {
    calendar,
    fundedWindow,
    fundedPhases,
    fundedCalendar,
    buckets: capacityBuckets(fundedCalendar, fundedPhases),
  };
}

/** One line worked out: its price, its ladder's top and floor in the funded window, and how it uses the calendar. */
function prepareLine(line: PlanLine, service: CatalogService, index: number, ctx: LineContext): PreparedLine {
  const { engagement, calendar, fundedWindow } = ctx;
  const pricing = linePricing(line, service, ctx.levelOf(line), engagement.rateCard);
  const window = (line.phaseId !== null ? ctx.phaseOf.get(line.phaseId) : undefined) ?? engagement.timeline;
  const fundable = clip(window, fundedWindow);
  const G = line.quantity.groups;
  const nsCount = countIn(line, calendar, window);
  const topCount = fundable ? countIn(line, calendar, fundable) : 0;
  const top = { groups: G, count: topCount };
  const floor = line.scalable
    ? { groups: Math.min(line.quantity.minGroups, G), count: floorCount(line, calendar, fundable, topCount) }
    : top;
  const use = calendarUse(line, service, pricing, fundable, ctx);
  const drivers = line.drivers.length > 0 ? line.drivers : service.drivers;
  const needRank = line.needIds.reduce((m, id) => Math.min(m, ctx.rank.get(id) ?? Infinity), Infinity);
  return {
    index,
    line,
    service,
    name: lineName(line, engagement.catalog),
    tier: TIERS[line.priority],
    pricing,
    deps: [],
    leader: -1,
    leaderCoverage: 100,
    followers: [],
    northStar: { groups: G, count: nsCount },
    top,
    floor,
    steps: 0,
    coverageFirst: FOLLOW_UP_CATEGORIES.has(service.category),
    dosageCap: top.count,
    fundable: fundable !== null,
    usesPdDays: use.usesPdDays,
    dates: use.dates,
    visitUnitsPerDay: use.visitUnitsPerDay,
    consultantLed: pricing.leads !== 'district' && pricing.leadHoursPerUnit > 0,
    groupWord: groupUnit(line, service),
    bucket: line.phaseId !== null ? (ctx.bucketOfPhase.get(line.phaseId) ?? 0) : 0,
    earliest: 0,
    open: fundable !== null,
    driverIndexes: DRIVER_KEYS.flatMap((k, d) => (drivers.includes(k) ? [d] : [])),
    needRank,
    northStarQuantity: quantityText(line, service, G, nsCount),
    northStarCents: subtotalCents(pricing, G, nsCount),
  };
}

/** The most units per group the calendar can hold for one group, within the line's floor and top. */
function dosageCap(item: PreparedLine, buckets: CapacityBuckets, calendar: DistrictCalendar): number {
  const { floor, top } = item;
  let cap = top.count;
  if (item.dates.length > 0) {
    const monthOf = new Map(calendar.months.map((m, k) => [m.month, k]));
    cap = item.dates.filter((d) => (monthOf.get(d.slice(0, 7)) ?? -1) >= item.earliest).length;
  } else if (item.usesPdDays) cap = buckets.pdFrom[item.bucket]?.[item.earliest] ?? 0;
  else if (item.visitUnitsPerDay > 0)
    cap = (buckets.visitsFrom[item.bucket]?.[item.earliest] ?? 0) * item.visitUnitsPerDay;
  return Math.max(floor.count, Math.min(top.count, cap));
}

/** The dosage floor: the fewest units per group worth delivering in the funded window, at least one. */
function floorCount(
  line: PlanLine,
  calendar: DistrictCalendar,
  fundable: { start: string; end: string } | null,
  topCount: number,
): number {
  if (!fundable) return 0;
  return Math.max(
    1,
    Math.min(
      topCount,
      line.quantity.minCount === null ? topCount : countIn(line, calendar, fundable, line.quantity.minCount),
    ),
  );
}

/**
 * How the line uses the calendar: face-to-face sessions on PD days (when the district records
 * them and the line names no dates), the dates it names that fall on days it can use, or
 * consultant visit days.
 */
function calendarUse(
  line: PlanLine,
  service: CatalogService,
  pricing: LinePricing,
  fundable: { start: string; end: string } | null,
  ctx: LineContext,
): { usesPdDays: boolean; dates: string[]; visitUnitsPerDay: number } {
  const inPerson = line.deliveryMode === 'in_person';
  const classroomWork = inPerson && service.classroom;
  const dates = fundable
    ? line.dates
        .filter(
          (d) =>
            d >= fundable.start && d <= fundable.end && (classroomWork ? ctx.classDays : ctx.workdays).has(d),
        )
        .sort()
    : [];
  const usesPdDays = inPerson && service.calendar === 'pd_day' && ctx.pdRecorded && line.dates.length === 0;
  const takesVisit =
    inPerson && pricing.onSite && !usesPdDays && line.dates.length === 0 && service.calendar !== 'flexible';
  return { usesPdDays, dates, visitUnitsPerDay: takesVisit ? service.unitsPerDay : 0 };
}

/** Each line's dependencies, as indexes of the lines it depends on. */
function tieDependencies(items: readonly PreparedLine[], indexById: ReadonlyMap<string, number>): void {
  for (const item of items) {
    for (const dep of item.line.dependsOn) {
      const d = indexById.get(dep);
      if (d !== undefined && d !== item.index) item.deps.push(d);
    }
  }
}

/**
 * Follow-up ties: a follow-up follows the first training that names it, and takes its tier when
 * that is higher; a line that follows another never leads one, so ties cannot run in a circle.
 */
function tieFollowUps(items: readonly PreparedLine[], indexById: ReadonlyMap<string, number>): void {
  const leads = new Set<number>();
  for (const item of items) {
    if (item.leader >= 0 || !item.fundable) continue;
    for (const f of item.line.followUps) {
      const k = indexById.get(f.lineId);
      const follower = k === undefined ? undefined : items[k];
      if (!follower || follower.leader >= 0 || leads.has(follower.index) || follower === item) continue;
      if (!follower.fundable || !follower.line.scalable || !item.line.scalable) continue;
      follower.leader = item.index;
      follower.leaderCoverage = f.coverage;
      follower.tier = Math.min(follower.tier, item.tier);
      item.followers.push(follower.index);
      leads.add(item.index);
    }
  }
}
