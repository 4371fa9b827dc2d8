import { pluralOf } from '../../words';
import type { CalendarDay } from '../calendar';
import { sessionDays, type PreparedLine, type PreparedSizing, type Size } from '../sizing';
import { DayBook } from './daybook';
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

export function placeLines(prep: PreparedSizing, funded: ReadonlyMap<number, Size>): PlacedLine[] {
  const book = new DayBook(prep, funded);
  const pdDays = book.days.flatMap((d, k) => (d.pd ? [k] : []));
  const placed: PlacedLine[] = [];
  for (const i of prep.order) {
    const size = funded.get(i);
    const item = prep.items[i];
    if (!size || !item || size.groups === 0) continue;
    book.release(item, size);
    if (item.usesPdDays) placed.push(placeSessions(book, item, size, pdDays, true));
    else if (item.dates.length > 0) {
      const own = item.dates.flatMap((date) => {
        const k = book.indexOfDate.get(date);
        return k === undefined ? [] : [k];
      });
      placed.push(placeSessions(book, item, size, own, false));
    } else if (item.service.category === 'capacity_building' && item.line.deliveryMode !== 'on_demand') {
      placed.push(placeBlocks(book, item, size));
    } else placed.push(placeOccurrences(book, item, size));
  }
  return placed;
}

/** Sessions on chosen days, spread across the window; each cohort on `count` different days. */
function placeSessions(
  book: DayBook,
  item: PreparedLine,
  size: Size,
  candidates: readonly number[],
  takesPd: boolean,
): PlacedLine {
  const { prep, days, dayNumbers } = book;
  const need = sessionDays(prep, item, size);
  const [from, to] = book.rangeOf(item);
  const chosen: number[] = [];
  const free = (after: number) =>
    candidates.filter(
      (k) =>
        k >= from &&
        k <= to &&
        k > after &&
        (!takesPd || (!book.pdTaken.has(k) && book.pdSlack.room(item.bucket, days[k]?.month ?? 0) >= 1)),
    );
  for (let s = 0; s < need; s++) {
    const options = free(chosen[chosen.length - 1] ?? -1);
    if (options.length === 0) break;
    const start = dayNumbers[from] ?? 0;
    const target = need === 1 ? start : start + ((dayNumbers[to] ?? 0) - start) * (s / (need - 1));
    // Leave enough later days for the sessions still to come.
    const allowed = options.slice(0, Math.max(1, options.length - (need - s) + 1));
    let best = allowed[0] ?? -1;
    for (const k of allowed)
      if (Math.abs((dayNumbers[k] ?? 0) - target) < Math.abs((dayNumbers[best] ?? 0) - target)) best = k;
    chosen.push(best);
    if (takesPd) {
      book.pdTaken.add(best);
      book.pdSlack.use(item.bucket, days[best]?.month ?? 0, 1);
    }
  }
  // Each cohort's sessions go round the chosen days, so no day holds more than it may.
  const perDay = new Map<number, number>();
  const pairs = size.count * size.groups;
  const fits = chosen.length >= size.count;
  if (fits) {
    for (let p = 0; p < pairs; p++) {
      const k = chosen[p % chosen.length] ?? -1;
      perDay.set(k, (perDay.get(k) ?? 0) + 1);
    }
  }
  const out: Placement[] = [];
  for (const k of [...perDay.keys()].sort((a, b) => a - b)) {
    const groups = perDay.get(k) ?? 0;
    book.record(item, out, k, groups, groups, {
      consultants: item.consultantLed ? groups : 0,
      pdDay: takesPd,
    });
  }
  const missing = fits ? 0 : pairs;
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
}

/** One institute per group: `count` consecutive working days. */
function placeBlocks(book: DayBook, item: PreparedLine, size: Size): PlacedLine {
  const out: Placement[] = [];
  const [from, to] = book.rangeOf(item);
  const visits = item.visitUnitsPerDay > 0;
  let start = from;
  let placedGroups = 0;
  for (let g = 0; g < size.groups; g++) {
    const k = book.findRun(item, start, to, size.count, visits);
    if (k < 0) break;
    for (let j = 0; j < size.count; j++) {
      const d = book.days[k + j] as CalendarDay;
      if (visits) book.takeVisit(item, d.month, 1);
      book.record(item, out, k + j, 1, 1, { consultants: 1, visitDays: visits ? 1 : 0 });
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
}

/** The day each occurrence aims at: first for a one-off plan, after assessments for checks, spread for the rest. */
function targetsFor(book: DayBook, item: PreparedLine, count: number, from: number, to: number): number[] {
  const span = Math.max(1, to - from + 1);
  const stage = item.line.pdcaStage;
  if (stage === 'plan' && count <= 2 && item.line.quantity.per === 'engagement')
    return Array.from({ length: count }, () => from);
  if (stage !== 'check')
    return Array.from({ length: count }, (_, k) => from + Math.floor((k * span) / count));
  const targets = Array.from({ length: count }, (_, k) => from + Math.floor(((k + 1) * span) / count) - 1);
  const snapped = new Set<number>();
  for (const date of book.prep.fundedCalendar.afterAssessments) {
    let k = book.days.findIndex((d) => d.date >= date);
    if (k < from || k > to || k < 0) continue;
    while (k <= to && !book.usable(item, k)) k++;
    let best = -1;
    targets.forEach((t, j) => {
      if (!snapped.has(j) && (best < 0 || Math.abs(t - k) < Math.abs((targets[best] ?? 0) - k))) best = j;
    });
    if (best < 0) continue;
    targets[best] = k;
    snapped.add(best);
  }
  return targets.sort((a, b) => a - b);
}

/** Occurrences that each reach every group: visits on consecutive class days, other work on one day. */
function placeOccurrences(book: DayBook, item: PreparedLine, size: Size): PlacedLine {
  const out: Placement[] = [];
  const [from, to] = book.rangeOf(item);
  if (from > to) {
    return {
      item,
      size,
      days: out,
      unplaced: size.count * size.groups,
      reason: 'No working day is left in its window after the work it builds on.',
    };
  }
  let missing = 0;
  let floor = from;
  for (const target of targetsFor(book, item, size.count, from, to)) {
    const start = Math.max(target, floor);
    const placedAt =
      item.visitUnitsPerDay === 0
        ? placeOneDay(book, item, size, out, start, from, to)
        : placeVisits(book, item, size, out, start, from, to);
    missing += placedAt.missing;
    if (placedAt.day >= 0) floor = placedAt.day;
  }
  return {
    item,
    size,
    days: out,
    unplaced: missing,
    reason:
      missing > 0
        ? `The calendar has no visit days left for ${pluralOf(missing, item.service.unit)} (${book.prep.engagement.timeline.visitDaysPerMonth} a month).`
        : '',
  };
}

/** Work that takes no visit days: one day, the first usable from `start` (or before it). */
function placeOneDay(
  book: DayBook,
  item: PreparedLine,
  size: Size,
  out: Placement[],
  start: number,
  from: number,
  to: number,
): { day: number; missing: number } {
  let k = start;
  while (k <= to && !book.usable(item, k)) k++;
  if (k > to) {
    k = start;
    while (k >= from && !book.usable(item, k)) k--;
  }
  if (k < from) return { day: -1, missing: size.groups };
  book.record(item, out, k, size.groups, size.groups, { consultants: 1 });
  return { day: k, missing: 0 };
}

/** One visit occurrence: every group on consecutive class days, or whatever days still have room. */
function placeVisits(
  book: DayBook,
  item: PreparedLine,
  size: Size,
  out: Placement[],
  start: number,
  from: number,
  to: number,
): { day: number; missing: number } {
  const perDay = item.visitUnitsPerDay;
  const visitDays = Math.ceil(size.groups / perDay);
  let k = book.findRun(item, start, to, visitDays, true);
  if (k < 0) k = book.findRun(item, from, to, visitDays, true);
  let unitsLeft = size.groups;
  const takeDay = (day: number) => {
    const d = book.days[day] as CalendarDay;
    const units = Math.min(perDay, unitsLeft);
    book.takeVisit(item, d.month, 1);
    book.record(item, out, day, units, units, { consultants: 1, visitDays: 1 });
    unitsLeft -= units;
  };
  if (k >= 0) {
    for (let j = 0; j < visitDays; j++) takeDay(k + j);
    return { day: k, missing: 0 };
  }
  // No single run fits: take whatever class days still have room, from the target on, then the
  // earliest days of the window that still have room.
  const taken = new Set(out.map((p) => p.date));
  const tryDay = (day: number) => {
    const d = book.days[day];
    if (d && !taken.has(d.date) && book.usable(item, day) && book.visitRoom(item, d.month) >= 1) {
      takeDay(day);
      taken.add(d.date);
    }
  };
  for (let day = start; day <= to && unitsLeft > 0; day++) tryDay(day);
  for (let day = from; day < start && unitsLeft > 0; day++) tryDay(day);
  return { day: -1, missing: unitsLeft };
}
