import { PDCA_STAGES, type Engagement, type PdcaStage } from '../../domain';
import { prepareSizing, type PreparedSizing, type Size, type Sizing } from '../sizing';
import { placeLines } from './place';
import { pdcaCycles } from './pdca';
import { travelOf } from './travel';
import type { Placement, Schedule, ScheduleEntry, ScheduledLine } from './types';

/**
 * The funded phase on the district's calendar, day by day: what happens when, how many
 * consultants are on site, the trips that takes, and the PLAN-DO-CHECK-ACT cycles the data
 * reviews close. How each kind of work is placed is in `place.ts`.
 */

export * from './types';

export function buildSchedule(engagement: Engagement, sizing: Sizing, prepared?: PreparedSizing): Schedule {
  const prep = prepared ?? prepareSizing(engagement);
  const cal = prep.fundedCalendar.months;
  const funded = new Map<number, Size>();
  for (const item of prep.items) {
    const groups = sizing.fundedGroups[item.line.id] ?? 0;
    if (groups > 0) funded.set(item.index, { groups, count: sizing.fundedCounts[item.line.id] ?? 0 });
  }
  const placed = placeLines(prep, funded);

  const entries: ScheduleEntry[][] = cal.map(() => []);
  const visitUsed = cal.map(() => 0);
  const lines: ScheduledLine[] = [];
  const unplaced: Schedule['unplaced'] = [];
  const monthlyUnits: Schedule['monthlyUnits'] = {};
  const placements: Placement[] = [];
  for (const line of placed) {
    const { item } = line;
    const unit = item.service.unit;
    const byMonth = new Map<number, Placement[]>();
    for (const p of line.days) {
      const list = byMonth.get(p.month) ?? [];
      list.push(p);
      byMonth.set(p.month, list);
      visitUsed[p.month] = (visitUsed[p.month] ?? 0) + p.visitDays;
      placements.push(p);
    }
    const months = [...byMonth.keys()].sort((a, b) => a - b);
    for (const k of months) {
      const list = byMonth.get(k) ?? [];
      const units = list.reduce((s, p) => s + p.units, 0);
      entries[k]?.push({
        lineId: item.line.id,
        name: item.name,
        units,
        unitLabel: units === 1 ? unit.singular : unit.plural,
        stage: item.line.pdcaStage,
        pdDays: list.filter((p) => p.pdDay).map((p) => p.date),
        visitDays: list.reduce((s, p) => s + p.visitDays, 0),
        dates: list.map((p) => p.date),
      });
    }
    monthlyUnits[item.line.id] = months.map((k) => ({
      month: cal[k]?.month ?? '',
      units: (byMonth.get(k) ?? []).reduce((s, p) => s + p.units, 0),
    }));
    const total = line.size.count * line.size.groups;
    const dates = line.days.map((p) => p.date).sort();
    lines.push({
      lineId: item.line.id,
      name: item.name,
      firstMonth: dates[0]?.slice(0, 7) ?? null,
      lastMonth: dates[dates.length - 1]?.slice(0, 7) ?? null,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      units: total,
      placedUnits: total - line.unplaced,
    });
    if (line.unplaced > 0) {
      unplaced.push({ lineId: item.line.id, name: item.name, units: line.unplaced, reason: line.reason });
    }
  }
  placements.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // PDCA check-ins and data reviews close the cycles; an evaluation alone is not a cadence.
  const reviews = new Set(
    prep.items
      .filter((it) => it.service.category === 'data_review' && it.line.pdcaStage === 'check')
      .map((it) => it.line.id),
  );
  const checkStage = new Set(
    prep.items.filter((it) => it.line.pdcaStage === 'check').map((it) => it.line.id),
  );
  const closesCycle = placements.some((p) => reviews.has(p.lineId))
    ? (p: Placement) => reviews.has(p.lineId)
    : (p: Placement) => checkStage.has(p.lineId);
  const cycles = pdcaCycles(placements, closesCycle, cal[cal.length - 1]?.month ?? '');
  const monthKeys = cal.map((m) => m.month);
  const monthIndex = new Map(monthKeys.map((m, k) => [m, k]));
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
    placements,
    unplaced,
    monthlyUnits,
    travel: travelOf(placed),
  };
}
