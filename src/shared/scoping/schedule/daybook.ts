import { toDayNumber, type CalendarDay } from '../calendar';
import { CapacitySlack } from '../capacity';
import { pdDaysNeeded, visitDaysNeeded, type PreparedLine, type PreparedSizing, type Size } from '../sizing';
import type { Placement } from './types';

/**
 * The funded window's weekdays as the schedule uses them up: which days each kind of work can
 * take, the visit days and PD days left (holding back what lines placed later still need), and
 * when each placed line starts and ends, so what depends on it comes after.
 */

/** Work a line depends on must be over before it starts when it builds capacity or assesses needs. */
const FINISH_FIRST = new Set(['capacity_building', 'assessment']);

export class DayBook {
  readonly days: readonly CalendarDay[];
  readonly dayNumbers: readonly number[];
  readonly indexOfDate: ReadonlyMap<string, number>;
  readonly pdTaken = new Set<number>();
  readonly pdSlack: CapacitySlack;
  private readonly visitSlack: CapacitySlack;
  private readonly visitUsed: number[];
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private readonly dependedOn = new Set<number>();
  private readonly bucketDays: (readonly [number, number])[];
  private readonly workOk: Uint8Array;
  private readonly classOk: Uint8Array;
  /** For each day, the index of the last day of its week. */
  private readonly weekEnd: Int32Array;

  constructor(
    readonly prep: PreparedSizing,
    funded: ReadonlyMap<number, Size>,
  ) {
    const cal = prep.fundedCalendar;
    const fixed = calendarOf(prep);
    this.days = cal.days;
    this.dayNumbers = fixed.dayNumbers;
    this.indexOfDate = fixed.indexOfDate;
    this.bucketDays = fixed.bucketDays;
    this.workOk = fixed.workOk;
    this.classOk = fixed.classOk;
    this.weekEnd = fixed.weekEnd;
    this.visitUsed = cal.months.map(() => 0);
    this.visitSlack = new CapacitySlack(prep.buckets.visitsFrom);
    this.pdSlack = new CapacitySlack(prep.buckets.pdFrom);
    for (const [i] of funded)
      for (const d of prep.items[i]?.deps ?? []) if (funded.has(d)) this.dependedOn.add(d);
    // Hold every funded line's days first, so early lines leave room for the ones that start later.
    for (const [i, size] of funded) {
      const item = prep.items[i];
      if (!item) continue;
      this.visitSlack.reserve(item.bucket, item.earliest, visitDaysNeeded(item, size));
      this.pdSlack.reserve(item.bucket, item.earliest, pdDaysNeeded(prep, item, size));
    }
  }

  /** Releases a line's held days as it is placed. */
  release(item: PreparedLine, size: Size): void {
    this.visitSlack.release(item.bucket, item.earliest, visitDaysNeeded(item, size));
    this.pdSlack.release(item.bucket, item.earliest, pdDaysNeeded(this.prep, item, size));
  }

  /**
   * The days a line may use: its bucket, after what it depends on (its first day, or its last
   * when it builds capacity or assesses needs), and the later half when it acts and nothing
   * depends on it.
   */
  rangeOf(item: PreparedLine): [number, number] {
    const bucket = this.bucketDays[item.bucket] ?? [this.days.length, -1];
    let from = bucket[0];
    const to = bucket[1];
    for (const dep of item.deps) {
      const depItem = this.prep.items[dep];
      const after =
        depItem && FINISH_FIRST.has(depItem.service.category) ? this.last.get(dep) : this.first.get(dep);
      if (after !== undefined) from = Math.max(from, after + 1);
    }
    // An act nothing depends on goes in the later half, unless the district named its days.
    if (
      item.line.pdcaStage === 'act' &&
      item.dates.length === 0 &&
      !this.dependedOn.has(item.index) &&
      to > from
    ) {
      from = Math.max(from, Math.floor((from + to) / 2));
    }
    return [from, to];
  }

  private okFor(item: PreparedLine): Uint8Array {
    return item.service.classroom && item.line.deliveryMode === 'in_person' ? this.classOk : this.workOk;
  }

  /** Whether the line can work on day `k`: a workday, and a class day for classroom work. */
  usable(item: PreparedLine, k: number): boolean {
    return this.okFor(item)[k] === 1;
  }

  /** Records a day of work for a line. */
  record(
    item: PreparedLine,
    out: Placement[],
    k: number,
    units: number,
    groups: number,
    extra: Partial<Placement>,
  ): void {
    const d = this.days[k] as CalendarDay;
    out.push({
      lineId: item.line.id,
      date: d.date,
      month: d.month,
      week: d.week,
      units,
      groups,
      consultants: item.pricing.onSite ? (extra.consultants ?? 0) : 0,
      visitDays: extra.visitDays ?? 0,
      pdDay: extra.pdDay ?? false,
    });
    if ((this.first.get(item.index) ?? k) >= k) this.first.set(item.index, k);
    if ((this.last.get(item.index) ?? -1) < k) this.last.set(item.index, k);
  }

  /** Visit days month `m` can still give this line. */
  visitRoom(item: PreparedLine, m: number): number {
    const capacity = this.prep.fundedCalendar.months[m]?.visitCapacity ?? 0;
    return Math.max(0, Math.min(capacity - (this.visitUsed[m] ?? 0), this.visitSlack.room(item.bucket, m)));
  }

  takeVisit(item: PreparedLine, m: number, n: number): void {
    this.visitUsed[m] = (this.visitUsed[m] ?? 0) + n;
    this.visitSlack.use(item.bucket, m, n);
  }

  /** The first run of `length` usable days from `start` (inside one week when it can be) with visit room, or -1. */
  findRun(item: PreparedLine, start: number, to: number, length: number, visits: boolean): number {
    const ok = this.okFor(item);
    for (let k = start; k + length - 1 <= to; k++) {
      if (ok[k] !== 1) continue;
      // A short run stays inside one week; if this week is too short, try the next.
      if (length <= 5 && k + length - 1 > (this.weekEnd[k] ?? k)) {
        k = this.weekEnd[k] ?? k;
        continue;
      }
      let j = 1;
      while (
        j < length &&
        ok[k + j] === 1 &&
        (this.dayNumbers[k + j] ?? 0) - (this.dayNumbers[k + j - 1] ?? 0) <= 3
      )
        j++;
      if (j < length) {
        k += j - 1;
        continue;
      }
      if (visits && !this.runHasRoom(item, k, length)) continue;
      return k;
    }
    return -1;
  }

  private runHasRoom(item: PreparedLine, k: number, length: number): boolean {
    let month = this.days[k]?.month ?? 0;
    let count = 0;
    for (let j = 0; j < length; j++) {
      const m = this.days[k + j]?.month ?? month;
      if (m !== month) {
        if (this.visitRoom(item, month) < count) return false;
        month = m;
        count = 0;
      }
      count += 1;
    }
    return this.visitRoom(item, month) >= count;
  }
}

/** What a day book reads of the funded calendar, worked out once per preparation. */
interface FixedCalendar {
  dayNumbers: readonly number[];
  indexOfDate: ReadonlyMap<string, number>;
  /** Each bucket's first and last day. */
  bucketDays: (readonly [number, number])[];
  workOk: Uint8Array;
  classOk: Uint8Array;
  /** For each day, the index of the last day of its week. */
  weekEnd: Int32Array;
}

const fixedCalendars = new WeakMap<PreparedSizing, FixedCalendar>();

function calendarOf(prep: PreparedSizing): FixedCalendar {
  const known = fixedCalendars.get(prep);
  if (known) return known;
  const cal = prep.fundedCalendar;
  const days = cal.days;
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
  const weekEnd = new Int32Array(days.length);
  for (let k = days.length - 1; k >= 0; k--) {
    weekEnd[k] = k + 1 < days.length && days[k + 1]?.week === days[k]?.week ? (weekEnd[k + 1] ?? k) : k;
  }
  const fixed: FixedCalendar = {
    dayNumbers: days.map((d) => toDayNumber(d.date)),
    indexOfDate: new Map(days.map((d, k) => [d.date, k])),
    bucketDays,
    workOk: Uint8Array.from(days, (d) => (d.workday ? 1 : 0)),
    classOk: Uint8Array.from(days, (d) => (d.classroom ? 1 : 0)),
    weekEnd,
  };
  fixedCalendars.set(prep, fixed);
  return fixed;
}
