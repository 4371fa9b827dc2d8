import { DRIVER_KEYS, type Engagement } from '../../domain';
import type { CapacityBuckets } from '../capacity';
import type { DistrictCalendar } from '../calendar';
import type { PreparedLine } from './prepare';

/** Once every line is prepared: the order sizing funds them in, and the earliest month each can start. */

/**
 * The order lines are funded in: dependencies first; otherwise priority, then the rank of the
 * need they serve, then the weakest implementation driver they build (not in place before
 * partly in place before the rest), then what they build on (working before showing promise
 * before nothing), then plan order.
 */
export function fundingOrder(engagement: Engagement, items: PreparedLine[]): number[] {
  const status = new Map(engagement.inventory.map((i) => [i.id, i.status]));
  const driverGap = (item: PreparedLine) =>
    item.driverIndexes.reduce((m, d) => {
      const rating = engagement.drivers[DRIVER_KEYS[d] ?? 'selection'].rating;
      return Math.min(m, rating === 'not_in_place' ? 0 : rating === 'partly' ? 1 : 2);
    }, 2);
  const buildsOn = (item: PreparedLine) =>
    item.line.buildsOn.some((id) => status.get(id) === 'working')
      ? 0
      : item.line.buildsOn.some((id) => status.get(id) === 'showing_promise')
        ? 1
        : 2;
  const keyed = items
    .map((item) => ({
      i: item.index,
      tier: item.tier,
      rank: item.needRank,
      gap: driverGap(item),
      builds: buildsOn(item),
    }))
    .sort((a, b) => a.tier - b.tier || a.rank - b.rank || a.gap - b.gap || a.builds - b.builds || a.i - b.i);
  const order: number[] = [];
  const state = new Uint8Array(items.length);
  const visit = (i: number): void => {
    if (state[i] !== 0) return;
    state[i] = 1;
    for (const d of items[i]?.deps ?? []) visit(d);
    state[i] = 2;
    order.push(i);
  };
  for (const k of keyed) visit(k.i);
  return order;
}

/**
 * The earliest month each line can start: its bucket's first month, or the month what it
 * depends on can start (the schedule places it after them within that month); face-to-face
 * sessions wait for a month with a PD day, and lines with their own dates for the first of them.
 */
export function placeInCalendar(
  items: PreparedLine[],
  order: readonly number[],
  buckets: CapacityBuckets,
  calendar: DistrictCalendar,
): void {
  const monthIndex = new Map(calendar.months.map((m, k) => [m.month, k]));
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    if (!item.fundable) {
      item.open = false;
      continue;
    }
    const lo = buckets.lo[item.bucket] ?? 0;
    const hi = buckets.hi[item.bucket] ?? 0;
    const depsStart = item.deps.reduce((m, d) => Math.max(m, items[d]?.earliest ?? 0), 0);
    let start = Math.min(hi, Math.max(lo, depsStart));
    if (item.usesPdDays) {
      const pdFrom = buckets.pdFrom[item.bucket];
      while (
        start < hi &&
        (pdFrom?.[start] ?? 0) === (pdFrom?.[start + 1] ?? 0) &&
        (pdFrom?.[start] ?? 0) > 0
      )
        start += 1;
    }
    if (item.dates.length > 0) {
      const first = item.dates.map((d) => monthIndex.get(d.slice(0, 7)) ?? 0).find((k) => k >= start);
      if (first !== undefined) start = first;
    }
    item.earliest = start;
    let open = false;
    for (let k = start; k <= hi && !open; k++) open = (calendar.months[k]?.workdays ?? 0) > 0;
    item.open = open;
  }
}
