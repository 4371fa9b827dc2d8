import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceCategorySchema, type Engagement } from '../../../src/shared/domain';
import { buildCrosswalk, scopeEngagement, sourceLastMonth } from '../../../src/shared/scoping';
import { arbitraryEngagement } from './arbitraries';
import { engagement, fundingSource as source, line, uid } from './build';

function crosswalkOf(e: Engagement) {
  const scope = scopeEngagement(e);
  return { scope, crosswalk: buildCrosswalk(e, scope) };
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

describe('the funding crosswalk', () => {
  const lines = [
    line('institute', 'facilitator-development', { count: 2, groups: 1 }),
    line('coaching', 'coaching-cycle', { count: 2, groups: 6, deliveryMode: 'virtual' }),
    line('reviews', 'pdca-data-review', { count: 3, groups: 2 }),
    line('report', 'impact-evaluation', { count: 2, groups: 1 }),
  ];

  it('spends the money that ends first on the work it may pay for, and the rest from the others', () => {
    const e = engagement(() => ({
      lines,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('Title II', { amountCents: 60_000_000, endDate: '2026-09-30' }),
          source('Foundation', {
            amountCents: 1_000_000,
            endDate: '2026-06-30',
            restrict: { serviceCategories: ['coaching', 'capacity_building'], campusIds: [] },
          }),
        ],
      },
    }));
    const { scope, crosswalk } = crosswalkOf(e);
    const foundation = crosswalk.sources.find((s) => s.name === 'Foundation');
    expect(foundation?.allocatedCents).toBe(1_000_000);
    const paid = crosswalk.entries.filter((x) => x.sourceId === uid('Foundation'));
    for (const entry of paid) expect([uid('institute'), uid('coaching')]).toContain(entry.lineId);
    expect(crosswalk.unassignedCents).toBe(0);
    expect(sum(crosswalk.entries.map((x) => x.cents))).toBe(scope.costing.totalCents);
    for (const l of crosswalk.lines) expect(sum(Object.values(l.bySource))).toBe(l.totalCents);
  });

  it('leaves restricted work to the restricted source when the flexible money ends first', () => {
    const coachingOnly = engagement(() => ({
      lines: lines.slice(0, 3),
      budget: { amountCents: 100_000_000, fundingSources: [] },
    }));
    const { scope } = crosswalkOf(coachingOnly);
    const coaching = scope.costing.lines.find((l) => l.lineId === uid('coaching'))?.totalCents ?? 0;
    const rest = scope.costing.totalCents - coaching;
    const e = engagement(() => ({
      lines: lines.slice(0, 3),
      budget: {
        amountCents: scope.costing.totalCents,
        fundingSources: [
          source('Flexible, ends first', { amountCents: rest, endDate: '2026-06-30' }),
          source('Coaching grant', {
            amountCents: coaching,
            endDate: '2026-09-30',
            restrict: { serviceCategories: ['coaching'], campusIds: [] },
          }),
        ],
      },
    }));
    const { crosswalk } = crosswalkOf(e);
    // Spending the flexible money on coaching first would leave the rest with nobody to pay it.
    expect(coaching).toBeGreaterThan(0);
    expect(crosswalk.unassignedCents).toBe(0);
    expect(crosswalk.lines.find((l) => l.lineId === uid('coaching'))?.bySource[uid('Coaching grant')]).toBe(
      coaching,
    );
  });

  it('sizes no work a source may not pay for: work after every deadline waits, and says whose deadline', () => {
    const e = engagement(() => ({
      lines,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('Early grant', { amountCents: 100_000_000, endDate: '2026-06-30', invoiceBy: '2025-12-15' }),
        ],
      },
    }));
    const { scope, crosswalk } = crosswalkOf(e);
    expect(crosswalk.unassignedCents).toBe(0);
    for (const entry of crosswalk.entries) expect(entry.month <= '2025-12').toBe(true);
    const waiting = scope.sizing.lines.filter((l) => l.reason?.code === 'no_source');
    expect(waiting.length).toBeGreaterThan(0);
    for (const l of waiting) {
      expect(l.fundedGroups).toBe(0);
      expect(l.reason?.sentence).toContain(
        'No funding source may pay for all of it: Early grant pays only for work delivered by December 15, 2025.',
      );
    }
  });

  it('sizes no work outside a source’s campuses: work tied to no campus waits, and says so', () => {
    const campus = { id: uid('campus-a'), name: 'Ash Grove', gradeBand: '', teachers: 10 };
    const e = engagement((base) => ({
      client: { ...base.client, campuses: [campus] },
      lines,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('Title I', {
            amountCents: 50_000_000,
            restrict: { serviceCategories: [], campusIds: [campus.id] },
          }),
        ],
      },
    }));
    const { scope, crosswalk } = crosswalkOf(e);
    expect(scope.sizing.funded.totalCents).toBe(0);
    expect(crosswalk.unassignedCents).toBe(0);
    expect(scope.sizing.lines[0]?.reason?.sentence).toBe(
      'No funding source may pay for it (it is not tied to campuses): Title I pays only for work at Ash Grove. It waits for a source that may pay for it.',
    );
  });

  // Lines kept funded by hand are funded whatever the sources say: the crosswalk explains the rest.
  const pinned = lines.map((l) => ({ ...l, pin: 'funded' as const }));

  it('never pays for work delivered after a source’s spend-by or invoice-by month, and says what is left and why', () => {
    const e = engagement(() => ({
      lines: pinned,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('Early grant', { amountCents: 100_000_000, endDate: '2026-06-30', invoiceBy: '2025-12-15' }),
        ],
      },
    }));
    const { crosswalk } = crosswalkOf(e);
    const late = crosswalk.entries.filter((x) => x.month > '2025-12');
    expect(late.length).toBeGreaterThan(0);
    for (const entry of late) expect(entry.sourceId).toBeNull();
    const issue = crosswalk.issues.find((i) => i.code === 'work_after_deadlines');
    expect(issue?.cents).toBe(crosswalk.unassignedCents);
    expect(issue?.fix).toContain('Dec 2025');
  });

  it('keeps campus-restricted money for work tied to those campuses only', () => {
    const campus = { id: uid('campus-a'), name: 'Ash Grove', gradeBand: '', teachers: 10 };
    const e = engagement((base) => ({
      client: { ...base.client, campuses: [campus] },
      lines: pinned,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('Title I', {
            amountCents: 50_000_000,
            restrict: { serviceCategories: [], campusIds: [campus.id] },
          }),
        ],
      },
    }));
    const { crosswalk } = crosswalkOf(e);
    // No line says which campuses it serves, so none is campus work.
    expect(crosswalk.sources[0]?.allocatedCents).toBe(0);
    expect(crosswalk.issues.map((i) => i.code)).toContain('work_outside_restrictions');
  });

  it('puts work on a source by hand first, and warns when that breaks the source’s rules', () => {
    const e = engagement((base) => ({
      lines,
      budget: {
        amountCents: 100_000_000,
        fundingSources: [
          source('General fund', { amountCents: 60_000_000 }),
          source('PD grant', {
            amountCents: 60_000_000,
            restrict: { serviceCategories: ['coaching'], campusIds: [] },
          }),
        ],
      },
      scopeOfWork: {
        ...base.scopeOfWork,
        crosswalk: [
          { id: uid('by-hand'), lineId: uid('report'), sourceId: uid('PD grant'), amountCents: null },
        ],
      },
    }));
    const { scope, crosswalk } = crosswalkOf(e);
    const report = scope.costing.lines.find((l) => l.lineId === uid('report'));
    expect(crosswalk.lines.find((l) => l.lineId === uid('report'))?.bySource[uid('PD grant')]).toBe(
      report?.totalCents,
    );
    expect(crosswalk.issues.map((i) => i.code)).toContain('manual_outside_restriction');
  });

  it('with no sources, everything is the district’s budget and nothing warns', () => {
    const { scope, crosswalk } = crosswalkOf(engagement(() => ({ lines })));
    expect(crosswalk.hasSources).toBe(false);
    expect(crosswalk.unassignedCents).toBe(scope.costing.totalCents);
    expect(crosswalk.issues).toEqual([]);
  });

  it('adds up and respects every source’s dates, restrictions and amount, for any plan', () => {
    const categories = ServiceCategorySchema.options;
    const withSources = arbitraryEngagement().chain((e) =>
      fc
        .array(
          fc.record({
            amount: fc.integer({ min: 0, max: 5_000_000 }),
            ends: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
            kinds: fc.subarray([...categories]),
          }),
          { maxLength: 4 },
        )
        .map((specs): Engagement => ({
          ...e,
          budget: {
            ...e.budget,
            fundingSources: specs.map((s, i) =>
              source(`s${i}`, {
                amountCents: s.amount,
                endDate:
                  s.ends === null ? null : new Date(Date.UTC(2025, 7 + s.ends, 0)).toISOString().slice(0, 10),
                restrict: { serviceCategories: s.kinds, campusIds: [] },
              }),
            ),
          },
        })),
    );
    fc.assert(
      fc.property(withSources, (e) => {
        const { scope, crosswalk } = crosswalkOf(e);
        expect(sum(crosswalk.entries.map((x) => x.cents))).toBe(scope.costing.totalCents);
        const categoryOf = new Map(
          e.lines.map((l) => [l.id, e.catalog.find((s) => s.id === l.serviceId)?.category]),
        );
        for (const s of e.budget.fundingSources) {
          const paid = crosswalk.entries.filter((x) => x.sourceId === s.id);
          expect(sum(paid.map((x) => x.cents))).toBeLessThanOrEqual(s.amountCents);
          const last = sourceLastMonth(s);
          for (const x of paid) {
            if (last !== null) expect(x.month <= last).toBe(true);
            const kinds = s.restrict.serviceCategories;
            if (kinds.length > 0) expect(kinds).toContain(categoryOf.get(x.lineId));
          }
        }
        const unpaid = crosswalk.issues
          .filter((i) => i.severity === 'warning')
          .reduce((t, i) => t + i.cents, 0);
        expect(unpaid).toBe(crosswalk.hasSources ? crosswalk.unassignedCents : 0);
      }),
      { numRuns: 80 },
    );
  });
});

describe('cuts fall where the money is', () => {
  const lines = [
    line('sessions', 'face-to-face-session', { count: 3, groups: 4, minGroups: 1 }),
    line('planning', 'collaborative-planning', { count: 6, groups: 2, minGroups: 1 }),
    line('coaching', 'coaching-cycle', {
      count: 3,
      groups: 10,
      deliveryMode: 'virtual',
      minGroups: 2,
      minCount: 1,
    }),
  ];
  const withGeneralFund = (cents: number) =>
    engagement((base) => ({
      lines,
      timeline: {
        ...base.timeline,
        pdDays: ['2025-09-26', '2025-11-04', '2026-02-13'].map((date) => ({ date, label: '' })),
      },
      budget: {
        amountCents: cents + 2_250_000,
        fundingSources: [
          source('General fund', { amountCents: cents }),
          // All the coaching costs: restricted work keeps its size while its money lasts.
          source('Coaching grant', {
            amountCents: 2_250_000,
            restrict: { serviceCategories: ['coaching'], campusIds: [] },
          }),
        ],
      },
    }));

  it('a smaller general fund cuts what it alone pays for; the coaching its grant pays keeps its size', () => {
    const before = scopeEngagement(withGeneralFund(6_000_000)).sizing;
    const after = scopeEngagement(withGeneralFund(2_500_000)).sizing;
    const size = (s: typeof before, key: string) => {
      const l = s.lines.find((x) => x.lineId === uid(key));
      return (l?.fundedGroups ?? 0) * (l?.fundedCount ?? 0);
    };
    expect(size(after, 'coaching')).toBe(size(before, 'coaching'));
    expect(size(after, 'coaching')).toBeGreaterThan(0);
    expect(size(after, 'sessions') + size(after, 'planning')).toBeLessThan(
      size(before, 'sessions') + size(before, 'planning'),
    );
    // Still nothing paid by a source that may not pay for it.
    const e = withGeneralFund(2_500_000);
    const crosswalk = buildCrosswalk(e, scopeEngagement(e));
    expect(crosswalk.unassignedCents).toBe(0);
    for (const entry of crosswalk.entries)
      if (entry.sourceId === uid('Coaching grant')) expect(entry.lineId).toBe(uid('coaching'));
  });
});
