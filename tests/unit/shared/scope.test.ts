import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopeEngagement } from '../../../src/shared/scoping';
import { arbitraryEngagement } from './arbitraries';
import { engagement, line } from './build';

describe('scopeEngagement', () => {
  it('returns advice, costing, sizing, schedule and checks as plain data', () => {
    const scope = scopeEngagement(
      engagement(() => ({ lines: [line('a', 'coaching-cycle', { count: 2, groups: 3 })] })),
    );
    expect(Object.keys(scope).sort()).toEqual(['advice', 'checks', 'costing', 'schedule', 'sizing']);
    expect(JSON.parse(JSON.stringify(scope))).toEqual(scope);
  });

  it('costs exactly the funded phase, to the cent, the same way every time', () => {
    fc.assert(
      fc.property(arbitraryEngagement({ pins: true }), (e) => {
        const scope = scopeEngagement(e);
        expect(scope.costing.totalCents).toBe(scope.sizing.funded.totalCents);
        expect(scope.costing.subtotalCents).toBe(scope.sizing.funded.subtotalCents);
        expect(scope.costing.lines.map((l) => [l.lineId, l.groups])).toEqual(
          scope.sizing.lines.filter((l) => l.fundedGroups > 0).map((l) => [l.lineId, l.fundedGroups]),
        );
        expect(scopeEngagement(structuredClone(e))).toEqual(scope);
      }),
      { numRuns: 100 },
    );
  });

  it('sizes to a what-if budget without touching the engagement', () => {
    const e = engagement(() => ({
      lines: [line('a', 'coaching-cycle', { count: 3, groups: 10, deliveryMode: 'virtual' })],
    }));
    const copy = structuredClone(e);
    const scope = scopeEngagement(e, { budgetCents: 4 * 225_000 });
    expect(scope.sizing.lines[0]?.fundedGroups).toBe(4);
    expect(e).toEqual(copy);
  });
});
