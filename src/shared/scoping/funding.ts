import type { CrosswalkAssignment, Engagement, FundingSource, PlanLine } from '../domain';
import { allocateCents, formatMoney } from '../money';
import type { Costing } from './costing';
import {
  manualIssues,
  overdrawnIssues,
  sourceNotices,
  unassignedIssues,
  type FundingIssue,
  type IssueReader,
} from './funding-issues';
import {
  allocateAutomatically,
  invoiceDeadline,
  lineCampusIds,
  spendingOrder,
  type CrosswalkEntry,
  type Work,
} from './funding-rules';
import { payingSources } from './funding-wording';
import type { Schedule } from './schedule';

/**
 * The funding crosswalk: which funding source pays for which funded work, month by month. Work
 * put on a source by hand goes first; the rest is allocated automatically so that as much as
 * possible is paid, money that must be spent soonest is used first (on the earliest work), and
 * every source only pays for work it may pay for: delivered by its spend-by (or invoice-by)
 * month, in the service categories and at the campuses its restriction tags allow. Whatever no
 * source can pay is named, with its cause and the fix. Amounts are whole cents and add up to
 * the funded total.
 */

export { dayLabel, lineCampusIds, sourceLastMonth, type CrosswalkEntry } from './funding-rules';
export type { FundingIssue, FundingIssueCode } from './funding-issues';

export interface SourceUse {
  sourceId: string;
  name: string;
  amountCents: number;
  allocatedCents: number;
  /** Negative when work put on it by hand asks for more than it holds. */
  leftCents: number;
  /** The last day work may be paid from it: the spend-by date. */
  spendBy: string | null;
  /** The last day an invoice may reach the district: the invoice-by date, else the spend-by date. */
  invoiceBy: string | null;
  lastWorkMonth: string | null;
}

export interface CrosswalkLine {
  lineId: string;
  name: string;
  totalCents: number;
  /** Cents per source id; the key "" holds what no source pays. */
  bySource: Record<string, number>;
}

export interface FundingCrosswalk {
  currency: string;
  /** False when the engagement names no funding source: everything is the district's budget. */
  hasSources: boolean;
  /** The funded window: the period of performance this work is billed in. */
  window: { start: string; end: string };
  sources: SourceUse[];
  lines: CrosswalkLine[];
  entries: CrosswalkEntry[];
  totalCents: number;
  unassignedCents: number;
  issues: FundingIssue[];
}

/** Each funded line's cost spread over the months it is delivered in, as the fiscal-year split does. */
function workItems(engagement: Engagement, { costing, schedule, sizing }: CrosswalkScope): Work[] {
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  const plan = new Map(engagement.lines.map((l) => [l.id, l]));
  // A line trimmed to fewer campuses is paid for where its funded groups are, in pilot order.
  const funded = new Map(sizing.lines.map((l) => [l.lineId, l.fundedCampusIds]));
  const phaseStart = new Map(engagement.timeline.phases.map((p) => [p.id, p.start]));
  const items: Work[] = [];
  for (const l of costing.lines) {
    const line = plan.get(l.lineId);
    const base = {
      lineId: l.lineId,
      category: services.get(l.serviceId)?.category ?? null,
      campuses: fundedCampuses(line, funded.get(l.lineId)),
    };
    const months = (schedule.monthlyUnits[l.lineId] ?? []).filter((m) => m.units > 0);
    if (months.length === 0) {
      const start = (l.phaseId !== null ? phaseStart.get(l.phaseId) : undefined) ?? engagement.timeline.start;
      items.push({ ...base, month: start.slice(0, 7), cents: l.totalCents });
      continue;
    }
    // Split as the fiscal-year subtotals split it (subtotal and discount each by units), so a
    // month's work is the same amount here, in the CSV and in the fiscal-year table.
    const weights = months.map((m) => m.units);
    const subtotals = allocateCents(l.subtotalCents, weights);
    const discounts = allocateCents(l.discountCents, weights);
    months.forEach((m, i) =>
      items.push({ ...base, month: m.month, cents: (subtotals[i] ?? 0) - (discounts[i] ?? 0) }),
    );
  }
  return items.filter((w) => w.cents > 0);
}

/** The parts of the engine's reading the crosswalk is worked out from. */
export interface CrosswalkScope {
  costing: Costing;
  schedule: Schedule;
  sizing: {
    lines: readonly { lineId: string; fundedCampusIds: readonly string[] }[];
    fundedWindow: { start: string; end: string };
  };
}

function fundedCampuses(
  line: PlanLine | undefined,
  funded: readonly string[] | undefined,
): readonly string[] | null {
  if (!line) return null;
  return funded !== undefined && funded.length > 0 ? funded : lineCampusIds(line);
}

/** The work still to pay for and what each source has left, as the allocation goes. */
interface Ledger {
  items: readonly Work[];
  /** Cents of each item no source pays yet. */
  remaining: number[];
  /** Cents each source has left; negative when work put on it by hand asks for more. */
  room: Map<string, number>;
  entries: CrosswalkEntry[];
}

export function buildCrosswalk(engagement: Engagement, scope: CrosswalkScope): FundingCrosswalk {
  const { costing } = scope;
  const sources = spendingOrder(payingSources(engagement));
  const items = workItems(engagement, scope);
  const ledger: Ledger = {
    items,
    remaining: items.map((w) => w.cents),
    room: new Map(sources.map((s) => [s.id, s.amountCents])),
    entries: [],
  };
  const reader: IssueReader = {
    sources,
    campusIds: new Set(engagement.client.campuses.map((c) => c.id)),
    names: new Map(costing.lines.map((l) => [l.lineId, l.name])),
    money: (c: number) => formatMoney(c, costing.currency),
  };
  const issues: FundingIssue[] = [];

  // By hand first, earliest months first, whatever the rules say; breaking them is reported.
  for (const a of engagement.scopeOfWork.crosswalk) issues.push(...putByHand(a, ledger, reader));
  issues.push(...overdrawnIssues(ledger.room, reader));

  allocateAutomatically(items, ledger.remaining, sources, ledger.room, reader.campusIds, ledger.entries);

  const entries = withUnpaid(ledger);
  if (sources.length > 0) issues.push(...unassignedIssues(items, ledger.remaining, reader));
  const uses = sourceUses(payingSources(engagement), entries);
  issues.push(...sourceNotices(uses, costing.lines.length > 0, reader));
  return {
    currency: costing.currency,
    hasSources: sources.length > 0,
    window: scope.sizing.fundedWindow,
    sources: uses,
    lines: crosswalkLines(costing, entries),
    entries,
    totalCents: costing.totalCents,
    unassignedCents: entries.filter((e) => e.sourceId === null).reduce((s, e) => s + e.cents, 0),
    issues,
  };
}

/**
 * One assignment by hand: the line's work on the source, earliest months first, up to the
 * amount asked (all of it when none is), whatever the source's rules say; what breaks them is
 * returned as issues.
 */
function putByHand(a: CrosswalkAssignment, ledger: Ledger, reader: IssueReader): FundingIssue[] {
  const { items, remaining, room, entries } = ledger;
  const source = reader.sources.find((s) => s.id === a.sourceId);
  if (!source) return [];
  const lineItems = items.map((w, i) => ({ w, i })).filter(({ w }) => w.lineId === a.lineId);
  const open = lineItems.reduce((s, { i }) => s + (remaining[i] ?? 0), 0);
  let want = Math.min(a.amountCents ?? open, open);
  const taken: Work[] = [];
  for (const { w, i } of lineItems) {
    if (want <= 0) break;
    const take = Math.min(want, remaining[i] ?? 0);
    if (take <= 0) continue;
    remaining[i] = (remaining[i] ?? 0) - take;
    want -= take;
    room.set(source.id, (room.get(source.id) ?? 0) - take);
    entries.push({ lineId: w.lineId, month: w.month, sourceId: source.id, cents: take, manual: true });
    taken.push({ ...w, cents: take });
  }
  return manualIssues(source, a.lineId, taken, reader);
}

/** Whatever no source pays, as entries without a source, then every entry in month order. */
function withUnpaid({ items, remaining, entries }: Ledger): CrosswalkEntry[] {
  items.forEach((w, i) => {
    const left = remaining[i] ?? 0;
    if (left > 0)
      entries.push({ lineId: w.lineId, month: w.month, sourceId: null, cents: left, manual: false });
  });
  entries.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return entries;
}

/** What each source pays, in the order the engagement lists them. */
function sourceUses(sources: readonly FundingSource[], entries: readonly CrosswalkEntry[]): SourceUse[] {
  return sources.map((s) => {
    const mine = entries.filter((e) => e.sourceId === s.id);
    const allocated = mine.reduce((sum, e) => sum + e.cents, 0);
    return {
      sourceId: s.id,
      name: s.name,
      amountCents: s.amountCents,
      allocatedCents: allocated,
      leftCents: s.amountCents - allocated,
      spendBy: s.endDate,
      invoiceBy: invoiceDeadline(s),
      lastWorkMonth:
        mine
          .map((e) => e.month)
          .sort()
          .at(-1) ?? null,
    };
  });
}

/** Each funded line's cost by the source that pays it. */
function crosswalkLines(costing: Costing, entries: readonly CrosswalkEntry[]): CrosswalkLine[] {
  return costing.lines.map((l) => {
    const bySource: Record<string, number> = {};
    for (const e of entries) {
      if (e.lineId !== l.lineId) continue;
      const key = e.sourceId ?? '';
      bySource[key] = (bySource[key] ?? 0) + e.cents;
    }
    return { lineId: l.lineId, name: l.name, totalCents: l.totalCents, bySource };
  });
}
