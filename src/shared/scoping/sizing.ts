import {
  DRIVER_INFO,
  DRIVER_KEYS,
  lineName,
  type CatalogService,
  type Discount,
  type DriverKey,
  type Engagement,
  type Pin,
  type PlanLine,
  type Priority,
  type SupportLevel,
} from '../domain';
import { formatMoney } from '../money';
import { adviseSupportLevel, levelResolver } from './advice';
import { buildCalendar, type DistrictCalendar } from './calendar';
import { CapacityLedger, capacityBuckets, type CapacityBreak, type CapacityBuckets } from './capacity';
import { discountCents, groupUnit, linePricing, quantityText, subtotalCents, type LinePricing } from './costing';

/**
 * Sizing turns the north star into a funded phase ("start here") and deferred phases ("when
 * funds allow"). Lines are considered essentials first, then high, then optional; within a
 * priority, in plan order with dependencies before the lines that need them. Every line is
 * first funded at its smallest useful size, then scalable lines grow back toward the north
 * star while money and calendar allow, so a line is trimmed (coach 12 of 20 teachers) rather
 * than dropped. A lower-priority line only ever gets money the higher-priority ones could not
 * use. Pins win over everything, and every deferral or trim carries its reason.
 */

export type SizingReasonCode = 'pinned_deferred' | 'dependency_deferred' | 'budget' | 'pd_days' | 'visit_days';

export interface SizingReason {
  code: SizingReasonCode;
  sentence: string;
  /** The deferred line this one waits for, for 'dependency_deferred'. */
  blockingLineId?: string;
}

export type SizedStatus = 'funded' | 'trimmed' | 'deferred';

export interface SizedLine {
  lineId: string;
  name: string;
  serviceId: string;
  priority: Priority;
  pin: Pin;
  phaseId: string | null;
  level: SupportLevel;
  status: SizedStatus;
  northStarGroups: number;
  fundedGroups: number;
  /** Plural word for the groups ("teachers"). */
  groupLabel: string;
  northStarQuantity: string;
  fundedQuantity: string;
  northStarCents: number;
  /** Before any discount. */
  fundedCents: number;
  /** Why it is deferred or trimmed; null when funded in full. */
  reason: SizingReason | null;
  /** Why a line is funded out of its priority order (a pin, or a line that needs it). */
  note: string | null;
  /** The deferred phase (2, 3 …) where the line, or the part trimmed from it, is proposed. */
  deferredPhase: number | null;
}

export interface DeferredPhaseLine {
  lineId: string;
  name: string;
  groups: number;
  quantity: string;
  subtotalCents: number;
}

export interface DeferredPhase {
  number: number;
  name: string;
  lines: DeferredPhaseLine[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
}

export interface CoverageFigure {
  fundedCents: number;
  northStarCents: number;
  /** Funded share of the north star, one decimal; null when the north star is empty. */
  percent: number | null;
}

export interface DriverCoverage extends CoverageFigure {
  driver: DriverKey;
  label: string;
  lines: number;
  fundedLines: number;
}

export interface Coverage {
  cost: CoverageFigure;
  essentials: CoverageFigure & { lines: number; funded: number; trimmed: number; deferred: number };
  drivers: DriverCoverage[];
}

export interface Sizing {
  currency: string;
  budgetCents: number;
  fundedPhaseName: string;
  funded: { subtotalCents: number; discountCents: number; totalCents: number; lines: number };
  /** Budget not used by the funded phase. */
  remainingCents: number;
  /** How far lines kept funded by hand push past the budget; 0 when they fit. */
  overBudgetCents: number;
  northStar: { subtotalCents: number; lines: number };
  /** In plan order. */
  lines: SizedLine[];
  /** Funded groups per funded line id, for costing and the schedule. */
  fundedGroups: Record<string, number>;
  deferredPhases: DeferredPhase[];
  capacity: {
    pdDays: { available: number; used: number; recorded: boolean };
    visitDays: { available: number; used: number };
  };
  coverage: Coverage;
  /** A few plain sentences summing up the proposal. */
  summary: string[];
}

interface Item {
  index: number;
  line: PlanLine;
  service: CatalogService;
  name: string;
  tier: number;
  pricing: LinePricing;
  deps: number[];
  usesPdDays: boolean;
  /** Units per consultant visit day, or 0 when the line takes no visit days. */
  visitUnitsPerDay: number;
  groupWord: { singular: string; plural: string };
  drivers: readonly DriverKey[];
  /** Calendar bucket: 0 for the whole window, k for the k-th phase. */
  bucket: number;
  /** Index of the earliest month the line can start in. */
  earliest: number;
}

export interface PreparedSizing {
  engagement: Engagement;
  items: Item[];
  /** Item indices, dependencies before dependents, plan order otherwise. */
  order: number[];
  calendar: DistrictCalendar;
  buckets: CapacityBuckets;
  currency: string;
  discount: Discount;
  northStarCents: number[];
}

const TIERS: Record<Priority, number> = { essential: 0, high: 1, optional: 2 };
const TIER_NAMES = ['essential', 'high-priority', 'optional'] as const;

export function prepareSizing(engagement: Engagement, recommended?: SupportLevel): PreparedSizing {
  const level = recommended ?? adviseSupportLevel(engagement).recommended;
  const levelOf = levelResolver(engagement, level);
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  const calendar = buildCalendar(engagement.timeline, engagement.client.fiscalYearStartMonth);
  const pdRecorded = engagement.timeline.pdDays.length > 0;
  const phases = engagement.timeline.phases;
  const buckets = capacityBuckets(calendar, phases);
  const bucketOfPhase = new Map(phases.map((p, k) => [p.id, k + 1]));
  const indexById = new Map<string, number>();
  const items: Item[] = [];
  for (const line of engagement.lines) {
    const service = services.get(line.serviceId);
    if (!service) continue;
    const pricing = linePricing(line, service, levelOf(line), engagement.rateCard);
    const inPerson = line.deliveryMode === 'in_person';
    const usesPdDays = inPerson && service.calendar === 'pd_day' && pdRecorded;
    const takesVisit = inPerson && pricing.onSite && !usesPdDays && service.calendar !== 'flexible';
    indexById.set(line.id, items.length);
    items.push({
      index: items.length,
      line,
      service,
      name: lineName(line, engagement.catalog),
      tier: TIERS[line.priority],
      pricing,
      deps: [],
      usesPdDays,
      visitUnitsPerDay: takesVisit ? service.unitsPerDay : 0,
      groupWord: groupUnit(line, service),
      drivers: line.drivers.length > 0 ? line.drivers : service.drivers,
      bucket: line.phaseId !== null ? (bucketOfPhase.get(line.phaseId) ?? 0) : 0,
      earliest: 0,
    });
  }
  for (const item of items) {
    for (const dep of item.line.dependsOn) {
      const d = indexById.get(dep);
      if (d !== undefined && d !== item.index) item.deps.push(d);
    }
  }
  const order: number[] = [];
  const state = new Uint8Array(items.length);
  const visit = (i: number): void => {
    if (state[i] !== 0) return;
    state[i] = 1;
    for (const d of items[i]?.deps ?? []) visit(d);
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < items.length; i++) visit(i);

  // The schedule starts a line the month after what it depends on starts, inside its phase,
  // and face-to-face sessions on the first PD day from there; sizing counts the same months.
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    const lo = buckets.lo[item.bucket] ?? 0;
    const hi = buckets.hi[item.bucket] ?? 0;
    const depsStart = item.deps.reduce((m, d) => Math.max(m, items[d]?.earliest ?? 0), 0);
    let start = item.deps.length > 0 ? Math.max(lo, depsStart + 1) : lo;
    if (start > hi) start = Math.min(hi, Math.max(lo, depsStart));
    if (item.usesPdDays) {
      const pdFrom = buckets.pdFrom[item.bucket];
      while (start < hi && (pdFrom?.[start] ?? 0) === (pdFrom?.[start + 1] ?? 0) && (pdFrom?.[start] ?? 0) > 0) start += 1;
    }
    item.earliest = start;
  }
  return {
    engagement,
    items,
    order,
    calendar,
    buckets,
    currency: engagement.rateCard.currency,
    discount: engagement.discount,
    northStarCents: items.map((it) => subtotalCents(it.pricing, it.line.quantity.groups)),
  };
}

interface Decision {
  groups: number;
  /** Set for a deferral or a trim. */
  reason: Pending | null;
  note: string | null;
}

/** A reason kept as data during a round; turned into a sentence only for the phase people read. */
type Pending =
  | { code: 'pinned_deferred' }
  | { code: 'dependency_deferred'; blocking: number }
  | { code: 'budget'; needCents: number; leftCents: number }
  | CapacityBreak;

interface WorkItem {
  index: number;
  groups: number;
  minGroups: number;
}

interface RoundResult {
  decisions: Map<number, Decision>;
  subtotalCents: number;
  pdDaysUsed: number;
  visitDaysUsed: number;
}

function visitDays(item: Item, groups: number): number {
  return item.visitUnitsPerDay === 0 ? 0 : Math.ceil((item.pricing.count * groups) / item.visitUnitsPerDay);
}

function totalAfterDiscount(subtotal: number, discount: Discount): number {
  return subtotal - discountCents(subtotal, discount);
}

/**
 * One sizing round: funds what fits in `budget` and the calendar out of `work`. Round one is
 * the funded phase; later rounds propose the deferred phases with a fresh budget and calendar.
 */
function sizeRound(
  prep: PreparedSizing,
  work: ReadonlyMap<number, WorkItem>,
  satisfied: ReadonlySet<number>,
  budget: number,
  honourPins: boolean,
): RoundResult {
  const { items, order, discount } = prep;
  const decisions = new Map<number, Decision>();
  const ledger = new CapacityLedger(prep.buckets);
  let spent = 0;
  const growable: number[][] = [[], [], []];

  const stage = (item: Item, from: number, to: number) =>
    ledger.stage(
      item.bucket,
      item.earliest,
      item.usesPdDays && from === 0 && to > 0 ? item.pricing.count : 0,
      visitDays(item, to) - visitDays(item, from),
    );
  const moneyFits = (extra: number) => totalAfterDiscount(spent + extra, discount) <= budget;
  const moneyLeft = () => Math.max(0, budget - totalAfterDiscount(spent, discount));

  const isFunded = (i: number) => satisfied.has(i) || (decisions.get(i)?.groups ?? 0) > 0;

  /** Undecided dependencies that must be funded with `i`, or the deferred line that blocks it. */
  const bundleOf = (i: number): { members: number[]; blocking: number | null } => {
    const members: number[] = [];
    const seen = new Set<number>([i]);
    const stack = [i];
    while (stack.length > 0) {
      const cur = stack.pop() as number;
      for (const d of items[cur]?.deps ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        if (isFunded(d)) continue;
        if (decisions.has(d) || !work.has(d)) return { members, blocking: d };
        members.push(d);
        stack.push(d);
      }
    }
    return { members, blocking: null };
  };

  const startGroups = (i: number, full: boolean): number => {
    const w = work.get(i);
    const item = items[i];
    if (!w || !item) return 0;
    return full || !item.line.scalable ? w.groups : Math.min(w.minGroups, w.groups);
  };

  /** Funds `i` at `groups`, charging money and calendar whether or not they fit. */
  const fund = (i: number, groups: number, note: string | null) => {
    const item = items[i];
    if (!item) return;
    decisions.set(i, { groups, reason: null, note });
    ledger.clear();
    stage(item, 0, groups);
    ledger.commit();
    spent += subtotalCents(item.pricing, groups);
    const w = work.get(i);
    if (w && groups < w.groups) growable[item.tier]?.push(i);
  };

  const defer = (i: number, reason: Pending) => decisions.set(i, { groups: 0, reason, note: null });
  const needNote = (dependent: number) => `Funded with “${items[dependent]?.name ?? ''}”, which depends on it.`;

  // Pins first: a line kept by hand is funded whole, with whatever it depends on.
  if (honourPins) {
    for (const i of order) {
      const item = items[i];
      if (item && work.has(i) && !decisions.has(i) && item.line.pin === 'deferred') defer(i, { code: 'pinned_deferred' });
    }
    for (const i of order) {
      const item = items[i];
      if (!item || !work.has(i) || item.line.pin !== 'funded' || decisions.has(i)) continue;
      const { members } = bundleOf(i);
      for (const m of [...members].reverse()) if (!decisions.has(m)) fund(m, startGroups(m, false), needNote(i));
      fund(i, startGroups(i, true), 'Kept funded by hand.');
    }
  }

  for (let tier = 0; tier < 3; tier++) {
    for (const i of order) {
      const item = items[i];
      if (!item || item.tier !== tier || !work.has(i) || decisions.has(i)) continue;
      const { members, blocking } = bundleOf(i);
      if (blocking !== null) {
        defer(i, { code: 'dependency_deferred', blocking });
        continue;
      }
      ledger.clear();
      let need = 0;
      for (const m of [i, ...members]) {
        const it = items[m];
        if (!it) continue;
        const g = startGroups(m, false);
        need += subtotalCents(it.pricing, g);
        stage(it, 0, g);
      }
      const broken = ledger.check();
      ledger.clear();
      if (broken) {
        defer(i, broken);
        continue;
      }
      if (!moneyFits(need)) {
        defer(i, { code: 'budget', needCents: need, leftCents: moneyLeft() });
        continue;
      }
      // Dependencies first, deepest first, so the order of funding is one a person could follow.
      for (const m of [...members].reverse()) fund(m, startGroups(m, false), needNote(i));
      fund(i, startGroups(i, false), null);
    }
    growTier(growable[tier] ?? []);
  }

  /**
   * Grows the trimmed lines of one priority back toward the north star together: first to the
   * largest common share of their north-star groups that fits, then one group at a time in
   * plan order, so no single line swallows what the others could have had.
   */
  function growTier(lines: readonly number[]): void {
    const live = lines.filter((i) => items[i] && work.get(i) && decisions.get(i));
    if (live.length === 0) return;
    const max = live.map((i) => work.get(i)?.groups ?? 0);
    const current = live.map((i) => decisions.get(i)?.groups ?? 0);
    const costAt = (k: number, g: number) => {
      const item = items[live[k] ?? -1];
      return item ? subtotalCents(item.pricing, g) : 0;
    };
    /** Stages moving every line k to target(k) and says whether it fits; the ledger keeps the stage when it does. */
    const tryTargets = (target: (k: number) => number): number | null => {
      ledger.clear();
      let extra = 0;
      for (let k = 0; k < live.length; k++) {
        const item = items[live[k] ?? -1];
        const from = current[k] ?? 0;
        const to = target(k);
        if (!item || to === from) continue;
        extra += costAt(k, to) - costAt(k, from);
        stage(item, from, to);
      }
      if (moneyFits(extra) && ledger.check() === null) return extra;
      ledger.clear();
      return null;
    };
    const apply = (target: (k: number) => number, extra: number) => {
      ledger.commit();
      spent += extra;
      for (let k = 0; k < live.length; k++) current[k] = target(k);
    };

    const share = (f: number) => (k: number) => Math.max(current[k] ?? 0, Math.floor(((max[k] ?? 0) * f) / 1000));
    let lo = 0;
    let hi = 1000;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (tryTargets(share(mid)) !== null) lo = mid;
      else hi = mid - 1;
      ledger.clear();
    }
    if (lo > 0) {
      const extra = tryTargets(share(lo));
      if (extra !== null) apply(share(lo), extra);
    }

    const step = (k: number, by: number) => (j: number) =>
      j === k ? Math.min(max[j] ?? 0, (current[j] ?? 0) + by) : (current[j] ?? 0);
    for (let pass = 0; pass < 16; pass++) {
      let changed = false;
      for (let k = 0; k < live.length; k++) {
        if ((current[k] ?? 0) >= (max[k] ?? 0)) continue;
        const extra = tryTargets(step(k, 1));
        if (extra !== null) {
          apply(step(k, 1), extra);
          changed = true;
        }
      }
      if (!changed) break;
    }
    // Whatever groups are still affordable after the even passes, in plan order.
    for (let k = 0; k < live.length; k++) {
      let a = 0;
      let b = (max[k] ?? 0) - (current[k] ?? 0);
      while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if (tryTargets(step(k, mid)) !== null) a = mid;
        else b = mid - 1;
        ledger.clear();
      }
      if (a > 0) {
        const extra = tryTargets(step(k, a));
        if (extra !== null) apply(step(k, a), extra);
      }
    }

    for (let k = 0; k < live.length; k++) {
      const i = live[k] ?? -1;
      const item = items[i];
      const decision = decisions.get(i);
      if (!item || !decision) continue;
      const g = current[k] ?? 0;
      let reason: Pending | null = null;
      if (g < (max[k] ?? 0)) {
        const stepCost = costAt(k, g + 1) - costAt(k, g);
        ledger.clear();
        stage(item, g, g + 1);
        const broken = ledger.check();
        ledger.clear();
        reason = broken && moneyFits(stepCost) ? broken : { code: 'budget', needCents: stepCost, leftCents: moneyLeft() };
      }
      decisions.set(i, { groups: g, reason, note: decision.note });
    }
  }

  return { decisions, subtotalCents: spent, pdDaysUsed: ledger.pdDaysUsed(), visitDaysUsed: ledger.visitDaysUsed() };
}

function pluralWord(n: number, word: { singular: string; plural: string }): string {
  return `${n} ${n === 1 ? word.singular : word.plural}`;
}

function sentenceFor(
  prep: PreparedSizing,
  item: Item,
  decision: Decision,
  northStarGroups: number,
  budget: number,
): SizingReason | null {
  const reason = decision.reason;
  if (!reason) return null;
  const money = (c: number) => formatMoney(c, prep.currency);
  const trimmed = decision.groups > 0;
  const head = trimmed
    ? `Trimmed to ${decision.groups} of ${pluralWord(northStarGroups, item.groupWord)}`
    : 'Deferred';
  const tierName = TIER_NAMES[item.tier] ?? 'optional';
  switch (reason.code) {
    case 'pinned_deferred':
      return { code: reason.code, sentence: 'Deferred by hand.' };
    case 'dependency_deferred': {
      const blocker = prep.items[reason.blocking];
      return {
        code: reason.code,
        sentence: `Deferred because it depends on “${blocker?.name ?? ''}”, which is not funded in this phase.`,
        ...(blocker ? { blockingLineId: blocker.line.id } : {}),
      };
    }
    case 'budget': {
      if (trimmed) {
        return {
          code: reason.code,
          sentence: `${head}: one more ${item.groupWord.singular} costs ${money(reason.needCents)} and ${money(reason.leftCents)} of the ${money(budget)} budget is left.`,
        };
      }
      const order = item.tier === 0 ? 'after the other essential lines' : `after the lines ranked above this ${tierName} one`;
      return {
        code: reason.code,
        sentence:
          reason.needCents > budget
            ? `Deferred: even its smallest useful size costs ${money(reason.needCents)}, more than the whole ${money(budget)} budget.`
            : `Deferred: its smallest useful size costs ${money(reason.needCents)} and only ${money(reason.leftCents)} of the ${money(budget)} budget is left ${order}.`,
      };
    }
    case 'pd_days':
      return {
        code: reason.code,
        sentence: `${head}: it needs ${pluralWord(reason.need, { singular: 'district PD day', plural: 'district PD days' })} and ${reason.left} of the ${reason.total} usable PD days in ${reason.where} ${reason.left === 1 ? 'is' : 'are'} left.`,
      };
    case 'visit_days': {
      const perMonth = prep.engagement.timeline.visitDaysPerMonth;
      const need = trimmed
        ? `one more ${item.groupWord.singular} needs ${pluralWord(reason.need, { singular: 'more day', plural: 'more days' })}`
        : `it needs ${reason.need}`;
      return {
        code: reason.code,
        sentence: `${head}: ${reason.where} holds ${pluralWord(reason.total, { singular: 'consultant visit day', plural: 'consultant visit days' })} (up to ${perMonth} a month outside blackouts) and ${need} with ${reason.left} left.`,
      };
    }
  }
}

function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}

const MAX_DEFERRED_PHASES = 4;

export function sizePrepared(prep: PreparedSizing, budgetCents?: number): Sizing {
  const { items, engagement } = prep;
  const budget = budgetCents ?? engagement.budget.amountCents;
  const initialWork = new Map<number, WorkItem>();
  for (const item of items) {
    initialWork.set(item.index, {
      index: item.index,
      groups: item.line.quantity.groups,
      minGroups: Math.min(item.line.quantity.minGroups, item.line.quantity.groups),
    });
  }
  const first = sizeRound(prep, initialWork, new Set(), budget, true);

  // Deferred phases: what the same budget would fund next, and next, with a fresh calendar.
  const deferredPhases: DeferredPhase[] = [];
  const phaseOfLine = new Map<number, number>();
  const satisfied = new Set<number>();
  let remaining = new Map<number, WorkItem>();
  for (const item of items) {
    const funded = first.decisions.get(item.index)?.groups ?? 0;
    if (funded > 0) satisfied.add(item.index);
    const left = item.line.quantity.groups - funded;
    if (left > 0) {
      remaining.set(item.index, {
        index: item.index,
        groups: left,
        minGroups: Math.min(item.line.quantity.minGroups, left),
      });
    }
  }
  const phaseLine = (i: number, groups: number): DeferredPhaseLine | null => {
    const item = items[i];
    if (!item) return null;
    return {
      lineId: item.line.id,
      name: item.name,
      groups,
      quantity: quantityText(item.line, item.service, groups),
      subtotalCents: subtotalCents(item.pricing, groups),
    };
  };
  const closePhase = (number: number, name: string, lines: DeferredPhaseLine[]) => {
    const sub = lines.reduce((s, l) => s + l.subtotalCents, 0);
    const disc = discountCents(sub, prep.discount);
    deferredPhases.push({ number, name, lines, subtotalCents: sub, discountCents: disc, totalCents: sub - disc });
  };
  while (remaining.size > 0) {
    const number = deferredPhases.length + 2;
    const last = deferredPhases.length + 1 >= MAX_DEFERRED_PHASES;
    const round = last ? null : sizeRound(prep, remaining, satisfied, budget, false);
    const fundedHere = round ? [...round.decisions.entries()].filter(([, d]) => d.groups > 0) : [];
    if (!round || fundedHere.length === 0) {
      const lines = prep.order
        .filter((i) => remaining.has(i))
        .map((i) => phaseLine(i, remaining.get(i)?.groups ?? 0))
        .filter((l): l is DeferredPhaseLine => l !== null);
      for (const i of remaining.keys()) phaseOfLine.set(i, number);
      closePhase(number, `Phase ${number}: when funds and time allow`, lines);
      break;
    }
    const lines: DeferredPhaseLine[] = [];
    const next = new Map<number, WorkItem>();
    for (const i of prep.order) {
      const w = remaining.get(i);
      if (!w) continue;
      const groups = round.decisions.get(i)?.groups ?? 0;
      if (groups > 0) {
        const line = phaseLine(i, groups);
        if (line) lines.push(line);
        if (!phaseOfLine.has(i)) phaseOfLine.set(i, number);
        satisfied.add(i);
      }
      if (w.groups - groups > 0) {
        next.set(i, { index: i, groups: w.groups - groups, minGroups: Math.min(w.minGroups, w.groups - groups) });
      }
    }
    closePhase(number, `Phase ${number}: when funds allow`, lines);
    remaining = next;
  }

  const sizedLines: SizedLine[] = [];
  const fundedGroups: Record<string, number> = {};
  let northStarTotal = 0;
  let fundedTotal = 0;
  const essentials = { fundedCents: 0, northStarCents: 0, lines: 0, funded: 0, trimmed: 0, deferred: 0 };
  const driverTotals = new Map<DriverKey, { lines: number; fundedLines: number; fundedCents: number; northStarCents: number }>();
  for (const item of items) {
    const decision = first.decisions.get(item.index) ?? { groups: 0, reason: null, note: null };
    const nsGroups = item.line.quantity.groups;
    const nsCents = prep.northStarCents[item.index] ?? 0;
    const fundedCents = decision.groups > 0 ? subtotalCents(item.pricing, decision.groups) : 0;
    const status: SizedStatus = decision.groups === 0 ? 'deferred' : decision.groups < nsGroups ? 'trimmed' : 'funded';
    if (decision.groups > 0) fundedGroups[item.line.id] = decision.groups;
    northStarTotal += nsCents;
    fundedTotal += fundedCents;
    if (item.line.priority === 'essential') {
      essentials.lines += 1;
      essentials[status] += 1;
      essentials.fundedCents += fundedCents;
      essentials.northStarCents += nsCents;
    }
    for (const d of new Set(item.drivers)) {
      const t = driverTotals.get(d) ?? { lines: 0, fundedLines: 0, fundedCents: 0, northStarCents: 0 };
      t.lines += 1;
      if (decision.groups > 0) t.fundedLines += 1;
      t.fundedCents += fundedCents;
      t.northStarCents += nsCents;
      driverTotals.set(d, t);
    }
    const fallbackReason: SizingReason | null =
      status !== 'funded' && decision.reason === null
        ? { code: 'budget', sentence: 'Deferred: it did not fit this phase.' }
        : null;
    sizedLines.push({
      lineId: item.line.id,
      name: item.name,
      serviceId: item.line.serviceId,
      priority: item.line.priority,
      pin: item.line.pin,
      phaseId: item.line.phaseId,
      level: item.pricing.level,
      status,
      northStarGroups: nsGroups,
      fundedGroups: decision.groups,
      groupLabel: item.groupWord.plural,
      northStarQuantity: quantityText(item.line, item.service, nsGroups),
      fundedQuantity: decision.groups > 0 ? quantityText(item.line, item.service, decision.groups) : '',
      northStarCents: nsCents,
      fundedCents,
      reason: sentenceFor(prep, item, decision, nsGroups, budget) ?? fallbackReason,
      note: decision.note,
      deferredPhase: phaseOfLine.get(item.index) ?? null,
    });
  }

  const fundedDiscount = discountCents(fundedTotal, prep.discount);
  const fundedAfter = fundedTotal - fundedDiscount;
  const money = (c: number) => formatMoney(c, prep.currency);
  const fundedCount = sizedLines.filter((l) => l.status !== 'deferred').length;
  const trimmedCount = sizedLines.filter((l) => l.status === 'trimmed').length;
  const deferredCount = sizedLines.length - fundedCount;
  const costPercent = percentOf(fundedTotal, northStarTotal);
  const summary: string[] = [];
  if (items.length === 0) {
    summary.push('The north star has no lines yet.');
  } else {
    summary.push(
      `Start here: ${fundedCount} of ${items.length} lines for ${money(fundedAfter)} of the ${money(budget)} budget${costPercent === null ? '' : ` (${costPercent.toString()} % of the north star)`}.`,
    );
    if (trimmedCount > 0) summary.push(`${trimmedCount} ${trimmedCount === 1 ? 'line is' : 'lines are'} trimmed rather than dropped.`);
    if (deferredCount > 0) {
      summary.push(
        `${deferredCount} ${deferredCount === 1 ? 'line waits' : 'lines wait'} for ${deferredPhases.length === 1 ? 'a later phase' : `${deferredPhases.length} later phases`} when funds allow.`,
      );
    }
    if (essentials.lines > 0 && essentials.funded < essentials.lines) {
      summary.push(`${essentials.funded} of ${essentials.lines} essential lines are funded in full.`);
    }
  }
  const overBudget = Math.max(0, fundedAfter - budget);
  if (overBudget > 0) summary.push(`Lines kept funded by hand cost ${money(overBudget)} more than the budget.`);

  return {
    currency: prep.currency,
    budgetCents: budget,
    fundedPhaseName: 'Phase 1: start here',
    funded: { subtotalCents: fundedTotal, discountCents: fundedDiscount, totalCents: fundedAfter, lines: fundedCount },
    remainingCents: Math.max(0, budget - fundedAfter),
    overBudgetCents: overBudget,
    northStar: { subtotalCents: northStarTotal, lines: items.length },
    lines: sizedLines,
    fundedGroups,
    deferredPhases,
    capacity: {
      pdDays: { available: prep.calendar.pdDayCount, used: first.pdDaysUsed, recorded: engagement.timeline.pdDays.length > 0 },
      visitDays: { available: prep.calendar.visitCapacity, used: first.visitDaysUsed },
    },
    coverage: {
      cost: { fundedCents: fundedTotal, northStarCents: northStarTotal, percent: costPercent },
      essentials: { ...essentials, percent: percentOf(essentials.fundedCents, essentials.northStarCents) },
      drivers: DRIVER_KEYS.map((driver) => {
        const t = driverTotals.get(driver) ?? { lines: 0, fundedLines: 0, fundedCents: 0, northStarCents: 0 };
        return { driver, label: DRIVER_INFO[driver].label, ...t, percent: percentOf(t.fundedCents, t.northStarCents) };
      }),
    },
    summary,
  };
}

/** Sizes the engagement's north star to its budget (or `budgetCents`) and calendar. */
export function sizeEngagement(
  engagement: Engagement,
  options: { budgetCents?: number; recommended?: SupportLevel } = {},
): Sizing {
  return sizePrepared(prepareSizing(engagement, options.recommended), options.budgetCents);
}

/** "What does $40k more buy?": one sizing per budget, sharing the preparation. */
export function whatIfBudgets(engagement: Engagement, budgets: readonly number[], recommended?: SupportLevel): Sizing[] {
  const prep = prepareSizing(engagement, recommended);
  return budgets.map((b) => sizePrepared(prep, b));
}
