import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngagementSchema, type Engagement } from '../../../src/shared/domain';
import { scopeEngagement } from '../../../src/shared/scoping';
import { arbitraryDistrict } from './districts';
import { expectEveryCentPaid, expectNoStrandedMoney } from './money-invariants';

/**
 * The rules every district's plan obeys, whatever its sources: nothing paid by a source that may
 * not pay for it, nothing left unpaid, no money stranded while work it may pay for waits, and
 * more money never funding less of an essential line. Checked over generated districts.
 */

describe('money invariants over generated districts', () => {
  it('pays every funded cent from a source that may pay for it, in its window, within what it holds', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), (e) => expectEveryCentPaid(e, scopeEngagement(e))),
      { numRuns: 150 },
    );
  });

  it('leaves no source holding money a waiting step it may pay for would fit', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), (e) => expectNoStrandedMoney(e, scopeEngagement(e))),
      { numRuns: 150 },
    );
  });

  /** Each essential line's funded units, by id. */
  const essentials = (e: Engagement) =>
    new Map(
      scopeEngagement(e)
        .sizing.lines.filter((l) => l.priority === 'essential')
        .map((l) => [l.lineId, l.fundedGroups * l.fundedCount]),
    );
  const expectNoLess = (before: Engagement, after: Engagement) => {
    const was = essentials(before);
    const now = essentials(after);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(now)).toBeGreaterThanOrEqual(total(was));
    for (const [id, units] of was) expect(now.get(id) ?? 0).toBeGreaterThanOrEqual(units);
  };

  it('never funds less essential work with more budget and a larger source', () => {
    fc.assert(
      fc.property(
        arbitraryDistrict(),
        fc.nat({ max: 3 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (e, k, more) => {
          const sources = e.budget.fundingSources;
          expectNoLess(e, {
            ...e,
            budget: {
              ...e.budget,
              amountCents: e.budget.amountCents + more,
              fundingSources: sources.map((s, j) =>
                j === k % sources.length ? { ...s, amountCents: s.amountCents + more } : s,
              ),
            },
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never funds less essential work when a source’s window is longer', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), fc.nat({ max: 3 }), (e, k) => {
        const sources = e.budget.fundingSources;
        expectNoLess(e, {
          ...e,
          budget: {
            ...e.budget,
            fundingSources: sources.map((s, j) =>
              j === k % sources.length ? { ...s, availableFrom: null, endDate: null, invoiceBy: null } : s,
            ),
          },
        });
      }),
      { numRuns: 100 },
    );
  });

  it('never funds less essential work with more visit days a month', () => {
    fc.assert(
      fc.property(arbitraryDistrict(), fc.integer({ min: 1, max: 8 }), (e, more) => {
        expectNoLess(e, {
          ...e,
          timeline: { ...e.timeline, visitDaysPerMonth: e.timeline.visitDaysPerMonth + more },
        });
      }),
      { numRuns: 100 },
    );
  });

  it('funds no less in all when a line’s floors are lower', () => {
    // Lines may trade places: a lower floor lets a line in at its floor beside the others, before
    // any grows, so it or another essential may get less than it had; the money spent may not.
    fc.assert(
      fc.property(arbitraryDistrict(), fc.nat({ max: 19 }), (e, k) => {
        const target = e.lines[k % e.lines.length];
        if (!target) return;
        const lowered = {
          ...e,
          lines: e.lines.map((l) =>
            l === target ? { ...l, quantity: { ...l.quantity, minGroups: 1, minCount: 1 } } : l,
          ),
        };
        const before = scopeEngagement(e).sizing;
        const after = scopeEngagement(lowered).sizing;
        expect(after.funded.totalCents).toBeGreaterThanOrEqual(before.funded.totalCents);
      }),
      { numRuns: 100 },
    );
  });
});

describe('counterexamples the generated districts found', () => {
  const load = (name: string) =>
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'counterexamples', name), 'utf8'),
    ) as {
      engagement: unknown;
      lowered?: number;
    };

  it('seed 150481392: an essential that needs a line no source with money may pay for waits, and no money it could use is left', () => {
    const e = EngagementSchema.parse(load('dependency-bundle-150481392.json').engagement);
    const scope = scopeEngagement(e);
    expectEveryCentPaid(e, scope);
    expectNoStrandedMoney(e, scope);
    const visit = scope.sizing.lines.find((l) => l.serviceId === 'implementation-support-visit');
    expect(visit?.status).toBe('deferred');
    expect(visit?.reason?.sentence).toMatch(/^Waits for “One-on-one coaching cycle”, which it needs/);
  });

  // Known: a training line whose next dosage step needs a date it does not have stops there,
  // and does not grow in coverage instead (2 cohorts on its one date), so $2,025 is left.
  it.fails('seed 4234331: a lower floor funds no less in all', () => {
    const { engagement, lowered } = load('floor-ladder-4234331.json');
    const e = EngagementSchema.parse(engagement);
    const target = e.lines[lowered ?? 0];
    const low = {
      ...e,
      lines: e.lines.map((l) =>
        l === target ? { ...l, quantity: { ...l.quantity, minGroups: 1, minCount: 1 } } : l,
      ),
    };
    expect(scopeEngagement(low).sizing.funded.totalCents).toBeGreaterThanOrEqual(
      scopeEngagement(e).sizing.funded.totalCents,
    );
  });
});
