import { expect } from 'vitest';
import type { Engagement } from '../../../src/shared/domain';
import {
  buildCrosswalk,
  campusesAt,
  discountCents,
  monthsBetween,
  prepareSizing,
  sourceLastMonth,
  type Scope,
} from '../../../src/shared/scoping';
import { payingSource, type PayingSource } from '../../../src/shared/scoping/funding-wording';

/**
 * The money rules every district's plan obeys, written out on their own (not with the engine's
 * allocation) so a test can hold any plan to them: nothing paid by a source that may not pay
 * for it, nothing left unpaid, and no money stranded while a waiting step it may pay for fits.
 */

/** Whether `source` may pay for a month of a line's work reaching `campuses`. */
export function mayPay(
  e: Engagement,
  source: PayingSource,
  lineId: string,
  month: string,
  campuses: readonly string[],
): boolean {
  if (source.campusesUnnamed) return false;
  const line = e.lines.find((l) => l.id === lineId);
  const category = e.catalog.find((s) => s.id === line?.serviceId)?.category;
  const cats = source.restrict.serviceCategories;
  if (cats.length > 0 && (category === undefined || !cats.includes(category))) return false;
  const known = new Set(e.client.campuses.map((c) => c.id));
  const only = source.restrict.campusIds.filter((id) => known.has(id));
  if (only.length > 0 && (campuses.length === 0 || !campuses.every((c) => only.includes(c)))) return false;
  const last = sourceLastMonth(source);
  const first = source.availableFrom?.slice(0, 7) ?? null;
  return (last === null || month <= last) && (first === null || month >= first);
}

/** Every funded cent is paid, by a source that may pay for it, in its window, within what it holds. */
export function expectEveryCentPaid(e: Engagement, scope: Scope): void {
  const crosswalk = buildCrosswalk(e, scope);
  expect(crosswalk.unassignedCents).toBe(0);
  const sources = new Map(e.budget.fundingSources.map((s) => [s.id, payingSource(s)]));
  const funded = new Map(scope.sizing.lines.map((l) => [l.lineId, l.fundedCampusIds]));
  for (const entry of crosswalk.entries) {
    const source = sources.get(entry.sourceId ?? '');
    if (!source) throw new Error(`${String(entry.cents)} cents of ${entry.lineId} paid by no source`);
    expect(mayPay(e, source, entry.lineId, entry.month, funded.get(entry.lineId) ?? [])).toBe(true);
  }
  for (const use of crosswalk.sources) expect(use.allocatedCents).toBeLessThanOrEqual(use.amountCents);
}

/**
 * No source holds money that would buy the next step of a line waiting for money, when it may
 * pay for all of that line wherever and whenever it can fall, and the budget has the money too.
 * A discount of a fixed amount is spread over every funded line, so one more step moves what
 * each line costs its sources: the rule is read without it (a percentage discount leaves each
 * line's cost its own).
 */
export function expectNoStrandedMoney(e: Engagement, scope: Scope): void {
  if (e.discount.kind === 'amount') return;
  const crosswalk = buildCrosswalk(e, scope);
  const prep = prepareSizing(e, scope.advice);
  const left = new Map(crosswalk.sources.map((s) => [s.sourceId, s.leftCents]));
  const sources = e.budget.fundingSources.map(payingSource);
  const after = (cents: number) => cents - discountCents(cents, e.discount);
  const window = prep.fundedWindow;
  const phases = new Map(prep.fundedPhases.map((p) => [p.id, p]));
  for (const l of scope.sizing.lines) {
    const code = l.reason?.code;
    if (code !== 'budget' && code !== 'sources') continue;
    const item = prep.items.find((it) => it.line.id === l.lineId);
    if (!item) continue;
    // A step bought on its own: what the line needs with it is funded already.
    const needs = [...item.deps, ...(item.leader >= 0 ? [item.leader] : []), ...item.followers];
    const fundedIds = new Set(scope.sizing.lines.filter((x) => x.fundedGroups > 0).map((x) => x.lineId));
    if (needs.some((n) => !fundedIds.has(prep.items[n]?.line.id ?? ''))) continue;
    // What the step adds after the discount (a fixed discount is taken once, on the total).
    const subtotal = scope.sizing.funded.subtotalCents;
    const step = after(subtotal + (l.reason?.needCents ?? 0)) - after(subtotal);
    // Every month the line can fall in, and every campus it can reach.
    const span = (l.phaseId !== null ? phases.get(l.phaseId) : undefined) ?? window;
    const months = monthsBetween(span.start.slice(0, 7), span.end.slice(0, 7));
    const reach = campusesAt(item, item.northStar.groups);
    const payers = sources.filter((s) => months.every((m) => mayPay(e, s, l.lineId, m, reach)));
    if (payers.length === 0) continue;
    const room = Math.min(
      scope.sizing.remainingCents,
      payers.reduce((sum, s) => sum + Math.max(0, left.get(s.id) ?? 0), 0),
    );
    if (step > room) continue;
    throw new Error(
      `${l.name} waits (${l.reason?.sentence ?? ''}) while ${String(room)} cents that may pay for its ${String(step)}-cent step are left`,
    );
  }
}
