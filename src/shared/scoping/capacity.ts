import type { Phase } from '../domain';
import type { DistrictCalendar } from './calendar';

/**
 * The calendar as sizing sees it. Every line takes consultant visit days or PD days from the
 * earliest month it can start (after what it depends on) to the end of its phase. Funded lines
 * fit the calendar when, for every bucket (the whole window, and each phase) and every month k,
 * the days wanted by lines that cannot start before k fit in the days from k to the bucket's
 * end. That is the exact test for work with start months and a shared end, so what sizing
 * funds the schedule can place.
 */

export interface CapacityBreak {
  code: 'pd_days' | 'visit_days';
  /** Days the change needs where the calendar is short. */
  need: number;
  /** Days still free there. */
  left: number;
  /** Days there in all. */
  total: number;
  /** Where, in words: "“Phase A” from Nov 2025". */
  where: string;
}

export interface CapacityBuckets {
  names: string[];
  lo: number[];
  hi: number[];
  /** [bucket][month]: visit days from that month to the bucket's end. */
  visitsFrom: number[][];
  pdFrom: number[][];
  monthLabels: string[];
}

export function capacityBuckets(calendar: DistrictCalendar, phases: readonly Phase[]): CapacityBuckets {
  const months = calendar.months;
  const last = months.length - 1;
  const index = new Map(months.map((m, k) => [m.month, k]));
  const names = ['the engagement window'];
  const lo = [0];
  const hi = [last];
  for (const p of phases) {
    names.push(`“${p.name}”`);
    lo.push(index.get(p.start.slice(0, 7)) ?? 0);
    hi.push(index.get(p.end.slice(0, 7)) ?? last);
  }
  const visitsFrom: number[][] = [];
  const pdFrom: number[][] = [];
  for (let b = 0; b < names.length; b++) {
    const phase = b > 0 ? phases[b - 1] : undefined;
    const v = new Array<number>(months.length + 1).fill(0);
    const pd = new Array<number>(months.length + 1).fill(0);
    for (let k = last; k >= 0; k--) {
      const m = months[k];
      const inside = k >= (lo[b] ?? 0) && k <= (hi[b] ?? last);
      const pdHere =
        m && inside ? (phase ? m.pdDays.filter((d) => d >= phase.start && d <= phase.end).length : m.pdDays.length) : 0;
      v[k] = (v[k + 1] ?? 0) + (m && inside ? m.visitCapacity : 0);
      pd[k] = (pd[k + 1] ?? 0) + pdHere;
    }
    visitsFrom.push(v);
    pdFrom.push(pd);
  }
  return { names, lo, hi, visitsFrom, pdFrom, monthLabels: months.map((m) => m.label) };
}

/** Days in use per bucket and month, with changes staged and checked before they count. */
export class CapacityLedger {
  private readonly usedV: number[][];
  private readonly usedP: number[][];
  private readonly addedV: number[][];
  private readonly addedP: number[][];
  private readonly stagedBucket: number[] = [];
  private readonly stagedStart: number[] = [];
  private readonly stagedPd: number[] = [];
  private readonly stagedVisits: number[] = [];
  private staged = 0;

  constructor(private readonly buckets: CapacityBuckets) {
    const zeros = () => buckets.names.map(() => new Array<number>(buckets.monthLabels.length + 1).fill(0));
    this.usedV = zeros();
    this.usedP = zeros();
    this.addedV = zeros();
    this.addedP = zeros();
  }

  stage(bucket: number, start: number, pd: number, visits: number): void {
    if (pd === 0 && visits === 0) return;
    this.stagedBucket[this.staged] = bucket;
    this.stagedStart[this.staged] = start;
    this.stagedPd[this.staged] = pd;
    this.stagedVisits[this.staged] = visits;
    this.staged += 1;
  }

  clear(): void {
    this.staged = 0;
  }

  private apply(sign: 1 | -1, track: boolean): void {
    for (let s = 0; s < this.staged; s++) {
      const b = this.stagedBucket[s] ?? 0;
      const e = this.stagedStart[s] ?? 0;
      const pd = sign * (this.stagedPd[s] ?? 0);
      const v = sign * (this.stagedVisits[s] ?? 0);
      for (const bb of b > 0 ? [0, b] : [0]) {
        const uv = this.usedV[bb];
        const up = this.usedP[bb];
        const av = this.addedV[bb];
        const ap = this.addedP[bb];
        if (!uv || !up || !av || !ap) continue;
        for (let k = 0; k <= e; k++) {
          uv[k] = (uv[k] ?? 0) + v;
          up[k] = (up[k] ?? 0) + pd;
          if (track) {
            av[k] = (av[k] ?? 0) + v;
            ap[k] = (ap[k] ?? 0) + pd;
          }
        }
      }
    }
  }

  /** The first limit the staged changes would break, most specific first, or null. */
  check(): CapacityBreak | null {
    if (this.staged === 0) return null;
    this.apply(1, true);
    let found: CapacityBreak | null = null;
    for (let s = 0; s < this.staged && !found; s++) {
      const b = this.stagedBucket[s] ?? 0;
      const e = this.stagedStart[s] ?? 0;
      for (const bb of b > 0 ? [b, 0] : [0]) {
        found = this.breakIn(bb, e);
        if (found) break;
      }
    }
    this.apply(-1, true);
    return found;
  }

  private breakIn(b: number, start: number): CapacityBreak | null {
    const lo = this.buckets.lo[b] ?? 0;
    for (let k = start; k >= lo; k--) {
      for (const code of ['pd_days', 'visit_days'] as const) {
        const used = (code === 'pd_days' ? this.usedP : this.usedV)[b]?.[k] ?? 0;
        const added = (code === 'pd_days' ? this.addedP : this.addedV)[b]?.[k] ?? 0;
        const total = (code === 'pd_days' ? this.buckets.pdFrom : this.buckets.visitsFrom)[b]?.[k] ?? 0;
        if (added > 0 && used > total) {
          const name = this.buckets.names[b] ?? '';
          return {
            code,
            need: added,
            left: Math.max(0, total - (used - added)),
            total,
            where: k > lo ? `${name} from ${this.buckets.monthLabels[k] ?? ''}` : name,
          };
        }
      }
    }
    return null;
  }

  commit(): void {
    this.apply(1, false);
    this.staged = 0;
  }

  visitDaysUsed(): number {
    return this.usedV[0]?.[0] ?? 0;
  }

  pdDaysUsed(): number {
    return this.usedP[0]?.[0] ?? 0;
  }
}

/**
 * What the schedule may still take in each month without starving lines not placed yet: per
 * bucket and month k, the days from k to the bucket's end, less what is placed there and
 * what later-starting lines still need.
 */
export class CapacitySlack {
  private readonly slack: number[][];

  constructor(from: readonly (readonly number[])[]) {
    this.slack = from.map((row) => [...row]);
  }

  private adjust(bucket: number, upTo: number, by: number): void {
    for (const b of bucket > 0 ? [0, bucket] : [0]) {
      const row = this.slack[b];
      if (!row) continue;
      for (let k = 0; k <= upTo && k < row.length; k++) row[k] = (row[k] ?? 0) + by;
    }
  }

  /** Holds `days` for a line that will start no earlier than month `start`. */
  reserve(bucket: number, start: number, days: number): void {
    this.adjust(bucket, start, -days);
  }

  release(bucket: number, start: number, days: number): void {
    this.adjust(bucket, start, days);
  }

  /** Days a line in `bucket` may use in month `month`. */
  room(bucket: number, month: number): number {
    let min = Number.POSITIVE_INFINITY;
    for (const b of bucket > 0 ? [0, bucket] : [0]) {
      const row = this.slack[b];
      if (!row) continue;
      for (let k = 0; k <= month && k < row.length; k++) min = Math.min(min, row[k] ?? 0);
    }
    return Math.max(0, min);
  }

  use(bucket: number, month: number, days: number): void {
    this.adjust(bucket, month, -days);
  }
}
