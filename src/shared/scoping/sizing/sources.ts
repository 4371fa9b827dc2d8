import { allocateCents } from '../../money';
import { discountCents } from '../costing';
import { sourceFirstMonth, sourceLastMonth, spendingOrder } from '../funding-rules';
import { payingSources, type PayingSource } from '../funding-wording';
import { MinCostFlow } from '../min-cost-flow';
import { campusesAt } from './ladder';
import type { PreparedLine, PreparedSizing } from './prepare';

/**
 * The funding sources as constraints of sizing. A source may pay for a line when the line's
 * service is among the categories it may pay for, every campus the line's funded groups reach
 * is among its campuses, and the work falls inside the source's window (money available from,
 * spent by, invoiced by). Before the schedule places it, a line's cost is taken as spread over
 * the working days of the months it can be delivered in, cut where a source's window opens or
 * closes. The funded lines fit the sources when one allocation pays every part of every line
 * (after the discount) from sources that may pay for it without any source paying more than it
 * holds: a maximum flow from work to sources. Work the same sources may pay for is one kind, so
 * the flow runs over a few kinds, not every line.
 */

/** Why a source may not pay for a line: the first of its rules the line breaks. */
export type SourceBar =
  | { code: 'category'; source: number }
  | { code: 'campus'; source: number }
  | { code: 'not_yet'; source: number; from: string }
  | { code: 'ended'; source: number; last: string };

/** A line's cost on the sources, after the discount: `cents` per line index. */
export type Demand = ReadonlyMap<number, number>;

export class SourceLedger {
  /** The engagement's sources, in the order their money should be spent. */
  readonly sources: readonly PayingSource[];
  private readonly campusSets: readonly (ReadonlySet<string> | null)[];
  private readonly firstMonth: readonly (string | null)[];
  private readonly lastMonth: readonly (string | null)[];
  /** Each line's first and last possible month in the funded window (YYYY-MM). */
  private readonly months: readonly (readonly [string, string])[];
  /** Each line's months cut at the sources' window edges: the sources the part's dates allow, and its weight. */
  private readonly parts: readonly (readonly { sources: readonly number[]; weight: number }[])[];
  private readonly payableCache = new Map<
    string,
    readonly { sources: readonly number[]; weight: number }[]
  >();

  constructor(private readonly prep: PreparedSizing) {
    const { engagement } = prep;
    const known = new Set(engagement.client.campuses.map((c) => c.id));
    this.sources = spendingOrder(payingSources(engagement));
    this.campusSets = this.sources.map((s) => {
      const ids = s.restrict.campusIds.filter((id) => known.has(id));
      return ids.length > 0 ? new Set(ids) : null;
    });
    this.firstMonth = this.sources.map(sourceFirstMonth);
    this.lastMonth = this.sources.map(sourceLastMonth);
    const months = prep.fundedCalendar.months.map((m) => m.month);
    const whole = [months[0] ?? '', months.at(-1) ?? ''] as const;
    this.months = prep.items.map((item) => {
      if (item.dates.length > 0)
        return [item.dates[0]?.slice(0, 7) ?? '', item.dates.at(-1)?.slice(0, 7) ?? ''];
      const lo = prep.buckets.lo[item.bucket];
      const hi = prep.buckets.hi[item.bucket];
      return lo === undefined || hi === undefined ? whole : [months[lo] ?? whole[0], months[hi] ?? whole[1]];
    });
    this.parts = prep.items.map((item) => this.partsOf(item));
    const [first, last] = whole;
    this.universalCents = this.sources.reduce(
      (sum, source, k) =>
        source.restrict.serviceCategories.length === 0 &&
        this.campusSets[k] === null &&
        !source.campusesUnnamed &&
        this.opensIn(k, first) &&
        this.opensIn(k, last)
          ? sum + source.amountCents
          : sum,
      0,
    );
  }

  /**
   * What the sources that may pay for any work in the funded window hold: a funded phase that
   * costs no more (after the discount) fits whatever else is true.
   */
  readonly universalCents: number;

  /** Whether source `k`'s window takes in month `m` (YYYY-MM). */
  private opensIn(k: number, m: string): boolean {
    const from = this.firstMonth[k];
    const to = this.lastMonth[k];
    return (from == null || m >= from) && (to == null || m <= to);
  }

  /** The line's months grouped by the sources their dates allow, weighted by its working days there. */
  private partsOf(item: PreparedLine): { sources: readonly number[]; weight: number }[] {
    const weights = new Map<string, number>();
    if (item.dates.length > 0)
      for (const d of item.dates) weights.set(d.slice(0, 7), (weights.get(d.slice(0, 7)) ?? 0) + 1);
    else {
      const [first, last] = this.months[item.index] ?? ['', ''];
      for (const m of this.prep.fundedCalendar.months)
        if (m.month >= first && m.month <= last) weights.set(m.month, Math.max(1, m.workdays));
    }
    const parts = new Map<string, { sources: number[]; weight: number }>();
    for (const [m, w] of weights) {
      const open = this.sources.flatMap((_, k) => (this.opensIn(k, m) ? [k] : []));
      const key = open.join(',');
      const part = parts.get(key) ?? { sources: open, weight: 0 };
      part.weight += w;
      parts.set(key, part);
    }
    return [...parts.values()];
  }

  /** What stops source `k` paying for `item` at `groups` groups, or null when it may. */
  bar(k: number, item: PreparedLine, groups: number): SourceBar | null {
    const source = this.sources[k];
    if (!source) return { code: 'category', source: k };
    const categories = source.restrict.serviceCategories;
    if (categories.length > 0 && !categories.includes(item.service.category))
      return { code: 'category', source: k };
    if (source.campusesUnnamed) return { code: 'campus', source: k };
    const campuses = this.campusSets[k];
    if (campuses) {
      const reached = campusesAt(item, groups);
      if (reached.length === 0 || !reached.every((id) => campuses.has(id)))
        return { code: 'campus', source: k };
    }
    const [first, last] = this.months[item.index] ?? ['', ''];
    const from = this.firstMonth[k];
    if (from != null && first < from) return { code: 'not_yet', source: k, from: source.availableFrom ?? '' };
    const to = this.lastMonth[k];
    if (to != null && last > to) return { code: 'ended', source: k, last: to };
    return null;
  }

  /** Whether source `k` may pay for the work of `item` at `groups` groups, whatever its dates. */
  private allows(k: number, item: PreparedLine, groups: number): boolean {
    const bar = this.bar(k, item, groups);
    return bar === null || bar.code === 'not_yet' || bar.code === 'ended';
  }

  /**
   * The parts of `item`'s work at `groups` groups, each with the sources that may pay for it;
   * a part no source may pay for has none.
   */
  payable(item: PreparedLine, groups: number): readonly { sources: readonly number[]; weight: number }[] {
    const reach = item.line.campusIds.length > 0 ? campusesAt(item, groups).length : 0;
    const key = `${item.index}:${reach}`;
    let found = this.payableCache.get(key);
    if (!found) {
      const allowed = new Set(this.sources.flatMap((_, k) => (this.allows(k, item, groups) ? [k] : [])));
      found = (this.parts[item.index] ?? []).map((p) => ({
        sources: p.sources.filter((k) => allowed.has(k)),
        weight: p.weight,
      }));
      this.payableCache.set(key, found);
    }
    return found;
  }

  /** The sources that may pay for some of `item`'s work at `groups` groups. */
  eligible(item: PreparedLine, groups: number): readonly number[] {
    return [...new Set(this.payable(item, groups).flatMap((p) => p.sources))].sort((a, b) => a - b);
  }

  /** Whether some of `item`'s work at `groups` groups is work no source may pay for. */
  unpayable(item: PreparedLine, groups: number): boolean {
    return this.payable(item, groups).some((p) => p.sources.length === 0);
  }

  /** Each line's cost after the discount, spread over the lines to the cent as the costing spreads it. */
  demand(costs: ReadonlyMap<number, number>): Map<number, number> {
    const lines = [...costs.keys()];
    const cents = lines.map((i) => costs.get(i) ?? 0);
    const total = cents.reduce((s, c) => s + c, 0);
    const shares = allocateCents(discountCents(total, this.prep.discount), cents);
    return new Map(lines.map((i, k) => [i, (cents[k] ?? 0) - (shares[k] ?? 0)]));
  }

  /**
   * What the sources cannot pay of `demand` with each line's funded groups: 0 when one
   * allocation pays it all.
   */
  shortfall(demand: Demand, groupsOf: (i: number) => number): number {
    const kinds = new Map<string, { allowed: readonly number[]; cents: number }>();
    let unpaid = 0;
    for (const [i, cents] of demand) {
      const item = this.prep.items[i];
      if (cents <= 0 || !item) continue;
      const parts = this.payable(item, groupsOf(i));
      const shares = allocateCents(
        cents,
        parts.map((p) => p.weight),
      );
      parts.forEach((part, p) => {
        const share = shares[p] ?? 0;
        if (part.sources.length === 0) {
          unpaid += share;
          return;
        }
        const key = part.sources.join(',');
        const kind = kinds.get(key) ?? { allowed: part.sources, cents: 0 };
        kind.cents += share;
        kinds.set(key, kind);
      });
    }
    const list = [...kinds.values()];
    const wanted = list.reduce((s, k) => s + k.cents, 0);
    if (wanted === 0) return unpaid;
    // Nodes: 0 start, 1..K kinds, then sources, then the end.
    const n = this.sources.length;
    const flow = new MinCostFlow(list.length + n + 2);
    const end = list.length + n + 1;
    list.forEach((kind, k) => {
      flow.addEdge(0, k + 1, kind.cents, 0);
      for (const s of kind.allowed) flow.addEdge(k + 1, list.length + 1 + s, kind.cents, 0);
    });
    this.sources.forEach((s, k) => flow.addEdge(list.length + 1 + k, end, s.amountCents, 0));
    return unpaid + wanted - flow.run(0, end);
  }
}
