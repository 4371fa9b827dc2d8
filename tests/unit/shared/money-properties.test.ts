import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../src/shared/domain';
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
