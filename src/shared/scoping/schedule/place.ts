import { pluralOf } from '../../words';
import { toDayNumber, type CalendarDay } from '../calendar';
import { CapacitySlack } from '../capacity';
import {
  pdDaysNeeded,
  sessionDays,
  visitDaysNeeded,
  type PreparedLine,
  type PreparedSizing,
  type Size,
} from '../sizing';
import type { Placement } from './types';

/**
 * Puts each funded line's units on days of the district's calendar: sessions on PD days (or
 * the dates the line names), spread out and never more cohorts at once than the consultancy can
 * staff; a multi-day institute on consecutive days of one week; visits on days students are in
 * class, within the month's visit days, one occurrence reaching every group before the next;
 * data reviews just after each assessment window; everything after what it builds on.
 */

export interface PlacedLine {
  item: PreparedLine;
  size: Size;
  days: Placement[];
  unplaced: number;
  reason: string;
}

/** Work a line depends on must be over before it starts when it builds capacity or assesses needs. */
const FINISH_FIRST = new Set(['capacity_building', 'assessment']);

export function placeLines(prep: PreparedSizing, funded: ReadonlyMap<number, Size>): PlacedLine[] {
  const cal = prep.fundedCalendar;
  const days = cal.days;
  const dayNumbers = days.map((d) => toDayNumber(d.date));
  const indexOfDate = new Map(days.map((d, k) => [d.date, k]));
  const visitUsed = cal.months.map(() => 0);
  const visitSlack = new CapacitySlack(prep.buckets.visitsFrom);
  const pdSlack = new CapacitySlack(prep.buckets.pdFrom);
  const pdTaken = new Set<number>();
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const dependedOn = new Set<number>();
  for (const [i] of funded) for (const d of prep.items[i]?.deps ?? []) if (funded.has(d)) dependedOn.add(d);

  // Hold every funded line's days first, so early lines leave room for the ones that start later.
  for (const [i, size] of funded) {
    const item = prep.items[i];
    if (!item) continue;
    visitSlack.reserve(item.bucket, item.earliest, visitDaysNeeded(item, size));
    pdSlack.reserve(item.bucket, item.earliest, pdDaysNeeded(prep, item, size));
  }

  // Each bucket's first and last day (the funded window, or a phase of it).
  const bucketDays = prep.buckets.lo.map((lo, b) => {
    const hi = prep.buckets.hi[b] ?? cal.months.length - 1;
    const phase = b > 0 ? prep.fundedPhases[b - 1] : undefined;
    let from = days.findIndex((d) => d.month >= lo && (!phase || d.date >= phase.start));
    let to = -1;
    for (let k = days.length - 1; k >= 0; k--) {
      const d = days[k];
      if (d && d.month <= hi && (!phase || d.date <= phase.end)) {
        to = k;
        break;
      }
    }
    if (from < 0) from = days.length;
    return [from, to] as const;
  });
  // Days work can use, for classroom work and for the rest, and where each day's week ends.
  const workOk = Uint8Array.from(days, (d) => (d.workday ? 1 : 0));
  const classOk = Uint8Array.from(days, (d) => (d.classroom ? 1 : 0));
  const weekEnd = new Int32Array(days.length);
  for (let k = days.length - 1; k >= 0; k--) {
    weekEnd[k] = k + 1 < days.length && days[k + 1]?.week === days[k]?.week ? (weekEnd[k + 1] ?? k) : k;
  }

  const rangeOf = (item: PreparedLine): [number, number] => {
    const bucket = bucketDays[item.bucket] ?? [days.length, -1];
    let from = bucket[0];
    const to = bucket[1];
    for (const dep of item.deps) {
      const depItem = prep.items[dep];
      const after = depItem && FINISH_FIRST.has(depItem.service.category) ? last.get(dep) : first.get(dep);
      if (after !== undefined) from = Math.max(from, after + 1);
    }
    if (item.line.pdcaStage === 'act' && !dependedOn.has(item.index) && to > from) {
      from = Math.max(from, Math.floor((from + to) / 2));
    }
    return [from, to];
  };

  const okFor = (item: PreparedLine) =>
    item.service.classroom && item.line.deliveryMode === 'in_person' ? classOk : workOk;
  const usable = (item: PreparedLine, k: number) => okFor(item)[k] === 1;

  const record = (
    item: PreparedLine,
    out: Placement[],
    k: number,
    units: number,
    groups: number,
    extra: Partial<Placement>,
  ) => {
    const d = days[k] as CalendarDay;
    const consultants = item.pricing.onSite ? (extra.consultants ?? 0) : 0;
    out.push({
      lineId: item.line.id,
      date: d.date,
      month: d.month,
      week: d.week,
      units,
      groups,
      consultants,
      visitDays: extra.visitDays ?? 0,
      pdDay: extra.pdDay ?? false,
    });
    if (!first.has(item.index) || (first.get(item.index) ?? k) > k) first.set(item.index, k);
    if ((last.get(item.index) ?? -1) < k) last.set(item.index, k);
  };

  /** Sessions on chosen days, each cohort on `count` different days, at most `cap` led cohorts a day. */
  const placeSessions = (
    item: PreparedLine,
    size: Size,
    candidates: number[],
    takesPd: boolean,
  ): PlacedLine => {
    const out: Placement[] = [];
    const need = sessionDays(prep, item, size);
    const [from, to] = rangeOf(item);
    const chosen: number[] = [];
    const free = () =>
      candidates.filter(
        (k) =>
          k >= from &&
          k <= to &&
          !chosen.includes(k) &&
          (!takesPd || (!pdTaken.has(k) && pdSlack.room(item.bucket, days[k]?.month ?? 0) >= 1)),
      );
    for (let s = 0; s < need; s++) {
      const options = free().filter((k) => k > (chosen[chosen.length - 1] ?? -1));
      const left = need - s;
      if (options.length === 0) break;
      const target =
        need === 1
          ? (dayNumbers[from] ?? 0)
          : (dayNumbers[from] ?? 0) + ((dayNumbers[to] ?? 0) - (dayNumbers[from] ?? 0)) * (s / (need - 1));
      // Leave enough later days for the sessions still to come.
      const allowed = options.slice(0, Math.max(1, options.length - left + 1));
      let best = allowed[0] ?? -1;
      for (const k of allowed)
        if (Math.abs((dayNumbers[k] ?? 0) - target) < Math.abs((dayNumbers[best] ?? 0) - target)) best = k;
      chosen.push(best);
      if (takesPd) {
        pdTaken.add(best);
        pdSlack.use(item.bucket, days[best]?.month ?? 0, 1);
      }
    }
    const perDay = new Map<number, number>();
    const pairs = size.count * size.groups;
    let placedPairs = 0;
    if (chosen.length >= size.count) {
      for (let p = 0; p < pairs; p++) {
        const k = chosen[p % chosen.length] ?? -1;
        perDay.set(k, (perDay.get(k) ?? 0) + 1);
        placedPairs += 1;
      }
    }
    for (const k of [...perDay.keys()].sort((a, b) => a - b)) {
      const groups = perDay.get(k) ?? 0;
      record(item, out, k, groups, groups, { consultants: item.consultantLed ? groups : 0, pdDay: takesPd });
    }
    const missing = pairs - placedPairs;
    return {
      item,
      size,
      days: out,
      unplaced: missing,
      reason:
        missing > 0
          ? `Not enough free ${takesPd ? 'PD days' : 'dates of its own'} ${item.deps.length > 0 ? 'after the work it builds on' : 'in its window'} for ${pluralOf(size.count, item.service.unit)}${need > size.count ? `, with at most ${prep.facilitatorsPerDay ?? 0} cohorts a day` : ''}.`
          : '',
    };
  };

  /** Room for visit days in month m for this line. */
  const visitRoom = (item: PreparedLine, m: number) =>
    Math.max(
      0,
      Math.min((cal.months[m]?.visitCapacity ?? 0) - (visitUsed[m] ?? 0), visitSlack.room(item.bucket, m)),
    );
  const takeVisit = (item: PreparedLine, m: number, n: number) => {
    visitUsed[m] = (visitUsed[m] ?? 0) + n;
    visitSlack.use(item.bucket, m, n);
  };

  /** The first run of `length` usable days from `start` (inside one week when it can be) with visit room, or -1. */
  const findRun = (
    item: PreparedLine,
    start: number,
    to: number,
    length: number,
    visits: boolean,
  ): number => {
    const ok = okFor(item);
    for (let k = start; k + length - 1 <= to; k++) {
      if (ok[k] !== 1) continue;
      // A short run stays inside one week; if this week is too short, try the next.
      if (length <= 5 && k + length - 1 > (weekEnd[k] ?? k)) {
        k = weekEnd[k] ?? k;
        continue;
      }
      let j = 1;
      while (j < length && ok[k + j] === 1 && (dayNumbers[k + j] ?? 0) - (dayNumbers[k + j - 1] ?? 0) <= 3)
        j++;
      if (j < length) {
        k += j - 1;
        continue;
      }
      if (visits && !runHasRoom(item, k, length)) continue;
      return k;
    }
    return -1;
  };
  const runHasRoom = (item: PreparedLine, k: number, length: number): boolean => {
    let month = days[k]?.month ?? 0;
    let count = 0;
    for (let j = 0; j < length; j++) {
      const m = days[k + j]?.month ?? month;
      if (m !== month) {
        if (visitRoom(item, month) < count) return false;
        month = m;
        count = 0;
      }
      count += 1;
    }
    return visitRoom(item, month) >= count;
  };

  /** One institute per group: `count` consecutive working days. */
  const placeBlocks = (item: PreparedLine, size: Size): PlacedLine => {
    const out: Placement[] = [];
    const [from, to] = rangeOf(item);
    const visits = item.visitUnitsPerDay > 0;
    if (visits) visitSlack.release(item.bucket, item.earliest, visitDaysNeeded(item, size));
    let start = from;
    let placedGroups = 0;
    for (let g = 0; g < size.groups; g++) {
      const k = findRun(item, start, to, size.count, visits);
      if (k < 0) break;
      for (let j = 0; j < size.count; j++) {
        const d = days[k + j] as CalendarDay;
        if (visits) takeVisit(item, d.month, 1);
        record(item, out, k + j, 1, 1, { consultants: 1, visitDays: visits ? 1 : 0 });
      }
      placedGroups += 1;
      start = k + size.count;
    }
    const missing = (size.groups - placedGroups) * size.count;
    return {
      item,
      size,
      days: out,
      unplaced: missing,
      reason:
        missing > 0
          ? `No run of ${size.count} consecutive working days is free for it${visits ? ' within the visit days a month' : ''}.`
          : '',
    };
  };

  /** The day each occurrence aims at: first for a one-off plan, after assessments for checks, spread for the rest. */
  const targetsFor = (item: PreparedLine, count: number, from: number, to: number): number[] => {
    const span = Math.max(1, to - from + 1);
    const stage = item.line.pdcaStage;
    if (stage === 'plan' && count <= 2 && item.line.quantity.per === 'engagement')
      return Array.from({ length: count }, () => from);
    if (stage !== 'check')
      return Array.from({ length: count }, (_, k) => from + Math.floor((k * span) / count));
    const targets = Array.from({ length: count }, (_, k) => from + Math.floor(((k + 1) * span) / count) - 1);
    const snapped = new Set<number>();
    for (const date of cal.afterAssessments) {
      let k = days.findIndex((d) => d.date >= date);
      if (k < from || k > to || k < 0) continue;
      while (k <= to && !usable(item, k)) k++;
      let best = -1;
      targets.forEach((t, j) => {
        if (!snapped.has(j) && (best < 0 || Math.abs(t - k) < Math.abs((targets[best] ?? 0) - k))) best = j;
      });
      if (best < 0) continue;
      targets[best] = k;
      snapped.add(best);
    }
    return targets.sort((a, b) => a - b);
  };

  /** Occurrences that each reach every group: visits on consecutive class days, other work on one day. */
  const placeOccurrences = (item: PreparedLine, size: Size): PlacedLine => {
    const out: Placement[] = [];
    const [from, to] = rangeOf(item);
    const perDay = item.visitUnitsPerDay;
    if (perDay > 0) visitSlack.release(item.bucket, item.earliest, visitDaysNeeded(item, size));
    let missing = 0;
    if (from > to) {
      return {
        item,
        size,
        days: out,
        unplaced: size.count * size.groups,
        reason: 'No working day is left in its window after the work it builds on.',
      };
    }
    let floor = from;
    for (const target of targetsFor(item, size.count, from, to)) {
      const start = Math.max(target, floor);
      if (perDay === 0) {
        let k = start;
        while (k <= to && !usable(item, k)) k++;
        if (k > to) {
          k = start;
          while (k >= from && !usable(item, k)) k--;
        }
        if (k < from) {
          missing += size.groups;
          continue;
        }
        record(item, out, k, size.groups, size.groups, { consultants: 1 });
        floor = k;
        continue;
      }
      const visitDays = Math.ceil(size.groups / perDay);
      let k = findRun(item, start, to, visitDays, true);
      if (k < 0) k = findRun(item, from, to, visitDays, true);
      let unitsLeft = size.groups;
      const takeDay = (day: number) => {
        const d = days[day] as CalendarDay;
        const units = Math.min(perDay, unitsLeft);
        takeVisit(item, d.month, 1);
        record(item, out, day, units, units, { consultants: 1, visitDays: 1 });
        unitsLeft -= units;
      };
      if (k >= 0) {
        for (let j = 0; j < visitDays; j++) takeDay(k + j);
        floor = k;
      } else {
        // No single run fits: take whatever class days still have room, from the target on,
        // then the earliest days of the window that still have room.
        const taken = new Set(out.map((p) => p.date));
        const tryDay = (day: number) => {
          const d = days[day];
          if (d && !taken.has(d.date) && usable(item, day) && visitRoom(item, d.month) >= 1) {
            takeDay(day);
            taken.add(d.date);
          }
        };
        for (let day = start; day <= to && unitsLeft > 0; day++) tryDay(day);
        for (let day = from; day < start && unitsLeft > 0; day++) tryDay(day);
        missing += unitsLeft;
      }
    }
    return {
      item,
      size,
      days: out,
      unplaced: missing,
      reason:
        missing > 0
          ? `The calendar has no visit days left for ${pluralOf(missing, item.service.unit)} (${prep.engagement.timeline.visitDaysPerMonth} a month).`
          : '',
    };
  };

  const placed: PlacedLine[] = [];
  const pdDays = days.flatMap((d, k) => (d.pd ? [k] : []));
  for (const i of prep.order) {
    const size = funded.get(i);
    const item = prep.items[i];
    if (!size || !item || size.groups === 0) continue;
    if (item.usesPdDays) {
      pdSlack.release(item.bucket, item.earliest, pdDaysNeeded(prep, item, size));
      placed.push(placeSessions(item, size, pdDays, true));
    } else if (item.dates.length > 0) {
      const own = item.dates.flatMap((date) => {
        const k = indexOfDate.get(date);
        return k === undefined ? [] : [k];
      });
      placed.push(placeSessions(item, size, own, false));
    } else if (item.service.category === 'capacity_building' && item.line.deliveryMode !== 'on_demand') {
      placed.push(placeBlocks(item, size));
    } else {
      placed.push(placeOccurrences(item, size));
    }
  }
  return placed;
}
