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
  /** The bucket and the first month of the window that is short, for `describeWhere`. */
  bucket: number;
  month: number;
}

/** Where a capacity limit bites, in words: "“Phase A” from Nov 2025". */
export function describeWhere(buckets: CapacityBuckets, bucket: number, month: number): string {
  const name = buckets.names[bucket] ?? 'the engagement window';
  return month > (buckets.lo[bucket] ?? 0) ? `${name} from ${buckets.monthLabels[month] ?? ''}` : name;
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
        m && inside
          ? phase
            ? m.pdDays.filter((d) => d >= phase.start && d <= phase.end).length
            : m.pdDays.length
          : 0;
      v[k] = (v[k + 1] ?? 0) + (m && inside ? m.visitCapacity : 0);
      pd[k] = (pd[k + 1] ?? 0) + pdHere;
    }
    visitsFrom.push(v);
    pdFrom.push(pd);
  }
  return { names, lo, hi, visitsFrom, pdFrom, monthLabels: months.map((m) => m.label) };
}

/**
 * Free days per bucket and start month (the days from that month to the bucket's end, less
 * what funded lines starting then or later take), with changes staged and checked before they
 * count. A running minimum of the free days makes the common check, one line, constant time.
 */
export class CapacityLedger {
  private readonly freeV: Float64Array[];
  private readonly freeP: Float64Array[];
  private readonly minV: Float64Array[];
  private readonly minP: Float64Array[];
  private readonly addV: Float64Array;
  private readonly addP: Float64Array;
  private readonly stagedBucket: number[] = [];
  private readonly stagedStart: number[] = [];
  private readonly stagedPd: number[] = [];
  private readonly stagedVisits: number[] = [];
  private staged = 0;
  private totalV = 0;
  private totalP = 0;

  constructor(private readonly buckets: CapacityBuckets) {
    const months = buckets.monthLabels.length;
    this.freeV = buckets.visitsFrom.map((row) => Float64Array.from(row.slice(0, months)));
    this.freeP = buckets.pdFrom.map((row) => Float64Array.from(row.slice(0, months)));
    this.minV = this.freeV.map((row) => new Float64Array(row.length));
    this.minP = this.freeP.map((row) => new Float64Array(row.length));
    for (let b = 0; b < buckets.names.length; b++) this.refreshMinimums(b);
    this.addV = new Float64Array(months);
    this.addP = new Float64Array(months);
  }

  private refreshMinimums(b: number): void {
    const lo = this.buckets.lo[b] ?? 0;
    this.runningMinimum(this.freeV[b], this.minV[b], lo);
    this.runningMinimum(this.freeP[b], this.minP[b], lo);
  }

  private runningMinimum(free: Float64Array | undefined, min: Float64Array | undefined, lo: number): void {
    if (!free || !min) return;
    let m = Number.POSITIVE_INFINITY;
    for (let k = lo; k < free.length; k++) {
      const f = free[k] ?? 0;
      if (f < m) m = f;
      min[k] = m;
    }
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

  /** The first limit the staged changes would break, the phase before the whole window, or null. */
  check(): CapacityBreak | null {
    if (this.staged === 0) return null;
    if (this.staged === 1) {
      const b = this.stagedBucket[0] ?? 0;
      const e = this.stagedStart[0] ?? 0;
      const pd = this.stagedPd[0] ?? 0;
      const v = this.stagedVisits[0] ?? 0;
      const fitsWindow =
        (pd <= 0 || (this.minP[0]?.[e] ?? 0) >= pd) && (v <= 0 || (this.minV[0]?.[e] ?? 0) >= v);
      const fitsPhase =
        b === 0 || ((pd <= 0 || (this.minP[b]?.[e] ?? 0) >= pd) && (v <= 0 || (this.minV[b]?.[e] ?? 0) >= v));
      if (fitsWindow && fitsPhase) return null;
    }
    let found: CapacityBreak | null = null;
    for (let s = 0; s < this.staged && !found; s++) {
      const b = this.stagedBucket[s] ?? 0;
      if (b > 0) found = this.breakIn(b);
    }
    return found ?? this.breakIn(0);
  }

  private breakIn(b: number): CapacityBreak | null {
    const lo = this.buckets.lo[b] ?? 0;
    let last = -1;
    for (let s = 0; s < this.staged; s++) {
      const sb = this.stagedBucket[s] ?? 0;
      if (b !== 0 && sb !== b) continue;
      const e = this.stagedStart[s] ?? 0;
      this.addV[e] = (this.addV[e] ?? 0) + (this.stagedVisits[s] ?? 0);
      this.addP[e] = (this.addP[e] ?? 0) + (this.stagedPd[s] ?? 0);
      last = Math.max(last, e);
    }
    let found: CapacityBreak | null = null;
    let addedV = 0;
    let addedP = 0;
    for (let k = last; k >= lo; k--) {
      addedV += this.addV[k] ?? 0;
      addedP += this.addP[k] ?? 0;
      this.addV[k] = 0;
      this.addP[k] = 0;
      if (found) continue;
      const freeP = this.freeP[b]?.[k] ?? 0;
      const freeV = this.freeV[b]?.[k] ?? 0;
      // The latest month that breaks names the tightest window.
      if (addedP > 0 && addedP > freeP) found = this.describe('pd_days', b, k, addedP, freeP);
      else if (addedV > 0 && addedV > freeV) found = this.describe('visit_days', b, k, addedV, freeV);
    }
    return found;
  }

  private describe(
    code: CapacityBreak['code'],
    b: number,
    k: number,
    added: number,
    free: number,
  ): CapacityBreak {
    const from = (code === 'pd_days' ? this.buckets.pdFrom : this.buckets.visitsFrom)[b];
    const total = from?.[k] ?? 0;
    // Name the start month only when starting later is what costs the days.
    const lo = this.buckets.lo[b] ?? 0;
    const month = (from?.[lo] ?? 0) === total ? lo : k;
    return { code, need: added, left: Math.max(0, free), total, bucket: b, month };
  }

  commit(): void {
    if (this.staged === 0) return;
    for (let s = 0; s < this.staged; s++) {
      const b = this.stagedBucket[s] ?? 0;
      const e = this.stagedStart[s] ?? 0;
      const pd = this.stagedPd[s] ?? 0;
      const v = this.stagedVisits[s] ?? 0;
      this.totalV += v;
      this.totalP += pd;
      this.take(0, e, pd, v);
      if (b > 0) this.take(b, e, pd, v);
    }
    this.refreshMinimums(0);
    for (let s = 0; s < this.staged; s++) {
      const b = this.stagedBucket[s] ?? 0;
      if (b > 0) this.refreshMinimums(b);
    }
    this.staged = 0;
  }

  private take(b: number, e: number, pd: number, v: number): void {
    const fv = this.freeV[b];
    const fp = this.freeP[b];
    if (!fv || !fp) return;
    for (let k = 0; k <= e; k++) {
      fv[k] = (fv[k] ?? 0) - v;
      fp[k] = (fp[k] ?? 0) - pd;
    }
  }

  visitDaysUsed(): number {
    return this.totalV;
  }

  pdDaysUsed(): number {
    return this.totalP;
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
