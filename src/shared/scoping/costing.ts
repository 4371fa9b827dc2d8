import {
  lineName,
  type CatalogService,
  type Discount,
  type Engagement,
  type Party,
  type PlanLine,
  type RateCard,
  type SupportLevel,
} from '../domain';
import { allocateCents, basisPointsOf } from '../money';
import { pluralOf } from '../words';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from './advice';
import { buildCalendar, fiscalYearOf, periodsIn, type DistrictCalendar } from './calendar';

/**
 * What each plan line costs: consultant hours from the service's work at the line's support
 * level, fees from the rate card, travel, materials and on-demand seats, all in integer cents.
 * Totals are sums of the parts, and a discount is spread back over the lines to the cent, so
 * every view (line, phase, fiscal year) adds up to the same total.
 */

/**
 * How a line's consultant trips grow with its units, before the schedule says exactly: cohorts
 * meeting on the same day each need their own facilitator ('concurrent'); a multi-day institute
 * is one trip per group ('block'); visits follow one another, a few to a trip ('pooled').
 */
export type TravelShape = 'concurrent' | 'block' | 'pooled';

/** The pieces of one line's price that do not depend on how much of it is funded. */
export interface LinePricing {
  lineId: string;
  level: SupportLevel;
  participantsPerGroup: number;
  /** Quarter hours of consultant work per unit. */
  quarterHoursPerUnit: number;
  feePerUnitCents: number;
  unitsPerTrip: number;
  unitsPerDay: number;
  travelPerTripCents: number;
  materialsPerParticipantCents: number;
  licensePerSeatCents: number;
  planHoursPerUnit: number;
  leadHoursPerUnit: number;
  plans: Party;
  leads: Party;
  /** The consultant is on site for this line (in person and leading part of it). */
  onSite: boolean;
  travelShape: TravelShape;
}

export interface LineCostParts {
  units: number;
  participants: number;
  trips: number;
  consultantHours: number;
  feesCents: number;
  travelCents: number;
  materialsCents: number;
  licensesCents: number;
  subtotalCents: number;
}

export interface LineCost extends LineCostParts {
  lineId: string;
  name: string;
  serviceId: string;
  phaseId: string | null;
  level: SupportLevel;
  deliveryMode: PlanLine['deliveryMode'];
  /** Units per group. */
  count: number;
  groups: number;
  unitLabel: string;
  groupLabel: string;
  /** "4 session days × 3 cohorts" */
  quantityText: string;
  plans: Party;
  leads: Party;
  discountCents: number;
  totalCents: number;
}

export interface Subtotal {
  key: string;
  label: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

export interface Costing {
  currency: string;
  lines: LineCost[];
  consultantHours: number;
  feesCents: number;
  travelCents: number;
  materialsCents: number;
  licensesCents: number;
  subtotalCents: number;
  discountCents: number;
  discountLabel: string;
  totalCents: number;
  /** By the engagement's phases, in phase order; lines with no phase under "Unphased". */
  byPhase: Subtotal[];
  /** By the client's fiscal year, in time order. */
  byFiscalYear: Subtotal[];
}

/** Price of one unit's consultant work billed in day, half-day and hourly blocks, whichever is less. */
export function blockFeeCents(quarterHours: number, role: RateCard['roles'][number], card: RateCard): number {
  const dayQ = Math.round(card.hoursPerDay * 4);
  const halfQ = Math.round(card.hoursPerHalfDay * 4);
  const days = Math.floor(quarterHours / dayQ);
  const rest = quarterHours - days * dayQ;
  let restFee = 0;
  if (rest > 0) {
    const hourly = Math.round((role.hourlyCents * rest) / 4);
    restFee = Math.min(hourly, rest <= halfQ ? role.halfDayCents : role.dayCents);
  }
  return days * role.dayCents + restFee;
}

export function linePricing(
  line: PlanLine,
  service: CatalogService,
  level: SupportLevel,
  card: RateCard,
): LinePricing {
  const role = card.roles.find((r) => r.id === service.consultantRole) ?? card.roles[0];
  if (!role) throw new Error('The rate card has no roles');
  const work = service.work[level];
  const quarterHoursPerUnit = Math.round((work.planHours + work.leadHours) * 4);
  let feePerUnitCents: number;
  if (line.deliveryMode === 'in_person') feePerUnitCents = blockFeeCents(quarterHoursPerUnit, role, card);
  else if (line.deliveryMode === 'virtual')
    feePerUnitCents = Math.round((role.virtualHourlyCents * quarterHoursPerUnit) / 4);
  else feePerUnitCents = Math.round((role.hourlyCents * quarterHoursPerUnit) / 4);
  const onSite = line.deliveryMode === 'in_person' && work.leadHours > 0;
  return {
    lineId: line.id,
    level,
    participantsPerGroup: line.quantity.participantsPerGroup,
    quarterHoursPerUnit,
    feePerUnitCents,
    unitsPerTrip: service.unitsPerTrip,
    unitsPerDay: service.unitsPerDay,
    travelPerTripCents: onSite ? card.travelPerTripCents : 0,
    materialsPerParticipantCents: service.materials ? card.materialsPerParticipantCents : 0,
    licensePerSeatCents: service.licensed ? card.licensePerParticipantCents : 0,
    planHoursPerUnit: work.planHours,
    leadHoursPerUnit: work.leadHours,
    plans: work.plans,
    leads: work.leads,
    onSite,
    travelShape:
      service.calendar === 'pd_day'
        ? 'concurrent'
        : service.category === 'capacity_building'
          ? 'block'
          : 'pooled',
  };
}

/**
 * Consultant trips for `groups` groups of `count` units, as the schedule will place them: each
 * cohort on a session day is a facilitator's trip; an institute is one run of days per group;
 * visits come `count` times, each reaching every group on consecutive days, a trip covering
 * the days one trip can (`unitsPerTrip` units). The schedule can share trips across lines and
 * days of one week, never add one, so this is what a line costs at most.
 */
export function tripsFor(p: LinePricing, groups: number, count: number): number {
  if (p.travelPerTripCents === 0 || groups === 0 || count === 0) return 0;
  const daysPerTrip = Math.max(1, Math.floor(p.unitsPerTrip / p.unitsPerDay));
  if (p.travelShape === 'concurrent') return count * groups;
  if (p.travelShape === 'block') return groups * Math.ceil(count / daysPerTrip);
  return count * Math.ceil(Math.ceil(groups / p.unitsPerDay) / daysPerTrip);
}

/**
 * The cost of a line at `groups` groups of `count` units; cheap enough to call inside sizing's
 * searches. `trips` replaces the estimate with the schedule's own count when it is known.
 */
export function costParts(p: LinePricing, groups: number, count: number, trips?: number): LineCostParts {
  const units = count * groups;
  const participants = groups * p.participantsPerGroup;
  const tripCount = trips ?? tripsFor(p, groups, count);
  const feesCents = units * p.feePerUnitCents;
  const travelCents = tripCount * p.travelPerTripCents;
  const materialsCents = participants * p.materialsPerParticipantCents;
  const licensesCents = units * p.participantsPerGroup * p.licensePerSeatCents;
  return {
    units,
    participants,
    trips: tripCount,
    consultantHours: (units * p.quarterHoursPerUnit) / 4,
    feesCents,
    travelCents,
    materialsCents,
    licensesCents,
    subtotalCents: feesCents + travelCents + materialsCents + licensesCents,
  };
}

export function subtotalCents(p: LinePricing, groups: number, count: number): number {
  const units = count * groups;
  return (
    units * p.feePerUnitCents +
    tripsFor(p, groups, count) * p.travelPerTripCents +
    groups * p.participantsPerGroup * p.materialsPerParticipantCents +
    units * p.participantsPerGroup * p.licensePerSeatCents
  );
}

/** The discount, in cents, on a subtotal. Never more than the subtotal. */
export function discountCents(subtotal: number, discount: Discount): number {
  if (discount.kind === 'percent') return basisPointsOf(subtotal, discount.basisPoints);
  if (discount.kind === 'amount') return Math.min(subtotal, discount.cents);
  return 0;
}

export function discountLabel(discount: Discount): string {
  if (discount.kind === 'none') return '';
  const fallback =
    discount.kind === 'percent' ? `Discount (${(discount.basisPoints / 100).toString()}%)` : 'Discount';
  return discount.label.trim() !== '' ? discount.label : fallback;
}

export function groupUnit(line: PlanLine, service: CatalogService): { singular: string; plural: string } {
  return line.groupLabel ?? service.group;
}

/** "3 session days × 2 cohorts". */
export function quantityText(line: PlanLine, service: CatalogService, groups: number, count: number): string {
  return `${pluralOf(count, service.unit)} × ${pluralOf(groups, groupUnit(line, service))}`;
}

/**
 * Units per group a line asks for across `window`: its count, or, when the count is said per
 * period ("4 a year"), the count times the periods the window holds.
 */
export function countIn(
  line: PlanLine,
  calendar: DistrictCalendar,
  window: { start: string; end: string },
  count = line.quantity.count,
): number {
  if (line.quantity.per === 'engagement') return count;
  return count * periodsIn(calendar, window.start, window.end, line.quantity.per);
}

/** The window a line runs in: its phase, or the whole engagement. */
export function lineWindow(engagement: Engagement, line: PlanLine): { start: string; end: string } {
  return engagement.timeline.phases.find((p) => p.id === line.phaseId) ?? engagement.timeline;
}

export interface CostOptions {
  /** The advice, for each line's level; computed when absent. */
  advice?: Pick<SupportLevelAdvice, 'recommended' | 'lineLevels'>;
  /** Funded groups per line; lines absent from the map are costed at their north-star groups. */
  groups?: ReadonlyMap<string, number>;
  /** Funded units per group; lines absent are costed at their north-star count. */
  counts?: ReadonlyMap<string, number>;
  /** Only these lines (the funded scope); all lines when absent. */
  lineIds?: ReadonlySet<string>;
  /** Units of each line per month (from the schedule), for fiscal-year subtotals. */
  monthlyUnits?: ReadonlyMap<string, readonly { month: string; units: number }[]>;
  /** Consultant trips per line from the schedule, replacing the per-line estimate. */
  trips?: ReadonlyMap<string, number>;
  /** The district calendar, when the caller has it already. */
  calendar?: DistrictCalendar;
}

export function costEngagement(engagement: Engagement, options: CostOptions = {}): Costing {
  const advice = options.advice ?? adviseSupportLevel(engagement);
  const levelOf = levelResolver(engagement, advice);
  const calendar =
    options.calendar ?? buildCalendar(engagement.timeline, engagement.client.fiscalYearStartMonth);
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  const card = engagement.rateCard;
  const lines: LineCost[] = [];
  for (const line of engagement.lines) {
    if (options.lineIds && !options.lineIds.has(line.id)) continue;
    const service = services.get(line.serviceId);
    if (!service) continue;
    const level = levelOf(line);
    const pricing = linePricing(line, service, level, card);
    const groups = options.groups?.get(line.id) ?? line.quantity.groups;
    const count = options.counts?.get(line.id) ?? countIn(line, calendar, lineWindow(engagement, line));
    const parts = costParts(pricing, groups, count, options.trips?.get(line.id));
    const unit = parts.units === 1 ? service.unit.singular : service.unit.plural;
    lines.push({
      ...parts,
      lineId: line.id,
      name: lineName(line, engagement.catalog),
      serviceId: line.serviceId,
      phaseId: line.phaseId,
      level,
      deliveryMode: line.deliveryMode,
      count,
      groups,
      unitLabel: unit,
      groupLabel: groups === 1 ? groupUnit(line, service).singular : groupUnit(line, service).plural,
      quantityText: quantityText(line, service, groups, count),
      plans: pricing.plans,
      leads: pricing.leads,
      discountCents: 0,
      totalCents: parts.subtotalCents,
    });
  }
  const sub = lines.reduce((s, l) => s + l.subtotalCents, 0);
  const discount = discountCents(sub, engagement.discount);
  const shares = allocateCents(
    discount,
    lines.map((l) => l.subtotalCents),
  );
  lines.forEach((l, i) => {
    l.discountCents = shares[i] ?? 0;
    l.totalCents = l.subtotalCents - l.discountCents;
  });
  const sum = (pick: (l: LineCost) => number) => lines.reduce((s, l) => s + pick(l), 0);
  return {
    currency: card.currency,
    lines,
    consultantHours: sum((l) => l.consultantHours),
    feesCents: sum((l) => l.feesCents),
    travelCents: sum((l) => l.travelCents),
    materialsCents: sum((l) => l.materialsCents),
    licensesCents: sum((l) => l.licensesCents),
    subtotalCents: sub,
    discountCents: discount,
    discountLabel: discountLabel(engagement.discount),
    totalCents: sub - discount,
    byPhase: phaseSubtotals(engagement, lines),
    byFiscalYear: fiscalYearSubtotals(engagement, lines, options.monthlyUnits),
  };
}

function phaseSubtotals(engagement: Engagement, lines: readonly LineCost[]): Subtotal[] {
  const phases = [...engagement.timeline.phases].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  const out: Subtotal[] = phases.map((p) => ({
    key: p.id,
    label: p.name,
    subtotalCents: 0,
    discountCents: 0,
    totalCents: 0,
  }));
  const unphased: Subtotal = {
    key: 'unphased',
    label: 'Unphased',
    subtotalCents: 0,
    discountCents: 0,
    totalCents: 0,
  };
  const byId = new Map(out.map((s) => [s.key, s]));
  for (const l of lines) {
    const target = (l.phaseId !== null ? byId.get(l.phaseId) : undefined) ?? unphased;
    target.subtotalCents += l.subtotalCents;
    target.discountCents += l.discountCents;
    target.totalCents += l.totalCents;
  }
  return unphased.subtotalCents > 0 || out.length === 0 ? [...out, unphased] : out;
}

/**
 * A line's cost falls in the fiscal years its units are delivered in. Without a schedule, the
 * whole line falls in the fiscal year its phase (or the engagement) starts.
 */
function fiscalYearSubtotals(
  engagement: Engagement,
  lines: readonly LineCost[],
  monthlyUnits: CostOptions['monthlyUnits'],
): Subtotal[] {
  const fyStart = engagement.client.fiscalYearStartMonth;
  const phaseStart = new Map(engagement.timeline.phases.map((p) => [p.id, p.start]));
  const totals = new Map<string, Subtotal>();
  const add = (fy: string, subtotal: number, discount: number) => {
    let entry = totals.get(fy);
    if (!entry) {
      entry = { key: fy, label: fy, subtotalCents: 0, discountCents: 0, totalCents: 0 };
      totals.set(fy, entry);
    }
    entry.subtotalCents += subtotal;
    entry.discountCents += discount;
    entry.totalCents += subtotal - discount;
  };
  for (const l of lines) {
    const months = (monthlyUnits?.get(l.lineId) ?? []).filter((m) => m.units > 0);
    if (months.length === 0) {
      const start = (l.phaseId !== null ? phaseStart.get(l.phaseId) : undefined) ?? engagement.timeline.start;
      add(fiscalYearOf(start.slice(0, 7), fyStart), l.subtotalCents, l.discountCents);
      continue;
    }
    const weights = months.map((m) => m.units);
    const subs = allocateCents(l.subtotalCents, weights);
    const discounts = allocateCents(l.discountCents, weights);
    months.forEach((m, i) => add(fiscalYearOf(m.month, fyStart), subs[i] ?? 0, discounts[i] ?? 0));
  }
  return [...totals.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
