import type { Engagement, InvoicingMethod } from '../domain';
import { formatMoney } from '../money';
import { monthLabel } from './calendar';
import { dayLabel, type FundingCrosswalk } from './funding';

/**
 * The invoice schedule: the funding crosswalk's work, month by month, billed monthly in
 * arrears, at the end of each phase, or at each milestone, one invoice per funding source and
 * period. An invoice that would be dated after its source's deadline is dated on the deadline
 * instead (the work it bills was delivered by then), and says so; one that cannot be (work put
 * on the source by hand after its deadline) is a warning with the fix. The invoices add up to
 * the funded total to the cent.
 */

export interface Invoice {
  number: number;
  /** YYYY-MM-DD */
  date: string;
  dueDate: string;
  sourceId: string | null;
  sourceName: string;
  /** "Sep 2025", a phase's name or a milestone's. */
  period: string;
  months: string[];
  lineIds: string[];
  cents: number;
  /** Why the date is not the period's usual one, when it is not. */
  note: string | null;
  /** The period's usual date, when the source's deadline moved the invoice earlier. */
  usualDate: string | null;
}

export interface InvoiceIssue {
  severity: 'warning' | 'notice';
  invoiceNumber: number;
  message: string;
  fix: string;
}

export interface SourceInvoices {
  sourceId: string | null;
  name: string;
  cents: number;
  invoices: number;
  lastDate: string | null;
  /** The date its invoices must reach the district by, if any. */
  deadline: string | null;
}

export interface InvoiceSchedule {
  method: InvoicingMethod;
  netDays: number;
  invoices: Invoice[];
  bySource: SourceInvoices[];
  totalCents: number;
  issues: InvoiceIssue[];
}

function lastDayOf(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Period {
  key: string;
  label: string;
  /** The date an invoice for the period goes out, before any deadline moves it. */
  date: string;
}

/**
 * Which billing period a month of work falls in, for the engagement's invoicing method. The
 * completion invoice and every later stop fall within the funded window: what waits for a later
 * budget is not billed under this agreement.
 */
function periodFinder(engagement: Engagement, window: { end: string }): (month: string) => Period {
  const { timeline } = engagement;
  const windowEnd = window.end;
  const cap = (date: string) => (date < windowEnd ? date : windowEnd);
  const completion: Period = { key: 'end', label: 'Completion', date: windowEnd };
  const { method, milestones } = engagement.scopeOfWork.invoicing;
  if (method === 'monthly_arrears') {
    return (month) => ({ key: month, label: monthLabel(month), date: cap(lastDayOf(month)) });
  }
  const stops: Period[] =
    method === 'by_phase'
      ? timeline.phases
          .filter((p) => p.start <= windowEnd)
          .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0))
          .map((p) => ({ key: p.id, label: p.name, date: cap(p.end) }))
      : milestones
          .filter((m) => m.date <= windowEnd)
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((m) => ({ key: m.id, label: m.name, date: cap(m.date) }));
  // Work is billed at the first stop in or after its month; work after the last stop at completion.
  return (month) => stops.find((s) => s.date.slice(0, 7) >= month) ?? completion;
}

export function buildInvoiceSchedule(engagement: Engagement, crosswalk: FundingCrosswalk): InvoiceSchedule {
  const { netDays, method } = engagement.scopeOfWork.invoicing;
  const sourceNames = new Map(engagement.budget.fundingSources.map((s) => [s.id, s.name]));
  const unassignedName = crosswalk.hasSources ? 'Not yet assigned to a funding source' : 'District budget';
  const drafts = datedDrafts(
    billingGroups(crosswalk, periodFinder(engagement, crosswalk.window)),
    crosswalk,
    sourceNames,
  );
  const issues: InvoiceIssue[] = [];
  const invoices: Invoice[] = drafts.map((d, i) => {
    const number = i + 1;
    const sourceName = d.sourceId !== null ? (sourceNames.get(d.sourceId) ?? unassignedName) : unassignedName;
    const issue = dateIssue(d, number, sourceName);
    if (issue) issues.push(issue);
    return {
      number,
      date: d.date,
      dueDate: addDays(d.date, netDays),
      sourceId: d.sourceId,
      sourceName,
      period: d.period.label,
      months: d.months,
      lineIds: [...d.lines],
      cents: d.cents,
      note: d.note,
      usualDate: d.note !== null ? d.period.date : null,
    };
  });
  const unpaid = unpaidWarning(invoices, crosswalk);
  if (unpaid) issues.push(unpaid);
  return {
    method,
    netDays,
    invoices,
    bySource: invoicesBySource(invoices, crosswalk, unassignedName),
    totalCents: invoices.reduce((s, inv) => s + inv.cents, 0),
    issues,
  };
}

/** The work one invoice bills: one source's months of work in one billing period. */
interface BillingGroup {
  period: Period;
  sourceId: string | null;
  months: Set<string>;
  lines: Set<string>;
  cents: number;
}

/** The crosswalk's entries gathered by billing period and source, in the order they first appear. */
function billingGroups(crosswalk: FundingCrosswalk, periodOf: (month: string) => Period): BillingGroup[] {
  const groups = new Map<string, BillingGroup>();
  for (const e of crosswalk.entries) {
    if (e.cents <= 0) continue;
    const period = periodOf(e.month);
    const key = `${period.key}|${e.sourceId ?? ''}`;
    const group = groups.get(key) ?? {
      period,
      sourceId: e.sourceId,
      months: new Set<string>(),
      lines: new Set<string>(),
      cents: 0,
    };
    group.months.add(e.month);
    group.lines.add(e.lineId);
    group.cents += e.cents;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** An invoice before it is numbered: its date, moved to its source's deadline when it can be. */
interface DraftInvoice extends Omit<BillingGroup, 'months'> {
  months: string[];
  date: string;
  note: string | null;
  /** Dated after its source's deadline, because it bills work put on the source after it. */
  late: boolean;
  deadline: string | null;
}

/**
 * Each group dated: on its period's date, or on its source's deadline when that is earlier and
 * the work it bills was delivered by then; in date order, then the crosswalk's order of sources.
 */
function datedDrafts(
  groups: readonly BillingGroup[],
  crosswalk: FundingCrosswalk,
  sourceNames: ReadonlyMap<string, string>,
): DraftInvoice[] {
  const deadlines = new Map(crosswalk.sources.map((s) => [s.sourceId, s.invoiceBy]));
  const order = new Map(crosswalk.sources.map((s, i) => [s.sourceId, i]));
  const drafts = groups.map((g) => {
    const deadline = g.sourceId !== null ? (deadlines.get(g.sourceId) ?? null) : null;
    const months = [...g.months].sort();
    const lastMonth = months.at(-1) ?? '';
    let date = g.period.date;
    let note: string | null = null;
    let late = false;
    if (deadline !== null && date > deadline) {
      if (lastMonth <= deadline.slice(0, 7)) {
        note = `Dated on ${sourceNames.get(g.sourceId ?? '') ?? 'the source'}’s deadline rather than ${dayLabel(g.period.date)}.`;
        date = deadline;
      } else {
        late = true;
      }
    }
    return { ...g, months, date, note, late, deadline };
  });
  return drafts.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (order.get(a.sourceId ?? '') ?? 99) - (order.get(b.sourceId ?? '') ?? 99),
  );
}

/** A warning for an invoice dated after its source's deadline, or a notice for one moved to it. */
function dateIssue(d: DraftInvoice, number: number, sourceName: string): InvoiceIssue | null {
  if (d.late) {
    return {
      severity: 'warning',
      invoiceNumber: number,
      message: `Invoice ${number} to ${sourceName} is dated ${dayLabel(d.date)}, after ${sourceName} must be invoiced (${dayLabel(d.deadline ?? '')}).`,
      fix: `Move the work after ${monthLabel(d.deadline?.slice(0, 7) ?? '')} to another source, or deliver it earlier.`,
    };
  }
  if (d.note !== null) {
    return { severity: 'notice', invoiceNumber: number, message: `Invoice ${number}: ${d.note}`, fix: '' };
  }
  return null;
}

/** A warning when the engagement names funding sources and some invoices bill work none of them pays. */
function unpaidWarning(invoices: readonly Invoice[], crosswalk: FundingCrosswalk): InvoiceIssue | null {
  if (!invoices.some((inv) => inv.sourceId === null) || !crosswalk.hasSources) return null;
  const cents = invoices.filter((inv) => inv.sourceId === null).reduce((s, inv) => s + inv.cents, 0);
  return {
    severity: 'warning',
    invoiceNumber: invoices.find((inv) => inv.sourceId === null)?.number ?? 0,
    message: `${invoices.filter((inv) => inv.sourceId === null).length} invoices bill work no funding source pays for (${formatMoney(cents, crosswalk.currency)} in all).`,
    fix: 'See the funding crosswalk’s warnings for why and what to change.',
  };
}

/** What each source is billed, in the crosswalk's order, then what no source pays. */
function invoicesBySource(
  invoices: readonly Invoice[],
  crosswalk: FundingCrosswalk,
  unassignedName: string,
): SourceInvoices[] {
  return [
    ...crosswalk.sources.map((s) => ({ sourceId: s.sourceId, name: s.name, deadline: s.invoiceBy })),
    ...(invoices.some((inv) => inv.sourceId === null)
      ? [{ sourceId: null, name: unassignedName, deadline: null }]
      : []),
  ].map((s) => {
    const mine = invoices.filter((inv) => inv.sourceId === s.sourceId);
    return {
      ...s,
      cents: mine.reduce((sum, inv) => sum + inv.cents, 0),
      invoices: mine.length,
      lastDate:
        mine
          .map((inv) => inv.date)
          .sort()
          .at(-1) ?? null,
    };
  });
}
