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
import {
  CapacityLedger,
  capacityBuckets,
  describeWhere,
  type CapacityBreak,
  type CapacityBuckets,
} from './capacity';
import {
  discountCents,
  groupUnit,
  linePricing,
  quantityText,
  subtotalCents,
  type LinePricing,
} from './costing';

/**
 * Sizing turns the north star into a funded phase ("start here") and deferred phases ("when
 * funds allow"). Lines are considered essentials first, then high, then optional; within a
 * priority, in plan order with dependencies before the lines that need them. Every line is
 * first funded at its smallest useful size, then scalable lines grow back toward the north
 * star while money and calendar allow, so a line is trimmed (coach 12 of 20 teachers) rather
 * than dropped. A lower-priority line only ever gets money the higher-priority ones could not
 * use. Pins win over everything, and every deferral or trim carries its reason.
 */

export type SizingReasonCode =
  'pinned_deferred' | 'dependency_deferred' | 'budget' | 'pd_days' | 'visit_days' | 'calendar_closed';

export interface SizingReason {
  code: SizingReasonCode;
  sentence: string;
  /** The deferred line this one waits for, for 'dependency_deferred'. */
  blockingLineId?: string;
  /** For 'budget': what the line (or one more group of it) costs before discount, and what was left. */
  needCents?: number;
  leftCents?: number;
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

/** A plan line as sizing and the schedule see it: its price, calendar needs and place in the order. */
export interface PreparedLine {
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
  /** Calendar bucket: 0 for the whole window, k for the k-th phase. */
  bucket: number;
  /** Index of the earliest month the line can start in. */
  earliest: number;
  /** Whether any month from `earliest` to the end of its phase has working days. */
  open: boolean;
  /** Each driver it serves once, as indexes into DRIVER_KEYS. */
  driverIndexes: number[];
  northStarQuantity: string;
}

export interface PreparedSizing {
  engagement: Engagement;
  items: PreparedLine[];
  /** Indices into `items`, dependencies before dependents, plan order otherwise. */
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
  const items: PreparedLine[] = [];
  for (const line of engagement.lines) {
    const service = services.get(line.serviceId);
    if (!service) continue;
    const pricing = linePricing(line, service, levelOf(line), engagement.rateCard);
    const inPerson = line.deliveryMode === 'in_person';
    const drivers = line.drivers.length > 0 ? line.drivers : service.drivers;
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
      bucket: line.phaseId !== null ? (bucketOfPhase.get(line.phaseId) ?? 0) : 0,
      earliest: 0,
      open: true,
      driverIndexes: DRIVER_KEYS.flatMap((k, d) => (drivers.includes(k) ? [d] : [])),
      northStarQuantity: quantityText(line, service, line.quantity.groups),
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
      while (
        start < hi &&
        (pdFrom?.[start] ?? 0) === (pdFrom?.[start + 1] ?? 0) &&
        (pdFrom?.[start] ?? 0) > 0
      )
        start += 1;
    }
    item.earliest = start;
    let open = false;
    for (let k = start; k <= hi && !open; k++) open = (calendar.months[k]?.workdays ?? 0) > 0;
    item.open = open;
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

/** A reason kept as data during a round; turned into a sentence only for the phase people read. */
type Pending =
  | { code: 'pinned_deferred' }
  | { code: 'dependency_deferred'; blocking: number }
  | { code: 'calendar_closed'; bucket: number; month: number }
  | { code: 'budget'; needCents: number; leftCents: number }
  | CapacityBreak;

/** What a round may fund: groups still wanted per item (0 = nothing) and the fewest useful. */
interface Work {
  groups: Int32Array;
  min: Int32Array;
}

interface RoundResult {
  /** Funded groups per item; 0 when deferred or not part of the round. */
  groups: Int32Array;
  reasons: (Pending | null)[];
  notes: (string | null)[];
  fundedAny: boolean;
  pdDaysUsed: number;
  visitDaysUsed: number;
}

/** Consultant visit days a line takes at `groups` groups; the schedule places the same days. */
export function visitDaysNeeded(item: PreparedLine, groups: number): number {
  return item.visitUnitsPerDay === 0 ? 0 : Math.ceil((item.pricing.count * groups) / item.visitUnitsPerDay);
}

/** District PD days a funded line takes: one per session, whatever the number of groups. */
export function pdDaysNeeded(item: PreparedLine): number {
  return item.usesPdDays ? item.pricing.count : 0;
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
  work: Work,
  satisfied: Uint8Array,
  budget: number,
  fundedPhase: boolean,
): RoundResult {
  const { items, order, discount } = prep;
  const n = items.length;
  const funded = new Int32Array(n);
  const decided = new Uint8Array(n);
  const reasons: (Pending | null)[] = new Array<Pending | null>(n).fill(null);
  const notes: (string | null)[] = new Array<string | null>(n).fill(null);
  const ledger = new CapacityLedger(prep.buckets);
  let spent = 0;
  let fundedAny = false;
  const growable: number[][] = [[], [], []];
  // Visit marks for dependency walks: a fresh stamp per walk instead of a fresh Set.
  const seen = new Int32Array(n);
  let stamp = 0;
  const members: number[] = [];
  const stack: number[] = [];

  const stage = (item: PreparedLine, from: number, to: number) => {
    ledger.stage(
      item.bucket,
      item.earliest,
      from === 0 && to > 0 ? pdDaysNeeded(item) : 0,
      visitDaysNeeded(item, to) - visitDaysNeeded(item, from),
    );
  };
  const moneyFits = (extra: number) => totalAfterDiscount(spent + extra, discount) <= budget;
  const moneyLeft = () => Math.max(0, budget - totalAfterDiscount(spent, discount));
  const isFunded = (i: number) => satisfied[i] === 1 || (funded[i] ?? 0) > 0;

  /** Fills `members` with the undecided lines `i` needs funded with it; returns a deferred blocker or -1. */
  const bundleOf = (i: number): number => {
    members.length = 0;
    stamp += 1;
    seen[i] = stamp;
    stack.length = 0;
    stack.push(i);
    while (stack.length > 0) {
      const cur = stack.pop() ?? i;
      for (const d of items[cur]?.deps ?? []) {
        if (seen[d] === stamp) continue;
        seen[d] = stamp;
        if (isFunded(d)) continue;
        if (decided[d] === 1 || (work.groups[d] ?? 0) === 0) return d;
        members.push(d);
        stack.push(d);
      }
    }
    return -1;
  };

  const startGroups = (i: number, full: boolean): number => {
    const want = work.groups[i] ?? 0;
    return full || !items[i]?.line.scalable ? want : Math.min(work.min[i] ?? want, want);
  };

  /** Funds `i` at `groups`, charging money and calendar whether or not they fit. */
  const fund = (i: number, groups: number, note: string | null) => {
    const item = items[i];
    if (!item) return;
    decided[i] = 1;
    funded[i] = groups;
    notes[i] = note;
    fundedAny = true;
    ledger.clear();
    stage(item, 0, groups);
    ledger.commit();
    spent += subtotalCents(item.pricing, groups);
    if (groups < (work.groups[i] ?? 0)) growable[item.tier]?.push(i);
  };

  const defer = (i: number, reason: Pending) => {
    decided[i] = 1;
    reasons[i] = reason;
  };
  const needNote = (dependent: number) =>
    `Funded with “${items[dependent]?.name ?? ''}”, which depends on it.`;

  // Pins shape the funded phase only: a line kept by hand is funded whole, with what it depends on.
  if (fundedPhase) {
    for (const i of order) {
      if ((work.groups[i] ?? 0) > 0 && items[i]?.line.pin === 'deferred')
        defer(i, { code: 'pinned_deferred' });
    }
    for (const i of order) {
      if ((work.groups[i] ?? 0) === 0 || items[i]?.line.pin !== 'funded' || decided[i] === 1) continue;
      bundleOf(i);
      for (let m = members.length - 1; m >= 0; m--) {
        const dep = members[m] ?? -1;
        if (decided[dep] !== 1) fund(dep, startGroups(dep, false), needNote(i));
      }
      fund(i, startGroups(i, true), 'Kept funded by hand.');
    }
  }

  for (let tier = 0; tier < 3; tier++) {
    for (const i of order) {
      const item = items[i];
      if (!item || item.tier !== tier || (work.groups[i] ?? 0) === 0 || decided[i] === 1) continue;
      const blocking = bundleOf(i);
      if (blocking >= 0) {
        defer(i, { code: 'dependency_deferred', blocking });
        continue;
      }
      const closed = [i, ...members].find((m) => items[m]?.open === false);
      if (closed !== undefined) {
        defer(i, {
          code: 'calendar_closed',
          bucket: items[closed]?.bucket ?? 0,
          month: items[closed]?.earliest ?? 0,
        });
        continue;
      }
      ledger.clear();
      let need = subtotalCents(item.pricing, startGroups(i, false));
      stage(item, 0, startGroups(i, false));
      for (const m of members) {
        const dep = items[m];
        if (!dep) continue;
        const g = startGroups(m, false);
        need += subtotalCents(dep.pricing, g);
        stage(dep, 0, g);
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
      const bundle = [...members];
      for (let m = bundle.length - 1; m >= 0; m--) {
        const dep = bundle[m] ?? -1;
        fund(dep, startGroups(dep, false), needNote(i));
      }
      fund(i, startGroups(i, false), null);
    }
    growTier(growable[tier] ?? []);
  }

  /**
   * Grows the trimmed lines of one priority back toward the north star together: first to the
   * largest common share of their north-star groups that fits, then one group at a time in
   * plan order, so no single line swallows what the others could have had.
   */
  function growTier(live: readonly number[]): void {
    if (live.length === 0) return;
    const max = live.map((i) => work.groups[i] ?? 0);
    const current = live.map((i) => funded[i] ?? 0);
    const costAt = (k: number, g: number) => {
      const item = items[live[k] ?? -1];
      return item ? subtotalCents(item.pricing, g) : 0;
    };
    const shareOf = (k: number, f: number) =>
      Math.max(current[k] ?? 0, Math.floor(((max[k] ?? 0) * f) / 1000));
    /** Stages every line at share f (thousandths) of its north star; the ledger keeps the stage when it fits. */
    const tryShare = (f: number): number | null => {
      ledger.clear();
      let extra = 0;
      for (let k = 0; k < live.length; k++) {
        const item = items[live[k] ?? -1];
        const from = current[k] ?? 0;
        const to = shareOf(k, f);
        if (!item || to === from) continue;
        extra += costAt(k, to) - costAt(k, from);
        stage(item, from, to);
      }
      if (moneyFits(extra) && ledger.check() === null) return extra;
      ledger.clear();
      return null;
    };
    const tryOne = (k: number, to: number): number | null => {
      const item = items[live[k] ?? -1];
      if (!item) return null;
      ledger.clear();
      const extra = costAt(k, to) - costAt(k, current[k] ?? 0);
      stage(item, current[k] ?? 0, to);
      if (moneyFits(extra) && ledger.check() === null) return extra;
      ledger.clear();
      return null;
    };
    const keep = (extra: number) => {
      ledger.commit();
      spent += extra;
    };

    // Later phases are a rough "when funds allow" proposal; only the funded phase is balanced.
    let lo = 0;
    let hi = fundedPhase ? 1000 : 0;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (tryShare(mid) !== null) lo = mid;
      else hi = mid - 1;
      ledger.clear();
    }
    if (lo > 0) {
      const extra = tryShare(lo);
      if (extra !== null) {
        keep(extra);
        for (let k = 0; k < live.length; k++) current[k] = shareOf(k, lo);
      }
    }
    for (let pass = 0; pass < (fundedPhase ? 4 : 0); pass++) {
      let changed = false;
      for (let k = 0; k < live.length; k++) {
        const to = (current[k] ?? 0) + 1;
        if (to > (max[k] ?? 0)) continue;
        const extra = tryOne(k, to);
        if (extra !== null) {
          keep(extra);
          current[k] = to;
          changed = true;
        }
      }
      if (!changed) break;
    }
    // Whatever groups are still affordable after the even passes, in plan order.
    for (let k = 0; k < live.length; k++) {
      const from = current[k] ?? 0;
      let a = from;
      let b = max[k] ?? 0;
      while (a < b) {
        const mid = Math.ceil((a + b) / 2);
        if (tryOne(k, mid) !== null) a = mid;
        else b = mid - 1;
        ledger.clear();
      }
      if (a > from) {
        const extra = tryOne(k, a);
        if (extra !== null) {
          keep(extra);
          current[k] = a;
        }
      }
    }

    for (let k = 0; k < live.length; k++) {
      const i = live[k] ?? -1;
      const item = items[i];
      if (!item) continue;
      const g = current[k] ?? 0;
      funded[i] = g;
      if (g < (max[k] ?? 0)) {
        const stepCost = costAt(k, g + 1) - costAt(k, g);
        ledger.clear();
        stage(item, g, g + 1);
        const broken = ledger.check();
        ledger.clear();
        reasons[i] =
          broken && moneyFits(stepCost)
            ? broken
            : { code: 'budget', needCents: stepCost, leftCents: moneyLeft() };
      }
    }
  }

  return {
    groups: funded,
    reasons,
    notes,
    fundedAny,
    pdDaysUsed: ledger.pdDaysUsed(),
    visitDaysUsed: ledger.visitDaysUsed(),
  };
}

function pluralWord(n: number, word: { singular: string; plural: string }): string {
  return `${n} ${n === 1 ? word.singular : word.plural}`;
}

function sentenceFor(
  prep: PreparedSizing,
  item: PreparedLine,
  reason: Pending | null,
  groups: number,
  budget: number,
  money: (cents: number) => string,
): SizingReason | null {
  if (!reason) return null;
  const northStarGroups = item.line.quantity.groups;
  const trimmed = groups > 0;
  const head = trimmed
    ? `Trimmed to ${groups} of ${pluralWord(northStarGroups, item.groupWord)}`
    : 'Deferred';
  switch (reason.code) {
    case 'calendar_closed':
      return {
        code: reason.code,
        sentence: `Deferred: ${describeWhere(prep.buckets, reason.bucket, reason.month)} has no working days outside blackouts${reason.month > (prep.buckets.lo[reason.bucket] ?? 0) ? ' once what it depends on has started' : ''}.`,
      };
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
          needCents: reason.needCents,
          leftCents: reason.leftCents,
        };
      }
      const order =
        item.tier === 0
          ? 'after the other essential lines'
          : `after the lines ranked above this ${TIER_NAMES[item.tier] ?? 'optional'} one`;
      return {
        code: reason.code,
        sentence:
          reason.needCents > budget
            ? `Deferred: even its smallest useful size costs ${money(reason.needCents)}, more than the whole ${money(budget)} budget.`
            : `Deferred: its smallest useful size costs ${money(reason.needCents)} and only ${money(reason.leftCents)} of the ${money(budget)} budget is left ${order}.`,
        needCents: reason.needCents,
        leftCents: reason.leftCents,
      };
    }
    case 'pd_days':
      return {
        code: reason.code,
        sentence: `${head}: it needs ${pluralWord(reason.need, { singular: 'district PD day', plural: 'district PD days' })} and ${reason.left} of the ${reason.total} usable PD days in ${describeWhere(prep.buckets, reason.bucket, reason.month)} ${reason.left === 1 ? 'is' : 'are'} left.`,
      };
    case 'visit_days': {
      const perMonth = prep.engagement.timeline.visitDaysPerMonth;
      const need = trimmed
        ? `one more ${item.groupWord.singular} needs ${pluralWord(reason.need, { singular: 'more day', plural: 'more days' })}`
        : `it needs ${reason.need}`;
      return {
        code: reason.code,
        sentence: `${head}: ${describeWhere(prep.buckets, reason.bucket, reason.month)} holds ${pluralWord(reason.total, { singular: 'consultant visit day', plural: 'consultant visit days' })} (up to ${perMonth} a month outside blackouts) and ${need} with ${reason.left} left.`,
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
  const n = items.length;
  const budget = budgetCents ?? engagement.budget.amountCents;
  const moneyText = new Map<number, string>();
  const money = (c: number) => {
    let text = moneyText.get(c);
    if (text === undefined) {
      text = formatMoney(c, prep.currency);
      moneyText.set(c, text);
    }
    return text;
  };
  const work: Work = { groups: new Int32Array(n), min: new Int32Array(n) };
  for (const item of items) {
    const groups = item.line.quantity.groups;
    work.groups[item.index] = groups;
    work.min[item.index] = Math.min(item.line.quantity.minGroups, groups);
  }
  const first = sizeRound(prep, work, new Uint8Array(n), budget, true);

  // Deferred phases: what the same budget would fund next, and next, with a fresh calendar.
  const deferredPhases: DeferredPhase[] = [];
  const phaseOfLine = new Int32Array(n);
  const satisfied = new Uint8Array(n);
  const remaining: Work = { groups: new Int32Array(n), min: new Int32Array(n) };
  let remainingCount = 0;
  for (const item of items) {
    const i = item.index;
    const got = first.groups[i] ?? 0;
    if (got > 0) satisfied[i] = 1;
    const left = item.line.quantity.groups - got;
    remaining.groups[i] = left;
    remaining.min[i] = Math.min(item.line.quantity.minGroups, left);
    if (left > 0) remainingCount += 1;
  }
  const phaseLine = (item: PreparedLine, groups: number): DeferredPhaseLine => ({
    lineId: item.line.id,
    name: item.name,
    groups,
    quantity: quantityText(item.line, item.service, groups),
    subtotalCents: subtotalCents(item.pricing, groups),
  });
  const closePhase = (number: number, name: string, lines: DeferredPhaseLine[]) => {
    const sub = lines.reduce((s, l) => s + l.subtotalCents, 0);
    const disc = discountCents(sub, prep.discount);
    deferredPhases.push({
      number,
      name,
      lines,
      subtotalCents: sub,
      discountCents: disc,
      totalCents: sub - disc,
    });
  };
  while (remainingCount > 0) {
    const number = deferredPhases.length + 2;
    const last = deferredPhases.length + 1 >= MAX_DEFERRED_PHASES;
    const round = last ? null : sizeRound(prep, remaining, satisfied, budget, false);
    if (!round?.fundedAny) {
      const lines: DeferredPhaseLine[] = [];
      for (const i of prep.order) {
        const item = items[i];
        const left = remaining.groups[i] ?? 0;
        if (!item || left === 0) continue;
        lines.push(phaseLine(item, left));
        if (phaseOfLine[i] === 0) phaseOfLine[i] = number;
      }
      closePhase(number, `Phase ${number}: when funds and time allow`, lines);
      break;
    }
    const lines: DeferredPhaseLine[] = [];
    remainingCount = 0;
    for (const i of prep.order) {
      const item = items[i];
      const want = remaining.groups[i] ?? 0;
      if (!item || want === 0) continue;
      const got = round.groups[i] ?? 0;
      if (got > 0) {
        lines.push(phaseLine(item, got));
        if (phaseOfLine[i] === 0) phaseOfLine[i] = number;
        satisfied[i] = 1;
      }
      remaining.groups[i] = want - got;
      remaining.min[i] = Math.min(remaining.min[i] ?? 1, want - got);
      if (want - got > 0) remainingCount += 1;
    }
    closePhase(number, `Phase ${number}: when funds allow`, lines);
  }

  const sizedLines: SizedLine[] = [];
  const fundedGroups: Record<string, number> = {};
  let northStarTotal = 0;
  let fundedTotal = 0;
  let fundedCount = 0;
  let trimmedCount = 0;
  const essentials = { fundedCents: 0, northStarCents: 0, lines: 0, funded: 0, trimmed: 0, deferred: 0 };
  const driverTotals = DRIVER_KEYS.map(() => ({
    lines: 0,
    fundedLines: 0,
    fundedCents: 0,
    northStarCents: 0,
  }));
  for (const item of items) {
    const i = item.index;
    const groups = first.groups[i] ?? 0;
    const nsGroups = item.line.quantity.groups;
    const nsCents = prep.northStarCents[i] ?? 0;
    const fundedCents = groups > 0 ? subtotalCents(item.pricing, groups) : 0;
    const status: SizedStatus = groups === 0 ? 'deferred' : groups < nsGroups ? 'trimmed' : 'funded';
    if (groups > 0) {
      fundedGroups[item.line.id] = groups;
      fundedCount += 1;
    }
    if (status === 'trimmed') trimmedCount += 1;
    northStarTotal += nsCents;
    fundedTotal += fundedCents;
    if (item.line.priority === 'essential') {
      essentials.lines += 1;
      essentials[status] += 1;
      essentials.fundedCents += fundedCents;
      essentials.northStarCents += nsCents;
    }
    for (const d of item.driverIndexes) {
      const t = driverTotals[d];
      if (!t) continue;
      t.lines += 1;
      if (groups > 0) t.fundedLines += 1;
      t.fundedCents += fundedCents;
      t.northStarCents += nsCents;
    }
    const reason =
      sentenceFor(prep, item, first.reasons[i] ?? null, groups, budget, money) ??
      (status !== 'funded'
        ? { code: 'budget' as const, sentence: 'Deferred: it did not fit this phase.' }
        : null);
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
      fundedGroups: groups,
      groupLabel: item.groupWord.plural,
      northStarQuantity: item.northStarQuantity,
      fundedQuantity:
        groups === 0
          ? ''
          : groups === nsGroups
            ? item.northStarQuantity
            : quantityText(item.line, item.service, groups),
      northStarCents: nsCents,
      fundedCents,
      reason,
      note: first.notes[i] ?? null,
      deferredPhase: (phaseOfLine[i] ?? 0) > 0 ? (phaseOfLine[i] ?? null) : null,
    });
  }

  const fundedDiscount = discountCents(fundedTotal, prep.discount);
  const fundedAfter = fundedTotal - fundedDiscount;
  const deferredCount = n - fundedCount;
  const costPercent = percentOf(fundedTotal, northStarTotal);
  const summary: string[] = [];
  if (n === 0) {
    summary.push('The north star has no lines yet.');
  } else {
    summary.push(
      `Start here: ${fundedCount} of ${n} lines for ${money(fundedAfter)} of the ${money(budget)} budget${costPercent === null ? '' : ` (${costPercent.toString()} % of the north star)`}.`,
    );
    if (trimmedCount > 0)
      summary.push(
        `${trimmedCount} ${trimmedCount === 1 ? 'line is' : 'lines are'} trimmed rather than dropped.`,
      );
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
  if (overBudget > 0)
    summary.push(`Lines kept funded by hand cost ${money(overBudget)} more than the budget.`);

  return {
    currency: prep.currency,
    budgetCents: budget,
    fundedPhaseName: 'Phase 1: start here',
    funded: {
      subtotalCents: fundedTotal,
      discountCents: fundedDiscount,
      totalCents: fundedAfter,
      lines: fundedCount,
    },
    remainingCents: Math.max(0, budget - fundedAfter),
    overBudgetCents: overBudget,
    northStar: { subtotalCents: northStarTotal, lines: n },
    lines: sizedLines,
    fundedGroups,
    deferredPhases,
    capacity: {
      pdDays: {
        available: prep.calendar.pdDayCount,
        used: first.pdDaysUsed,
        recorded: engagement.timeline.pdDays.length > 0,
      },
      visitDays: { available: prep.calendar.visitCapacity, used: first.visitDaysUsed },
    },
    coverage: {
      cost: { fundedCents: fundedTotal, northStarCents: northStarTotal, percent: costPercent },
      essentials: { ...essentials, percent: percentOf(essentials.fundedCents, essentials.northStarCents) },
      drivers: DRIVER_KEYS.map((driver, d) => {
        const t = driverTotals[d] ?? { lines: 0, fundedLines: 0, fundedCents: 0, northStarCents: 0 };
        return {
          driver,
          label: DRIVER_INFO[driver].label,
          ...t,
          percent: percentOf(t.fundedCents, t.northStarCents),
        };
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
export function whatIfBudgets(
  engagement: Engagement,
  budgets: readonly number[],
  recommended?: SupportLevel,
): Sizing[] {
  const prep = prepareSizing(engagement, recommended);
  return budgets.map((b) => sizePrepared(prep, b));
}
