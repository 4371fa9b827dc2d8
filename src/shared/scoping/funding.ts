import { type Engagement, type FundingSource, type PlanLine } from '../domain';
import { allocateCents, formatMoney } from '../money';
import { monthLabel } from './calendar';
import type { Costing } from './costing';
import {
  allocateAutomatically,
  allowsDate,
  allowsKind,
  dayLabel,
  invoiceDeadline,
  lineCampusIds,
  sourceLastMonth,
  spendingOrder,
  type CrosswalkEntry,
  type Work,
} from './funding-rules';
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

export type FundingIssueCode =
  | 'work_after_deadlines'
  | 'work_outside_restrictions'
  | 'sources_short'
  | 'manual_after_deadline'
  | 'manual_outside_restriction'
  | 'manual_over_amount'
  | 'source_left_over'
  | 'source_unused';

export interface FundingIssue {
  code: FundingIssueCode;
  severity: 'warning' | 'notice';
  sourceId: string | null;
  lineIds: string[];
  cents: number;
  message: string;
  fix: string;
}

export interface FundingCrosswalk {
  currency: string;
  /** False when the engagement names no funding source: everything is the district's budget. */
  hasSources: boolean;
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
  sizing: { lines: readonly { lineId: string; fundedCampusIds: readonly string[] }[] };
}

function fundedCampuses(
  line: PlanLine | undefined,
  funded: readonly string[] | undefined,
): readonly string[] | null {
  if (!line) return null;
  return funded !== undefined && funded.length > 0 ? funded : lineCampusIds(line);
}

export function buildCrosswalk(engagement: Engagement, scope: CrosswalkScope): FundingCrosswalk {
  const { costing } = scope;
  const money = (c: number) => formatMoney(c, costing.currency);
  const sources = spendingOrder(engagement.budget.fundingSources);
  const campusIds = new Set(engagement.client.campuses.map((c) => c.id));
  const names = new Map(costing.lines.map((l) => [l.lineId, l.name]));
  const items = workItems(engagement, scope);
  const remaining = items.map((w) => w.cents);
  const room = new Map(sources.map((s) => [s.id, s.amountCents]));
  const entries: CrosswalkEntry[] = [];
  const issues: FundingIssue[] = [];

  // By hand first, earliest months first, whatever the rules say; breaking them is reported.
  for (const a of engagement.scopeOfWork.crosswalk) {
    const source = sources.find((s) => s.id === a.sourceId);
    if (!source) continue;
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
    const name = names.get(a.lineId) ?? 'a service';
    const late = taken.filter((w) => !allowsDate(source, w));
    if (late.length > 0) {
      const cents = late.reduce((s, w) => s + w.cents, 0);
      issues.push({
        code: 'manual_after_deadline',
        severity: 'warning',
        sourceId: source.id,
        lineIds: [a.lineId],
        cents,
        message: `${money(cents)} of “${name}” put on ${source.name} by hand is delivered after ${source.name} must be spent or invoiced (${dayLabel(invoiceDeadline(source) ?? '')}).`,
        fix: `Put the work after ${monthLabel(sourceLastMonth(source) ?? '')} on another source, or deliver it earlier.`,
      });
    }
    if (taken.some((w) => !allowsKind(source, w, campusIds))) {
      issues.push({
        code: 'manual_outside_restriction',
        severity: 'warning',
        sourceId: source.id,
        lineIds: [a.lineId],
        cents: taken.reduce((s, w) => s + w.cents, 0),
        message: `“${name}” is put on ${source.name} by hand, but ${source.name}’s restriction tags do not allow it.`,
        fix: `Move it to a source that may pay for it, or correct ${source.name}’s restriction tags if they are wrong.`,
      });
    }
  }
  for (const s of sources) {
    const left = room.get(s.id) ?? 0;
    if (left < 0) {
      issues.push({
        code: 'manual_over_amount',
        severity: 'warning',
        sourceId: s.id,
        lineIds: [],
        cents: -left,
        message: `Work put on ${s.name} by hand comes to ${money(s.amountCents - left)}, ${money(-left)} more than its ${money(s.amountCents)}.`,
        fix: `Move ${money(-left)} of it to another source, or correct ${s.name}’s amount.`,
      });
    }
  }

  allocateAutomatically(items, remaining, sources, room, campusIds, entries);

  items.forEach((w, i) => {
    const left = remaining[i] ?? 0;
    if (left > 0)
      entries.push({ lineId: w.lineId, month: w.month, sourceId: null, cents: left, manual: false });
  });
  entries.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

  if (sources.length > 0)
    issues.push(...unassignedIssues(items, remaining, sources, campusIds, names, money));

  const uses: SourceUse[] = engagement.budget.fundingSources.map((s) => {
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
  for (const u of uses) {
    const source = sources.find((s) => s.id === u.sourceId);
    const tagged =
      source !== undefined && source.restrict.serviceCategories.length + source.restrict.campusIds.length > 0;
    if (u.allocatedCents === 0 && u.amountCents > 0 && tagged && costing.lines.length > 0) {
      issues.push({
        code: 'source_unused',
        severity: 'notice',
        sourceId: u.sourceId,
        lineIds: [],
        cents: u.amountCents,
        message: `${u.name} pays for nothing in this scope: no funded service fits its restriction tags${source.restrict.campusIds.length > 0 ? ' (services tied to its campuses only)' : ''} in time.`,
        fix: 'Tie the services that happen at its campuses to them, or check its tags and dates.',
      });
    }
    if (u.leftCents > 0 && u.spendBy !== null && u.allocatedCents > 0) {
      issues.push({
        code: 'source_left_over',
        severity: 'notice',
        sourceId: u.sourceId,
        lineIds: [],
        cents: u.leftCents,
        message: `${u.name} has ${money(u.leftCents)} this scope does not use; it must be spent by ${dayLabel(u.spendBy)}.`,
        fix: 'Leave it for other work, or raise the budget so sizing can fund more before that date.',
      });
    }
  }

  const lines: CrosswalkLine[] = costing.lines.map((l) => {
    const bySource: Record<string, number> = {};
    for (const e of entries) {
      if (e.lineId !== l.lineId) continue;
      const key = e.sourceId ?? '';
      bySource[key] = (bySource[key] ?? 0) + e.cents;
    }
    return { lineId: l.lineId, name: l.name, totalCents: l.totalCents, bySource };
  });
  return {
    currency: costing.currency,
    hasSources: sources.length > 0,
    sources: uses,
    lines,
    entries,
    totalCents: costing.totalCents,
    unassignedCents: entries.filter((e) => e.sourceId === null).reduce((s, e) => s + e.cents, 0),
    issues,
  };
}

/** What is left unpaid, grouped by why: past every deadline, outside every restriction, or too little money. */
function unassignedIssues(
  items: readonly Work[],
  remaining: readonly number[],
  sources: readonly FundingSource[],
  campusIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  money: (c: number) => string,
): FundingIssue[] {
  const groups = { late: [] as Work[], kind: [] as Work[], short: [] as Work[] };
  items.forEach((w, i) => {
    const left = remaining[i] ?? 0;
    if (left <= 0) return;
    const part = { ...w, cents: left };
    const kindOk = sources.filter((s) => allowsKind(s, w, campusIds));
    if (kindOk.length === 0) groups.kind.push(part);
    else if (!kindOk.some((s) => allowsDate(s, w))) groups.late.push(part);
    else groups.short.push(part);
  });
  const total = (ws: readonly Work[]) => ws.reduce((s, w) => s + w.cents, 0);
  const lineIds = (ws: readonly Work[]) => [...new Set(ws.map((w) => w.lineId))];
  const named = (ws: readonly Work[]) => {
    const list = lineIds(ws).map((id) => `“${names.get(id) ?? ''}”`);
    return list.length <= 3 ? list.join(', ') : `${list.slice(0, 3).join(', ')} and ${list.length - 3} more`;
  };
  const out: FundingIssue[] = [];
  if (groups.late.length > 0) {
    const months = [...new Set(groups.late.map((w) => w.month))].sort();
    const latest = sources
      .map(sourceLastMonth)
      .filter((m): m is string => m !== null)
      .sort()
      .at(-1);
    out.push({
      code: 'work_after_deadlines',
      severity: 'warning',
      sourceId: null,
      lineIds: lineIds(groups.late),
      cents: total(groups.late),
      message: `${money(total(groups.late))} of funded work (${named(groups.late)}) is delivered from ${monthLabel(months[0] ?? '')} to ${monthLabel(months.at(-1) ?? '')}, after every source that may pay for it must be spent.`,
      fix: `Deliver it by ${latest ? monthLabel(latest) : 'the sources’ end dates'}, record the funding that will pay for it then, or defer it.`,
    });
  }
  if (groups.kind.length > 0) {
    out.push({
      code: 'work_outside_restrictions',
      severity: 'warning',
      sourceId: null,
      lineIds: lineIds(groups.kind),
      cents: total(groups.kind),
      message: `${money(total(groups.kind))} of funded work (${named(groups.kind)}) is not allowed by any source’s restrictions.`,
      fix: 'Record a source that may pay for it, check the restriction tags, or defer it.',
    });
  }
  if (groups.short.length > 0) {
    out.push({
      code: 'sources_short',
      severity: 'warning',
      sourceId: null,
      lineIds: lineIds(groups.short),
      cents: total(groups.short),
      message: `The sources that may pay for ${named(groups.short)} are used up: ${money(total(groups.short))} is left unpaid.`,
      fix: 'Raise a source’s amount, add a source, or lower the budget so sizing funds less.',
    });
  }
  return out;
}
