import { type Engagement, type PdcaStage, PDCA_STAGES } from '../domain';
import { monthLabel } from './calendar';
import { CapacitySlack } from './capacity';
import { pdDaysNeeded, prepareSizing, visitDaysNeeded, type PreparedSizing, type Sizing } from './sizing';

/**
 * Places the funded lines month by month inside the window: after what they depend on, inside
 * their phase, planning early, doing throughout, checking at the end of each stretch and acting
 * late; face-to-face sessions on district PD days; visit days within the monthly cap. The
 * check-stage placements cut the window into visible PLAN-DO-CHECK-ACT cycles.
 */

export interface ScheduleEntry {
  lineId: string;
  name: string;
  units: number;
  /** "coaching cycles" */
  unitLabel: string;
  stage: PdcaStage;
  /** PD days used by this line this month. */
  pdDays: string[];
  /** Consultant visit days this line takes this month. */
  visitDays: number;
}

export interface ScheduleMonth {
  month: string;
  label: string;
  fiscalYear: string;
  workdays: number;
  blackoutDays: number;
  visitCapacity: number;
  visitDaysUsed: number;
  entries: ScheduleEntry[];
  /** Stages of the lines placed this month, in PDCA order. */
  lineStages: PdcaStage[];
  /** The cycle this month belongs to and its place in it. */
  cycle: number | null;
  cycleStages: PdcaStage[];
}

export interface PdcaCycle {
  number: number;
  start: string;
  checkMonth: string;
  actMonth: string;
  sentence: string;
}

export interface ScheduledLine {
  lineId: string;
  name: string;
  firstMonth: string | null;
  lastMonth: string | null;
  units: number;
  placedUnits: number;
}

export interface Schedule {
  months: ScheduleMonth[];
  cycles: PdcaCycle[];
  lines: ScheduledLine[];
  /** Units that found no room, with the reason in words. */
  unplaced: { lineId: string; name: string; units: number; reason: string }[];
  /** Units of each line per month, for fiscal-year subtotals. */
  monthlyUnits: Record<string, { month: string; units: number }[]>;
}

/** Spread `units` over `slots` months, front-loaded (true) or end-loaded (false). */
function spread(units: number, slots: number, front: boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < slots; k++) {
    out.push(
      front
        ? Math.ceil(((k + 1) * units) / slots) - Math.ceil((k * units) / slots)
        : Math.floor(((k + 1) * units) / slots) - Math.floor((k * units) / slots),
    );
  }
  return out;
}

/** Evenly spaced picks of `n` out of `list`. */
function pickEvenly<T>(list: readonly T[], n: number): T[] {
  if (n >= list.length) return [...list];
  const out: T[] = [];
  for (let k = 0; k < n; k++) {
    const item = list[Math.floor((k * list.length) / n)];
    if (item !== undefined) out.push(item);
  }
  return out;
}

export function buildSchedule(engagement: Engagement, sizing: Sizing, prepared?: PreparedSizing): Schedule {
  const prep = prepared ?? prepareSizing(engagement);
  const cal = prep.calendar.months;
  const monthIndex = new Map(cal.map((m, i) => [m.month, i]));
  const visitUsed = cal.map(() => 0);
  const pdTaken = new Set<string>();
  const entries: ScheduleEntry[][] = cal.map(() => []);
  const first = new Map<number, number>();
  const lines: ScheduledLine[] = [];
  const unplaced: Schedule['unplaced'] = [];
  const monthlyUnits: Schedule['monthlyUnits'] = {};
  const dependedOn = new Set(prep.items.flatMap((it) => it.deps));
  const visitSlack = new CapacitySlack(prep.buckets.visitsFrom);
  const pdSlack = new CapacitySlack(prep.buckets.pdFrom);
  // Hold every funded line's days first, so early lines leave room for the ones that start later.
  for (const item of prep.items) {
    const groups = sizing.fundedGroups[item.line.id] ?? 0;
    if (groups <= 0) continue;
    visitSlack.reserve(item.bucket, item.earliest, visitDaysNeeded(item, groups));
    pdSlack.reserve(item.bucket, item.earliest, pdDaysNeeded(item));
  }

  for (const i of prep.order) {
    const item = prep.items[i];
    if (!item) continue;
    const groups = sizing.fundedGroups[item.line.id] ?? 0;
    if (groups <= 0) continue;
    visitSlack.release(item.bucket, item.earliest, visitDaysNeeded(item, groups));
    pdSlack.release(item.bucket, item.earliest, pdDaysNeeded(item));
    const unit = item.service.unit;
    const stage = item.line.pdcaStage;
    // The months of its phase (or of the whole window), as sizing counted them.
    const lo = prep.buckets.lo[item.bucket] ?? 0;
    const hi = prep.buckets.hi[item.bucket] ?? cal.length - 1;
    const afterDeps = item.deps.reduce((m, d) => Math.max(m, (first.get(d) ?? -1) + 1), 0);
    const sameAsDeps = item.deps.reduce((m, d) => Math.max(m, first.get(d) ?? 0), 0);
    const open = (k: number) => (cal[k]?.workdays ?? 0) > 0 || (cal[k]?.pdDays.length ?? 0) > 0;
    const range = (from: number) => {
      const out: number[] = [];
      for (let k = Math.max(lo, from); k <= hi; k++) if (open(k)) out.push(k);
      return out;
    };
    let candidates = range(afterDeps);
    // With no month left after its prerequisites, a line may share their first month.
    if (candidates.length === 0) candidates = range(sameAsDeps);
    const placed = new Map<number, { units: number; pd: string[]; visits: number }>();
    const total = item.pricing.count * groups;
    let left = total;

    if (item.usesPdDays) {
      const free = candidates.flatMap((k) => (cal[k]?.pdDays ?? []).filter((d) => !pdTaken.has(d)));
      const monthOf = (date: string) => monthIndex.get(date.slice(0, 7)) ?? 0;
      const usable = (date: string) => !pdTaken.has(date) && pdSlack.room(item.bucket, monthOf(date)) >= 1;
      for (const wanted of pickEvenly(free, item.pricing.count)) {
        // Spread evenly, but give way to later lines that need the PD days more: earlier first.
        const at = free.indexOf(wanted);
        const date = usable(wanted)
          ? wanted
          : (free.slice(0, at).reverse().find(usable) ?? free.slice(at + 1).find(usable));
        if (date === undefined) continue;
        pdTaken.add(date);
        const k = monthOf(date);
        pdSlack.use(item.bucket, k, 1);
        const p = placed.get(k) ?? { units: 0, pd: [], visits: 0 };
        p.units += groups;
        p.pd.push(date);
        placed.set(k, p);
        left -= groups;
      }
      if (left > 0) {
        unplaced.push({
          lineId: item.line.id,
          name: item.name,
          units: left,
          reason: `Not enough free PD days ${item.deps.length > 0 ? 'after its prerequisites' : 'in the window'} for ${left} ${left === 1 ? unit.singular : unit.plural}.`,
        });
      }
    } else if (candidates.length > 0) {
      const half = Math.max(1, Math.ceil(candidates.length / 2));
      // A one-off planning step (a needs assessment) comes first; recurring planning runs
      // throughout; acting comes late and checks close stretches of work. A line others build
      // on starts as early as it can, as sizing counted, so they have their months too.
      const prerequisite = dependedOn.has(i);
      const slots =
        stage === 'plan' && item.pricing.count <= 2
          ? candidates.slice(0, 1)
          : stage === 'act' && !prerequisite
            ? candidates.slice(candidates.length - half)
            : candidates;
      // Each occurrence (a session, a review, a cycle) reaches every funded group in the same month.
      const desired = spread(item.pricing.count, slots.length, stage !== 'check' || prerequisite).map(
        (n) => n * groups,
      );
      const perDay = item.visitUnitsPerDay;
      const roomFor = (k: number) => {
        if (perDay === 0) return Number.POSITIVE_INFINITY;
        const cap = Math.min(
          (cal[k]?.visitCapacity ?? 0) - (visitUsed[k] ?? 0),
          visitSlack.room(item.bucket, k),
        );
        return Math.max(0, cap) * perDay;
      };
      const put = (k: number, units: number) => {
        if (units <= 0) return;
        const p = placed.get(k) ?? { units: 0, pd: [], visits: 0 };
        const before = perDay === 0 ? 0 : Math.ceil(p.units / perDay);
        p.units += units;
        const after = perDay === 0 ? 0 : Math.ceil(p.units / perDay);
        p.visits = after;
        visitUsed[k] = (visitUsed[k] ?? 0) + after - before;
        visitSlack.use(item.bucket, k, after - before);
        placed.set(k, p);
        left -= units;
      };
      let carry = 0;
      slots.forEach((k, s) => {
        const want = (desired[s] ?? 0) + carry;
        const now = Math.min(want, roomFor(k) + partialRoom(placed.get(k)?.units ?? 0, perDay));
        put(k, now);
        carry = want - now;
      });
      // Whatever did not fit where it was wanted goes to the earliest open months with room.
      for (const k of candidates) {
        if (carry <= 0) break;
        const now = Math.min(carry, roomFor(k) + partialRoom(placed.get(k)?.units ?? 0, perDay));
        put(k, now);
        carry -= now;
      }
      if (left > 0) {
        unplaced.push({
          lineId: item.line.id,
          name: item.name,
          units: left,
          reason: `The calendar has no visit days left for ${left} ${left === 1 ? unit.singular : unit.plural} (${engagement.timeline.visitDaysPerMonth} a month).`,
        });
      }
    } else {
      unplaced.push({
        lineId: item.line.id,
        name: item.name,
        units: left,
        reason: 'No open month in its phase after its prerequisites.',
      });
    }

    const months = [...placed.keys()].sort((a, b) => a - b);
    const firstK = months[0];
    const lastK = months[months.length - 1];
    if (firstK !== undefined) first.set(i, firstK);
    for (const k of months) {
      const p = placed.get(k);
      if (!p) continue;
      entries[k]?.push({
        lineId: item.line.id,
        name: item.name,
        units: p.units,
        unitLabel: p.units === 1 ? unit.singular : unit.plural,
        stage,
        pdDays: p.pd,
        visitDays: p.visits,
      });
    }
    monthlyUnits[item.line.id] = months.map((k) => ({
      month: cal[k]?.month ?? '',
      units: placed.get(k)?.units ?? 0,
    }));
    lines.push({
      lineId: item.line.id,
      name: item.name,
      firstMonth: firstK !== undefined ? (cal[firstK]?.month ?? null) : null,
      lastMonth: lastK !== undefined ? (cal[lastK]?.month ?? null) : null,
      units: total,
      placedUnits: total - left,
    });
  }

  // PDCA check-ins and data reviews close the cycles; an evaluation alone is not a cadence.
  const reviews = new Set(
    prep.items
      .filter((it) => it.service.category === 'data_review' && it.line.pdcaStage === 'check')
      .map((it) => it.line.id),
  );
  const closesCycle =
    reviews.size > 0 && entries.some((list) => list.some((e) => reviews.has(e.lineId)))
      ? (e: ScheduleEntry) => reviews.has(e.lineId)
      : (e: ScheduleEntry) => e.stage === 'check';
  const cycles = pdcaCycles(
    cal.map((m) => m.month),
    entries,
    closesCycle,
  );
  const cycleOf = cal.map((): { cycle: number | null; stages: PdcaStage[] } => ({ cycle: null, stages: [] }));
  for (const c of cycles) {
    const s = monthIndex.get(c.start) ?? 0;
    const check = monthIndex.get(c.checkMonth) ?? s;
    for (let k = s; k <= check; k++) {
      const slot = cycleOf[k];
      if (!slot) continue;
      slot.cycle = c.number;
      slot.stages =
        k === check ? (k === s ? ['plan', 'do', 'check'] : ['check']) : k === s ? ['plan', 'do'] : ['do'];
    }
  }
  // Acting on a check happens as the next cycle plans, so the act month carries both.
  for (const c of cycles) {
    const actSlot = cycleOf[monthIndex.get(c.actMonth) ?? -1];
    if (actSlot) actSlot.stages = [...actSlot.stages, 'act'];
  }

  return {
    months: cal.map((m, k) => {
      const list = entries[k] ?? [];
      const stages = new Set(list.map((e) => e.stage));
      return {
        month: m.month,
        label: m.label,
        fiscalYear: m.fiscalYear,
        workdays: m.workdays,
        blackoutDays: m.blackoutDays,
        visitCapacity: m.visitCapacity,
        visitDaysUsed: visitUsed[k] ?? 0,
        entries: list,
        lineStages: PDCA_STAGES.filter((s) => stages.has(s)),
        cycle: cycleOf[k]?.cycle ?? null,
        cycleStages: PDCA_STAGES.filter((s) => cycleOf[k]?.stages.includes(s)),
      };
    }),
    cycles,
    lines,
    unplaced,
    monthlyUnits,
  };
}

/** Units a month can still take on a visit day this line already opened there. */
function partialRoom(unitsHere: number, perDay: number): number {
  if (perDay === 0 || unitsHere === 0) return 0;
  const rem = unitsHere % perDay;
  return rem === 0 ? 0 : perDay - rem;
}

/**
 * A cycle runs from the month after the previous check (or the first month with work) to a
 * month with a check-stage line; its "act" is the month after, when the next cycle plans.
 */
function pdcaCycles(
  months: readonly string[],
  entries: readonly ScheduleEntry[][],
  closesCycle: (entry: ScheduleEntry) => boolean,
): PdcaCycle[] {
  const checks: number[] = [];
  let firstWork = -1;
  entries.forEach((list, k) => {
    if (list.length > 0 && firstWork < 0) firstWork = k;
    if (list.some(closesCycle)) checks.push(k);
  });
  const cycles: PdcaCycle[] = [];
  let start = Math.max(0, firstWork);
  for (const check of checks) {
    if (check < start) continue;
    const act = Math.min(check + 1, months.length - 1);
    const s = months[start] ?? '';
    const c = months[check] ?? '';
    const a = months[act] ?? '';
    const number = cycles.length + 1;
    const doText =
      check > start
        ? `do ${monthLabel(s)}${check - 1 > start ? ` to ${monthLabel(months[check - 1] ?? '')}` : ''}`
        : `do ${monthLabel(s)}`;
    cycles.push({
      number,
      start: s,
      checkMonth: c,
      actMonth: a,
      sentence: `Cycle ${number}: plan ${monthLabel(s)}, ${doText}, check ${monthLabel(c)}, act ${act === check ? monthLabel(c) : monthLabel(a)}.`,
    });
    start = check + 1;
  }
  return cycles;
}
