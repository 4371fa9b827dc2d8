import type { FundingSource, PlanLine, ServiceCategory } from '../domain';
import { monthLabel } from './calendar';
import type { PayingSource } from './funding-wording';
import { MinCostFlow } from './min-cost-flow';

/**
 * The rules of the funding crosswalk: when a source may pay for a month of work (its dates and
 * restriction tags), the order its money is spent in, and the allocation itself, a minimum-cost
 * maximum flow over kinds of work.
 */

/** A month of one service's work and who pays it. */
export interface CrosswalkEntry {
  lineId: string;
  month: string;
  /** null: no funding source pays for it (or the engagement names none). */
  sourceId: string | null;
  cents: number;
  manual: boolean;
}

/** "Sep 30, 2026" from "2026-09-30", for sentences people read. */
export function dayLabel(iso: string): string {
  const [month, year] = monthLabel(iso.slice(0, 7)).split(' ');
  return `${month ?? ''} ${Number(iso.slice(8, 10))}, ${year ?? ''}`;
}

/** Campuses a line's work is tied to; null when the plan does not say, so it is not campus-specific. */
export function lineCampusIds(line: PlanLine): readonly string[] | null {
  if (!('campusIds' in line) || !Array.isArray(line.campusIds)) return null;
  const ids = line.campusIds.filter((id): id is string => typeof id === 'string');
  return ids.length > 0 ? ids : null;
}

/** The last month work may fall in and still be paid by the source (YYYY-MM), or null. */
export function sourceLastMonth(source: FundingSource): string | null {
  const dates = [source.endDate, source.invoiceBy].filter((d): d is string => d !== null).sort();
  return dates[0]?.slice(0, 7) ?? null;
}

export function invoiceDeadline(source: FundingSource): string | null {
  return [source.endDate, source.invoiceBy].filter((d): d is string => d !== null).sort()[0] ?? null;
}

export interface Work {
  lineId: string;
  category: ServiceCategory | null;
  campuses: readonly string[] | null;
  month: string;
  cents: number;
}

export function allowsKind(source: PayingSource, work: Work, campusIds: ReadonlySet<string>): boolean {
  if (source.campusesUnnamed) return false;
  const categories = source.restrict.serviceCategories;
  if (categories.length > 0 && (work.category === null || !categories.includes(work.category))) return false;
  const campuses = source.restrict.campusIds.filter((id) => campusIds.has(id));
  if (campuses.length > 0) {
    if (work.campuses === null) return false;
    if (!work.campuses.every((id) => campuses.includes(id))) return false;
  }
  return true;
}

/** The first month work may fall in and be paid by the source (YYYY-MM), or null. */
export function sourceFirstMonth(source: FundingSource): string | null {
  return source.availableFrom?.slice(0, 7) ?? null;
}

export function allowsDate(source: FundingSource, work: Work): boolean {
  const first = sourceFirstMonth(source);
  const last = sourceLastMonth(source);
  return (first === null || work.month >= first) && (last === null || work.month <= last);
}

/**
 * Sources in the order their money should be used: soonest deadline first, then the more
 * restricted (so flexible money is kept for work only it can pay), then as listed.
 */
export function spendingOrder<S extends FundingSource>(sources: readonly S[]): S[] {
  const tags = (s: S) =>
    (s.restrict.serviceCategories.length > 0 ? 1 : 0) + (s.restrict.campusIds.length > 0 ? 1 : 0);
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => {
      const da = invoiceDeadline(a.s) ?? '9999-12-31';
      const db = invoiceDeadline(b.s) ?? '9999-12-31';
      if (da !== db) return da < db ? -1 : 1;
      return tags(b.s) - tags(a.s) || a.i - b.i;
    })
    .map(({ s }) => s);
}

/**
 * Work that may go to the same sources in the same month is interchangeable, so the flow runs
 * over those kinds of work rather than every line, then fills each kind's lines in plan order.
 */
export function allocateAutomatically(
  items: readonly Work[],
  remaining: number[],
  sources: readonly PayingSource[],
  room: ReadonlyMap<string, number>,
  campusIds: ReadonlySet<string>,
  entries: CrosswalkEntry[],
): void {
  if (sources.length === 0) return;
  const months = [...new Set(items.map((w) => w.month))].sort();
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const kinds = new Map<string, { month: string; allowed: number[]; members: number[]; cents: number }>();
  items.forEach((w, i) => {
    if ((remaining[i] ?? 0) <= 0) return;
    const allowed = sources.flatMap((s, k) => (allowsKind(s, w, campusIds) && allowsDate(s, w) ? [k] : []));
    if (allowed.length === 0) return;
    const key = `${w.month}|${allowed.join(',')}`;
    const kind = kinds.get(key) ?? { month: w.month, allowed, members: [], cents: 0 };
    kind.members.push(i);
    kind.cents += remaining[i] ?? 0;
    kinds.set(key, kind);
  });
  const list = [...kinds.values()];
  if (list.length === 0) return;
  // Nodes: 0 start, 1..K kinds, then sources, then the sink.
  const flow = new MinCostFlow(list.length + sources.length + 2);
  const sink = list.length + sources.length + 1;
  const ranks = sources.length;
  const span = months.length + 1;
  const edges = list.map((kind, k) => {
    flow.addEdge(0, k + 1, kind.cents, 0);
    return kind.allowed.map((s) => ({
      source: s,
      // Sooner deadlines first, above all; within that, sooner sources take the earlier work.
      edge: flow.addEdge(
        k + 1,
        list.length + 1 + s,
        kind.cents,
        s * span * (ranks + 1) + (ranks - s) * (monthIndex.get(kind.month) ?? 0),
      ),
    }));
  });
  sources.forEach((s, k) => flow.addEdge(list.length + 1 + k, sink, Math.max(0, room.get(s.id) ?? 0), 0));
  flow.run(0, sink);

  list.forEach((kind, k) => {
    const shares = (edges[k] ?? []).map(({ source, edge }) => ({ source, cents: flow.flowOn(edge) }));
    for (const i of kind.members) {
      const w = items[i];
      if (!w) continue;
      for (const share of shares) {
        const take = Math.min(share.cents, remaining[i] ?? 0);
        if (take <= 0) continue;
        share.cents -= take;
        remaining[i] = (remaining[i] ?? 0) - take;
        const id = sources[share.source]?.id ?? null;
        entries.push({ lineId: w.lineId, month: w.month, sourceId: id, cents: take, manual: false });
      }
    }
  });
}
