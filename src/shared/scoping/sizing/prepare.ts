import {
  DRIVER_KEYS,
  lineName,
  type CatalogService,
  type Discount,
  type Engagement,
  type Phase,
  type PlanLine,
  type Priority,
} from '../../domain';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from '../advice';
import { buildCalendar, type DistrictCalendar } from '../calendar';
import { capacityBuckets, type CapacityBuckets } from '../capacity';
import { countIn, groupUnit, linePricing, quantityText, subtotalCents, type LinePricing } from '../costing';

/**
 * Everything sizing and the schedule need to know about each line, worked out once per
 * engagement so the what-if slider can re-size at any budget without doing it again: its price,
 * how its quantity may shrink, what it follows and what follows it up, and where it can land on
 * the calendar.
 */

/** A funded quantity: groups (cohorts, campuses, teachers) × units per group (sessions, cycles). */
export interface Size {
  groups: number;
  count: number;
}

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

/**
 * The size at a ladder position. Follow-up services climb coverage first, then dosage; the rest
 * climb dosage first (every session for the cohorts they reach), then coverage.
 */
export function sizeAt(item: PreparedLine, position: number): Size {
  const p = Math.max(0, Math.min(item.steps, position));
  const { floor, top } = item;
  if (item.coverageFirst) {
    const span = top.groups - floor.groups;
    return p <= span
      ? { groups: floor.groups + p, count: floor.count }
      : { groups: top.groups, count: floor.count + p - span };
  }
  const span = top.count - floor.count;
  return p <= span
    ? { groups: floor.groups, count: floor.count + p }
    : { groups: floor.groups + p - span, count: top.count };
}

/**
 * The groups a follow-up reaches when its own ladder asks for `ownGroups` and its training
 * reaches `leaderGroups`: at least its coverage of what the training reaches, at most what the
 * training reaches (no follow-up where nobody was trained), counted in the same campuses when
 * both are tied to campuses, else in the same share of their groups.
 */
export function followerGroups(
  items: readonly PreparedLine[],
  follower: PreparedLine,
  leaderGroups: number,
  ownGroups: number,
): number {
  const leader = items[follower.leader];
  if (!leader || leaderGroups <= 0) return 0;
  const G = follower.top.groups;
  const leaderCampuses = leader.line.campusIds;
  const ownCampuses = follower.line.campusIds;
  let reach: number;
  if (leaderCampuses.length > 0 && ownCampuses.length > 0) {
    const reached = Math.min(
      leaderCampuses.length,
      Math.ceil((leaderGroups * leaderCampuses.length) / leader.top.groups),
    );
    let last = 0;
    for (const id of leaderCampuses.slice(0, reached)) last = Math.max(last, ownCampuses.indexOf(id) + 1);
    reach = Math.ceil((last * G) / ownCampuses.length);
  } else {
    reach = Math.ceil((leaderGroups * G) / leader.top.groups);
  }
  const needed = Math.max(follower.floor.groups, Math.ceil((reach * follower.leaderCoverage) / 100));
  // Kept funded by hand, a follow-up goes wherever the consultant wants it.
  if (follower.line.pin === 'funded') return Math.min(G, Math.max(needed, ownGroups));
  const cap = Math.min(G, Math.max(1, reach));
  // The follow-up's own floor holds even when its training reaches fewer.
  return Math.max(Math.min(G, follower.floor.groups), Math.min(cap, Math.max(needed, ownGroups)));
}

/** Campuses a line reaches at `groups` groups, in its pilot order. */
export function campusesAt(item: PreparedLine, groups: number): string[] {
  const campuses = item.line.campusIds;
  if (campuses.length === 0 || groups <= 0) return [];
  return campuses.slice(
    0,
    Math.min(campuses.length, Math.ceil((groups * campuses.length) / item.northStar.groups)),
  );
}

export function prepareSizing(engagement: Engagement, advice?: SupportLevelAdvice): PreparedSizing {
  const counsel = advice ?? adviseSupportLevel(engagement);
  const levelOf = levelResolver(engagement, counsel);
  const { timeline } = engagement;
  const fy = engagement.client.fiscalYearStartMonth;
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
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
  const buckets = capacityBuckets(fundedCalendar, fundedPhases);
  const bucketOfPhase = new Map(fundedPhases.map((p, k) => [p.id, k + 1]));
  const phaseOf = new Map(timeline.phases.map((p) => [p.id, p]));
  const pdRecorded = timeline.pdDays.length > 0;
  const rank = new Map(engagement.needs.map((n) => [n.id, n.rank]));
  const workdays = new Set(fundedCalendar.days.filter((d) => d.workday).map((d) => d.date));
  const classDays = new Set(fundedCalendar.days.filter((d) => d.classroom).map((d) => d.date));
  const indexById = new Map<string, number>();
  const items: PreparedLine[] = [];

  for (const line of engagement.lines) {
    const service = services.get(line.serviceId);
    if (!service) continue;
    const pricing = linePricing(line, service, levelOf(line), engagement.rateCard);
    const inPerson = line.deliveryMode === 'in_person';
    const classroomWork = inPerson && service.classroom;
    const window = (line.phaseId !== null ? phaseOf.get(line.phaseId) : undefined) ?? timeline;
    const fundable = clip(window, fundedWindow);
    const G = line.quantity.groups;
    const nsCount = countIn(line, calendar, window);
    const topCount = fundable ? countIn(line, calendar, fundable) : 0;
    const dates = fundable
      ? line.dates
          .filter(
            (d) => d >= fundable.start && d <= fundable.end && (classroomWork ? classDays : workdays).has(d),
          )
          .sort()
      : [];
    const usesPdDays = inPerson && service.calendar === 'pd_day' && pdRecorded && line.dates.length === 0;
    const takesVisit =
      inPerson && pricing.onSite && !usesPdDays && line.dates.length === 0 && service.calendar !== 'flexible';
    const floorCount = fundable
      ? Math.max(
          1,
          Math.min(
            topCount,
            line.quantity.minCount === null
              ? topCount
              : countIn(line, calendar, fundable, line.quantity.minCount),
          ),
        )
      : 0;
    const top = { groups: G, count: topCount };
    const floor = line.scalable ? { groups: Math.min(line.quantity.minGroups, G), count: floorCount } : top;
    const drivers = line.drivers.length > 0 ? line.drivers : service.drivers;
    const needRank = line.needIds.reduce((m, id) => Math.min(m, rank.get(id) ?? Infinity), Infinity);
    indexById.set(line.id, items.length);
    items.push({
      index: items.length,
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
      fundable: fundable !== null,
      usesPdDays,
      dates,
      visitUnitsPerDay: takesVisit ? service.unitsPerDay : 0,
      consultantLed: pricing.leads !== 'district' && pricing.leadHoursPerUnit > 0,
      groupWord: groupUnit(line, service),
      bucket: line.phaseId !== null ? (bucketOfPhase.get(line.phaseId) ?? 0) : 0,
      earliest: 0,
      open: fundable !== null,
      driverIndexes: DRIVER_KEYS.flatMap((k, d) => (drivers.includes(k) ? [d] : [])),
      needRank,
      northStarQuantity: quantityText(line, service, G, nsCount),
      northStarCents: subtotalCents(pricing, G, nsCount),
    });
  }

  for (const item of items) {
    for (const dep of item.line.dependsOn) {
      const d = indexById.get(dep);
      if (d !== undefined && d !== item.index) item.deps.push(d);
    }
  }
  // Follow-up ties: a follow-up follows the first training that names it; a line that follows
  // another never leads one, so ties cannot run in a circle.
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
  for (const item of items) {
    item.steps = item.fundable
      ? item.top.groups - item.floor.groups + (item.top.count - item.floor.count)
      : 0;
  }

  const order = fundingOrder(engagement, items);
  placeInCalendar(items, order, buckets, fundedCalendar);
  return {
    engagement,
    advice: counsel,
    items,
    order,
    calendar,
    fundedCalendar,
    fundedWindow,
    fundedPhases,
    buckets,
    currency: engagement.rateCard.currency,
    discount: engagement.discount,
    facilitatorsPerDay: timeline.facilitatorsPerDay,
  };
}

/**
 * The order lines are funded in: dependencies first; otherwise priority, then the rank of the
 * need they serve, then the weakest implementation driver they build (not in place before
 * partly in place before the rest), then what they build on (working before showing promise
 * before nothing), then plan order.
 */
function fundingOrder(engagement: Engagement, items: PreparedLine[]): number[] {
  const status = new Map(engagement.inventory.map((i) => [i.id, i.status]));
  const driverGap = (item: PreparedLine) =>
    item.driverIndexes.reduce((m, d) => {
      const rating = engagement.drivers[DRIVER_KEYS[d] ?? 'selection'].rating;
      return Math.min(m, rating === 'not_in_place' ? 0 : rating === 'partly' ? 1 : 2);
    }, 2);
  const buildsOn = (item: PreparedLine) =>
    item.line.buildsOn.some((id) => status.get(id) === 'working')
      ? 0
      : item.line.buildsOn.some((id) => status.get(id) === 'showing_promise')
        ? 1
        : 2;
  const keyed = items
    .map((item) => ({
      i: item.index,
      tier: item.tier,
      rank: item.needRank,
      gap: driverGap(item),
      builds: buildsOn(item),
    }))
    .sort((a, b) => a.tier - b.tier || a.rank - b.rank || a.gap - b.gap || a.builds - b.builds || a.i - b.i);
  const order: number[] = [];
  const state = new Uint8Array(items.length);
  const visit = (i: number): void => {
    if (state[i] !== 0) return;
    state[i] = 1;
    for (const d of items[i]?.deps ?? []) visit(d);
    state[i] = 2;
    order.push(i);
  };
  for (const k of keyed) visit(k.i);
  return order;
}

/**
 * The earliest month each line can start: its bucket's first month, or the month what it
 * depends on can start (the schedule places it after them within that month); face-to-face
 * sessions wait for a month with a PD day, and lines with their own dates for the first of them.
 */
function placeInCalendar(
  items: PreparedLine[],
  order: readonly number[],
  buckets: CapacityBuckets,
  calendar: DistrictCalendar,
): void {
  const monthIndex = new Map(calendar.months.map((m, k) => [m.month, k]));
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    if (!item.fundable) {
      item.open = false;
      continue;
    }
    const lo = buckets.lo[item.bucket] ?? 0;
    const hi = buckets.hi[item.bucket] ?? 0;
    const depsStart = item.deps.reduce((m, d) => Math.max(m, items[d]?.earliest ?? 0), 0);
    let start = Math.min(hi, Math.max(lo, depsStart));
    if (item.usesPdDays) {
      const pdFrom = buckets.pdFrom[item.bucket];
      while (
        start < hi &&
        (pdFrom?.[start] ?? 0) === (pdFrom?.[start + 1] ?? 0) &&
        (pdFrom?.[start] ?? 0) > 0
      )
        start += 1;
    }
    if (item.dates.length > 0) {
      const first = item.dates.map((d) => monthIndex.get(d.slice(0, 7)) ?? 0).find((k) => k >= start);
      if (first !== undefined) start = first;
    }
    item.earliest = start;
    let open = false;
    for (let k = start; k <= hi && !open; k++) open = (calendar.months[k]?.workdays ?? 0) > 0;
    item.open = open;
  }
}
