import type { CrosswalkAssignment } from '../domain';
import type { PayingSource } from './funding-wording';
import { quoteCommas } from '../words';
import { monthLabel } from './calendar';
import type { SourceUse } from './funding';
import {
  allowsDate,
  allowsKind,
  dayLabel,
  invoiceDeadline,
  sourceLastMonth,
  type Work,
} from './funding-rules';

/**
 * What the funding crosswalk warns about, each with its cause and the fix: work put on a source
 * by hand that its rules do not allow or its amount cannot hold, work no source can pay (past
 * every deadline, outside every restriction, or too little money), and sources left unused.
 */

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

/** What the issues are worded from: the sources in spending order, the client's campuses, the lines' names and the currency. */
export interface IssueReader {
  sources: readonly PayingSource[];
  campusIds: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  money: (c: number) => string;
}

/** Work put on `source` by hand (`taken`) that its deadline or its restriction tags do not allow. */
export function manualIssues(
  source: PayingSource,
  lineId: CrosswalkAssignment['lineId'],
  taken: readonly Work[],
  { campusIds, names, money }: IssueReader,
): FundingIssue[] {
  const issues: FundingIssue[] = [];
  const name = names.get(lineId) ?? 'a service';
  const late = taken.filter((w) => !allowsDate(source, w));
  if (late.length > 0) {
    const cents = late.reduce((s, w) => s + w.cents, 0);
    issues.push({
      code: 'manual_after_deadline',
      severity: 'warning',
      sourceId: source.id,
      lineIds: [lineId],
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
      lineIds: [lineId],
      cents: taken.reduce((s, w) => s + w.cents, 0),
      message: `“${name}” is put on ${source.name} by hand, but ${source.name}’s restriction tags do not allow it.`,
      fix: `Move it to a source that may pay for it, or correct ${source.name}’s restriction tags if they are wrong.`,
    });
  }
  return issues;
}

/** Sources that work put on them by hand asks more of than they hold. */
export function overdrawnIssues(
  room: ReadonlyMap<string, number>,
  { sources, money }: IssueReader,
): FundingIssue[] {
  const issues: FundingIssue[] = [];
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
  return issues;
}

/** Tagged sources that pay for nothing, and money left on a source that must be spent by a date. */
export function sourceNotices(
  uses: readonly SourceUse[],
  anyFunded: boolean,
  { sources, money }: IssueReader,
): FundingIssue[] {
  const issues: FundingIssue[] = [];
  for (const u of uses) {
    const source = sources.find((s) => s.id === u.sourceId);
    if (source?.campusesUnnamed === true && u.amountCents > 0) {
      issues.push({
        code: 'source_unused',
        severity: 'warning',
        sourceId: u.sourceId,
        lineIds: [],
        cents: u.amountCents,
        message: `${u.name} pays only for work at the campuses it names, and it names none yet, so it pays for nothing in this scope.`,
        fix: 'Name the campuses it may pay for.',
      });
      continue;
    }
    const tagged =
      source !== undefined && source.restrict.serviceCategories.length + source.restrict.campusIds.length > 0;
    if (u.allocatedCents === 0 && u.amountCents > 0 && tagged && anyFunded) {
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
        message: `${u.name} has ${money(u.leftCents)} this scope does not use; it must be spent by ${dayLabel(u.spendBy)}. No waiting service it may pay for fits what is left.`,
        fix: 'Leave it for other work, or let it pay for more kinds of service if the grant allows.',
      });
    }
  }
  return issues;
}

/** What is left unpaid, grouped by why: past every deadline, outside every restriction, or too little money. */
export function unassignedIssues(
  items: readonly Work[],
  remaining: readonly number[],
  { sources, campusIds, names, money }: IssueReader,
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
  const named = (ws: readonly Work[]) => quoteCommas(lineIds(ws).map((id) => names.get(id) ?? ''));
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
      fix: 'Raise a source’s amount, add a source, or stop keeping those services funded by hand.',
    });
  }
  return out;
}
