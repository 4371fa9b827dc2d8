import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement, FundingSource } from '../../../src/shared/domain';
import {
  buildCrosswalk,
  campusesAt,
  discountCents,
  prepareSizing,
  scopeEngagement,
  sourceLastMonth,
  type Scope,
} from '../../../src/shared/scoping';
import { arbitraryDistrict } from './districts';

/**
 * The rules every district's plan obeys, whatever its sources: nothing paid by a source that may
 * not pay for it, nothing left unpaid, no money stranded while work it may pay for waits, and
 * more money never funding less of an essential line. Checked over generated districts.
 */

function mayPay(e: Engagement, source: FundingSource, lineId: string, month: string, campuses: string[]) {
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

function crosswalkOf(e: Engagement, scope: Scope) {
  return buildCrosswalk(e, scope);
}

describe('money invariants over generated districts', () => {
  it('pays every funded cent from a source that may pay for it, in its window, within what it holds', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), (e) => {
        const scope = scopeEngagement(e);
        const crosswalk = crosswalkOf(e, scope);
        expect(crosswalk.unassignedCents).toBe(0);
        const funded = new Map(scope.sizing.lines.map((l) => [l.lineId, l.fundedCampusIds]));
        for (const entry of crosswalk.entries) {
          const source = e.budget.fundingSources.find((s) => s.id === entry.sourceId);
          if (!source) throw new Error(`${entry.cents} cents of ${entry.lineId} paid by no source`);
          expect(mayPay(e, source, entry.lineId, entry.month, funded.get(entry.lineId) ?? [])).toBe(true);
        }
        for (const use of crosswalk.sources) expect(use.allocatedCents).toBeLessThanOrEqual(use.amountCents);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no source holding money a waiting step it may pay for would fit', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), (e) => {
        const scope = scopeEngagement(e);
        const crosswalk = crosswalkOf(e, scope);
        const prep = prepareSizing(e, scope.advice);
        const left = new Map(crosswalk.sources.map((s) => [s.sourceId, s.leftCents]));
        const after = (cents: number) => cents - discountCents(cents, e.discount);
        for (const l of scope.sizing.lines) {
          const code = l.reason?.code;
          if (code !== 'budget' && code !== 'sources') continue;
          const item = prep.items.find((it) => it.line.id === l.lineId);
          if (!item) continue;
          // What the step adds after the discount (a fixed discount is taken once, on the total).
          const subtotal = scope.sizing.funded.subtotalCents;
          const step = after(subtotal + (l.reason?.needCents ?? 0)) - after(subtotal);
          // Money that may pay for all of the line wherever it reaches, in every month it falls in.
          const reach = campusesAt(item, item.northStar.groups);
          const payers = e.budget.fundingSources.filter((s) =>
            scope.schedule.placements
              .filter((p) => p.lineId === l.lineId)
              .every((p) => mayPay(e, s, l.lineId, p.date.slice(0, 7), reach)),
          );
          const room = Math.min(
            scope.sizing.remainingCents,
            payers.reduce((sum, s) => sum + Math.max(0, left.get(s.id) ?? 0), 0),
          );
          if (payers.length > 0 && l.status === 'trimmed') expect(step).toBeGreaterThan(room);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never funds less of an essential line with a larger source', () => {
    fc.assert(
      fc.property(
        arbitraryDistrict(),
        fc.nat({ max: 3 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (e, k, more) => {
          const sources = e.budget.fundingSources;
          const grown: Engagement = {
            ...e,
            budget: {
              ...e.budget,
              amountCents: e.budget.amountCents + more,
              fundingSources: sources.map((s, j) =>
                j === k % sources.length ? { ...s, amountCents: s.amountCents + more } : s,
              ),
            },
          };
          const before = scopeEngagement(e).sizing;
          const afterScope = scopeEngagement(grown).sizing;
          const essentials = (s: typeof before) =>
            s.lines
              .filter((l) => l.priority === 'essential')
              .reduce((sum, l) => sum + l.fundedGroups * l.fundedCount, 0);
          expect(essentials(afterScope)).toBeGreaterThanOrEqual(essentials(before));
        },
      ),
      { numRuns: 100 },
    );
  });
});
