import fc from 'fast-check';
import { EngagementSchema, ServiceCategorySchema, type Engagement } from '../../../src/shared/domain';
import { arbitraryEngagement, type ArbitraryOptions } from './arbitraries';
import { fundingSource } from './build';

/**
 * Whole districts for the money invariants: a random engagement (lines, campuses, phases,
 * blackouts, floors, cadences, ties) with one to four funding sources, each with an amount, a
 * window (money available from, spent by, invoiced by, anywhere in or around the engagement) and
 * restrictions (service categories, campuses), as districts enter them.
 */

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const sourceShape = fc.record({
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  from: fc.option(fc.double({ min: -0.2, max: 0.8, noNaN: true }), { nil: null, freq: 3 }),
  ends: fc.option(fc.double({ min: 0.1, max: 1.3, noNaN: true }), { nil: null, freq: 2 }),
  invoiceEarlier: fc.option(fc.double({ min: 0, max: 0.3, noNaN: true }), { nil: null, freq: 2 }),
  categories: fc.option(fc.subarray([...ServiceCategorySchema.options], { minLength: 1 }), {
    nil: null,
    freq: 2,
  }),
  campuses: fc.option(fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 4 }), { nil: null, freq: 2 }),
});

export function arbitraryDistrict(options: ArbitraryOptions = {}): fc.Arbitrary<Engagement> {
  return fc
    .tuple(arbitraryEngagement(options), fc.array(sourceShape, { minLength: 1, maxLength: 4 }))
    .map(([e, shapes]) => {
      const start = Date.parse(e.timeline.start);
      const span = Date.parse(e.timeline.end) - start;
      const at = (share: number) => iso(start + Math.round((share * span) / DAY) * DAY);
      const campusIds = e.client.campuses.map((c) => c.id);
      const weight = shapes.reduce((s, x) => s + x.share, 0) || 1;
      const sources = shapes.map((shape, k) => {
        const endDate = shape.ends === null ? null : at(shape.ends);
        const invoiceBy =
          endDate === null || shape.invoiceEarlier === null
            ? null
            : at((shape.ends ?? 1) - shape.invoiceEarlier);
        const campuses =
          shape.campuses === null || campusIds.length === 0
            ? []
            : [...new Set(shape.campuses.map((c) => campusIds[c % campusIds.length] ?? ''))];
        return fundingSource(`Source ${String(k + 1)}`, {
          amountCents: Math.round((e.budget.amountCents * shape.share) / weight),
          availableFrom: shape.from === null ? null : at(shape.from),
          endDate,
          invoiceBy,
          restrict: { serviceCategories: shape.categories ?? [], campusIds: campuses },
        });
      });
      return { ...e, budget: { ...e.budget, fundingSources: sources } };
    })
    .filter((e) => EngagementSchema.safeParse(e).success);
}
