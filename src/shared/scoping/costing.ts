import {
  lineName,
  type Discount,
  type Engagement,
  type Party,
  type PlanLine,
  type SupportLevel,
} from '../domain';
import { allocateCents, basisPointsOf } from '../money';
import { agreeOf } from '../words';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from './advice';
import { buildCalendar, fiscalYearOf, type DistrictCalendar } from './calendar';
import { costParts, linePricing, type CostAmounts, type LineCostParts } from './pricing';
import { countIn, groupUnit, lineWindow, quantityText } from './quantity';

/**
 * What the plan costs, line by line at each line's price (pricing.ts), with totals that are
 * sums of the parts; a discount is spread back over the lines to the cent, so every view (line,
 * phase, fiscal year) adds up to the same total.
 */

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

export interface Costing extends CostAmounts {
  currency: string;
  lines: LineCost[];
  discountCents: number;
  discountLabel: string;
  totalCents: number;
  /** By the engagement's phases, in phase order; lines with no phase under "Unphased". */
  byPhase: Subtotal[];
  /** By the client's fiscal year, in time order. */
  byFiscalYear: Subtotal[];
}

/** The discount, in cents, on a subtotal. Never more than the subtotal. */
export function discountCents(subtotal: number, discount: Discount): number {
  if (discount.kind === 'percent') return basisPointsOf(subtotal, discount.basisPoints);
  if (discount.kind === 'amount') return Math.min(subtotal, discount.cents);
  return 0;
}

function discountLabel(discount: Discount): string {
  if (discount.kind === 'none') return '';
  const fallback =
    discount.kind === 'percent' ? `Discount (${(discount.basisPoints / 100).toString()}%)` : 'Discount';
  return discount.label.trim() !== '' ? discount.label : fallback;
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
      unitLabel: agreeOf(parts.units, service.unit),
      groupLabel: agreeOf(groups, groupUnit(line, service)),
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
  const years = new Map<string, string>();
  const yearOf = (month: string) => {
    let fy = years.get(month);
    if (fy === undefined) years.set(month, (fy = fiscalYearOf(month, fyStart)));
    return fy;
  };
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
      add(yearOf(start.slice(0, 7)), l.subtotalCents, l.discountCents);
      continue;
    }
    const weights = months.map((m) => m.units);
    const subs = allocateCents(l.subtotalCents, weights);
    const discounts = allocateCents(l.discountCents, weights);
    months.forEach((m, i) => add(yearOf(m.month), subs[i] ?? 0, discounts[i] ?? 0));
  }
  return [...totals.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
