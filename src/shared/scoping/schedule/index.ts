import { PDCA_STAGES, type Engagement, type PdcaStage } from '../../domain';
import { agreeOf } from '../../words';
import type { CalendarMonth } from '../calendar';
import { prepareSizing, type PreparedLine, type PreparedSizing, type Size, type Sizing } from '../sizing';
import { placeLines, type PlacedLine } from './place';
import { pdcaCycles } from './pdca';
import { travelOf } from './travel';
import type { PdcaCycle, Placement, Schedule, ScheduleEntry, ScheduledLine } from './types';

/**
 * The funded phase on the district's calendar, day by day: what happens when, how many
 * consultants are on site, the trips that takes, and the PLAN-DO-CHECK-ACT cycles the data
 * reviews close. How each kind of work is placed is in `place.ts`.
 */

export * from './types';

/** What the schedule reads of a sizing: the size of each funded line. */
export type FundedSizes = Pick<Sizing, 'fundedGroups' | 'fundedCounts'>;

export function buildSchedule(
  engagement: Engagement,
  sizing: FundedSizes,
  prepared?: PreparedSizing,
): Schedule {
  const prep = prepared ?? prepareSizing(engagement);
  const cal = prep.fundedCalendar.months;
  const placed = placeLines(prep, fundedSizes(prep, sizing));
  const book = monthByMonth(placed, cal);
  const cycles = pdcaCycles(
    book.placements,
    cycleCloser(prep, book.placements),
    cal[cal.length - 1]?.month ?? '',
  );
  const cycleOf = cycleStages(cycles, cal);
  return {
    months: cal.map((m, k) => {
      const list = book.entries[k] ?? [];
      const stages = new Set(list.map((e) => e.stage));
      return {
        month: m.month,
        label: m.label,
        fiscalYear: m.fiscalYear,
        workdays: m.workdays,
        blackoutDays: m.blackoutDays,
        visitCapacity: m.visitCapacity,
        visitDaysUsed: book.visitUsed[k] ?? 0,
        entries: list,
        lineStages: PDCA_STAGES.filter((s) => stages.has(s)),
        cycle: cycleOf[k]?.cycle ?? null,
        cycleStages: PDCA_STAGES.filter((s) => cycleOf[k]?.stages.includes(s)),
      };
    }),
    cycles,
    lines: book.lines,
    placements: book.placements,
    unplaced: book.unplaced,
    monthlyUnits: book.monthlyUnits,
    travel: travelOf(placed),
  };
}

/** What sizing funded of each line, by its index in the preparation. */
function fundedSizes(prep: PreparedSizing, sizing: FundedSizes): Map<number, Size> {
  const funded = new Map<number, Size>();
  for (const item of prep.items) {
    const groups = sizing.fundedGroups[item.line.id] ?? 0;
    if (groups > 0) funded.set(item.index, { groups, count: sizing.fundedCounts[item.line.id] ?? 0 });
  }
  return funded;
}

/** The placed lines read month by month: each month's entries and visit days, and each line's span. */
interface MonthBook {
  entries: ScheduleEntry[][];
  visitUsed: number[];
  lines: ScheduledLine[];
  unplaced: Schedule['unplaced'];
  monthlyUnits: Schedule['monthlyUnits'];
  /** Every day with work, in date order. */
  placements: Placement[];
}

function monthByMonth(placed: readonly PlacedLine[], cal: readonly CalendarMonth[]): MonthBook {
  const book: MonthBook = {
    entries: cal.map(() => []),
    visitUsed: cal.map(() => 0),
    lines: [],
    unplaced: [],
    monthlyUnits: {},
    placements: [],
  };
  for (const line of placed) {
    const { item } = line;
    const byMonth = new Map<number, Placement[]>();
    for (const p of line.days) {
      const list = byMonth.get(p.month) ?? [];
      list.push(p);
      byMonth.set(p.month, list);
      book.visitUsed[p.month] = (book.visitUsed[p.month] ?? 0) + p.visitDays;
      book.placements.push(p);
    }
    const months = [...byMonth.keys()].sort((a, b) => a - b);
    for (const k of months) book.entries[k]?.push(monthEntry(item, byMonth.get(k) ?? []));
    book.monthlyUnits[item.line.id] = months.map((k) => ({
      month: cal[k]?.month ?? '',
      units: (byMonth.get(k) ?? []).reduce((s, p) => s + p.units, 0),
    }));
    book.lines.push(scheduledLine(line));
    if (line.unplaced > 0) {
      book.unplaced.push({
        lineId: item.line.id,
        name: item.name,
        units: line.unplaced,
        reason: line.reason,
      });
    }
  }
  book.placements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return book;
}

/** One line's work in one month, as the month's entry shows it. */
function monthEntry(item: PreparedLine, days: readonly Placement[]): ScheduleEntry {
  const units = days.reduce((s, p) => s + p.units, 0);
  return {
    lineId: item.line.id,
    name: item.name,
    units,
    unitLabel: agreeOf(units, item.service.unit),
    stage: item.line.pdcaStage,
    pdDays: days.filter((p) => p.pdDay).map((p) => p.date),
    visitDays: days.reduce((s, p) => s + p.visitDays, 0),
    dates: days.map((p) => p.date),
  };
}

/** A line's span on the calendar and how much of it found room. */
function scheduledLine(line: PlacedLine): ScheduledLine {
  const total = line.size.count * line.size.groups;
  const dates = line.days.map((p) => p.date).sort();
  return {
    lineId: line.item.line.id,
    name: line.item.name,
    firstMonth: dates[0]?.slice(0, 7) ?? null,
    lastMonth: dates[dates.length - 1]?.slice(0, 7) ?? null,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    units: total,
    placedUnits: total - line.unplaced,
  };
}

/**
 * The days that close a PLAN-DO-CHECK-ACT cycle: the data reviews at the check stage when any
 * is placed, else any work at the check stage (an evaluation alone is not a cadence).
 */
function cycleCloser(prep: PreparedSizing, placements: readonly Placement[]): (p: Placement) => boolean {
  const reviews = new Set(
    prep.items
      .filter((it) => it.service.category === 'data_review' && it.line.pdcaStage === 'check')
      .map((it) => it.line.id),
  );
  const checkStage = new Set(
    prep.items.filter((it) => it.line.pdcaStage === 'check').map((it) => it.line.id),
  );
  return placements.some((p) => reviews.has(p.lineId))
    ? (p: Placement) => reviews.has(p.lineId)
    : (p: Placement) => checkStage.has(p.lineId);
}

/** Each month's cycle and the stages it holds in it. */
function cycleStages(
  cycles: readonly PdcaCycle[],
  cal: readonly CalendarMonth[],
): { cycle: number | null; stages: PdcaStage[] }[] {
  const monthIndex = new Map(cal.map((m, k) => [m.month, k]));
  const cycleOf = cal.map((): { cycle: number | null; stages: PdcaStage[] } => ({ cycle: null, stages: [] }));
  // A month can close one cycle and open the next: it shows both, under the cycle it checks.
  for (const c of cycles) {
    const s = monthIndex.get(c.start) ?? 0;
    const check = monthIndex.get(c.checkMonth) ?? s;
    for (let k = s; k <= check; k++) {
      const slot = cycleOf[k];
      if (!slot) continue;
      slot.cycle ??= c.number;
      const stages: PdcaStage[] =
        k === check
          ? k === s
            ? ['plan', 'do', 'check']
            : ['do', 'check']
          : k === s
            ? ['plan', 'do']
            : ['do'];
      slot.stages = [...new Set([...slot.stages, ...stages])];
    }
  }
  // Acting on a check happens as the next cycle plans, so the act month carries both.
  for (const c of cycles) {
    const actSlot = cycleOf[monthIndex.get(c.actMonth) ?? -1];
    if (actSlot && !actSlot.stages.includes('act')) actSlot.stages = [...actSlot.stages, 'act'];
  }
  return cycleOf;
}
