import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRateCard, type Engagement } from '../../../src/shared/domain';
import { blockFeeCents, costEngagement, discountCents, fiscalYearOf } from '../../../src/shared/scoping';
import { engagement, line, uid } from './build';
import { arbitraryEngagement } from './arbitraries';

const senior = defaultRateCard.roles.find((r) => r.id === 'senior-consultant');
if (!senior) throw new Error('the default rate card lost its senior consultant');

function atLevel(
  level: 'facilitate' | 'collaborate' | 'coach',
  lines = [line('s', 'face-to-face-session', { count: 2, participantsPerGroup: 30 })],
): Engagement {
  return engagement((e) => ({ lines, supportLevel: { ...e.supportLevel, chosen: level } }));
}

describe('blockFeeCents', () => {
  it('bills whole days, then the cheaper of hourly and a half or full day for the rest', () => {
    // 9 hours: a $3,600 day plus 3 hours at $450 ($1,350), cheaper than a $2,000 half day.
    expect(blockFeeCents(36, senior, defaultRateCard)).toBe(360_000 + 135_000);
    // 5 hours: hourly $2,250 is cheaper than a full day.
    expect(blockFeeCents(20, senior, defaultRateCard)).toBe(225_000);
    // 2.75 hours of a half-day slot: hourly $1,237.50.
    expect(blockFeeCents(11, senior, defaultRateCard)).toBe(123_750);
    expect(blockFeeCents(0, senior, defaultRateCard)).toBe(0);
  });
});

describe('costEngagement', () => {
  it('prices a face-to-face session at facilitate: fees, a trip per session day, and materials', () => {
    // Session days fall on PD days weeks apart, so each is a facilitator's trip of its own until
    // the schedule shows two in one week.
    const line0 = costEngagement(atLevel('facilitate')).lines[0];
    expect(line0).toMatchObject({
      units: 2,
      consultantHours: 18,
      feesCents: 990_000,
      trips: 2,
      travelCents: 230_000,
      materialsCents: 135_000,
      licensesCents: 0,
      subtotalCents: 1_355_000,
      plans: 'consultant',
      leads: 'consultant',
      quantityText: '2 session days × 1 cohort',
    });
  });

  it('costs less as the support level hands the work to the district', () => {
    const collaborate = costEngagement(atLevel('collaborate')).lines[0];
    expect(collaborate).toMatchObject({
      consultantHours: 10,
      feesCents: 450_000,
      travelCents: 230_000,
      subtotalCents: 815_000,
    });
    expect(collaborate?.plans).toBe('joint');
    // At coach the district leads: the consultant coaches the planners remotely, so no trip.
    const coach = costEngagement(atLevel('coach')).lines[0];
    expect(coach).toMatchObject({
      consultantHours: 3,
      feesCents: 135_000,
      travelCents: 0,
      subtotalCents: 270_000,
    });
    expect(coach?.leads).toBe('district');
  });

  it('prices virtual work at the virtual rate and on-demand modules per seat', () => {
    const costing = costEngagement(
      atLevel('facilitate', [
        line('v', 'coaching-cycle', { count: 3, groups: 4, deliveryMode: 'virtual' }),
        line('o', 'on-demand-module', { count: 3, groups: 20 }),
      ]),
    );
    expect(costing.lines[0]).toMatchObject({ units: 12, feesCents: 900_000, travelCents: 0 });
    expect(costing.lines[1]).toMatchObject({ units: 60, feesCents: 0, licensesCents: 210_000 });
  });

  it('applies a percentage discount and spreads it over the lines to the cent', () => {
    const base = atLevel('facilitate', [
      line('a', 'face-to-face-session', { count: 3 }),
      line('b', 'coaching-cycle', { count: 3, groups: 7 }),
      line('c', 'pdca-data-review', { count: 1 }),
    ]);
    const costing = costEngagement({ ...base, discount: { kind: 'percent', basisPoints: 1250, label: '' } });
    expect(costing.discountCents).toBe(Math.floor((costing.subtotalCents * 1250) / 10_000));
    expect(costing.discountLabel).toBe('Discount (12.5%)');
    expect(costing.lines.reduce((s, l) => s + l.discountCents, 0)).toBe(costing.discountCents);
    expect(costing.totalCents).toBe(costing.subtotalCents - costing.discountCents);
  });

  it('never discounts more than the subtotal', () => {
    expect(discountCents(50_000, { kind: 'amount', cents: 80_000, label: '' })).toBe(50_000);
    expect(discountCents(50_000, { kind: 'none' })).toBe(0);
  });

  it('subtotals by phase and by fiscal year', () => {
    const fall = { id: uid('fall'), name: 'Fall', start: '2025-08-01', end: '2025-12-31' };
    const spring = { id: uid('spring'), name: 'Spring', start: '2026-01-01', end: '2026-06-30' };
    const e = engagement((x) => ({
      timeline: { ...x.timeline, phases: [fall, spring] },
      lines: [
        line('a', 'face-to-face-session', { phaseId: fall.id }),
        line('b', 'pdca-data-review', { phaseId: spring.id }),
        line('c', 'leadership-coaching-call'),
      ],
    }));
    const costing = costEngagement(e, {
      monthlyUnits: new Map([
        [
          uid('c'),
          [
            { month: '2025-09', units: 1 },
            { month: '2026-07', units: 1 },
          ],
        ],
      ]),
    });
    expect(costing.byPhase.map((p) => p.label)).toEqual(['Fall', 'Spring', 'Unphased']);
    expect(costing.byPhase.reduce((s, p) => s + p.totalCents, 0)).toBe(costing.totalCents);
    expect(costing.byFiscalYear.map((f) => f.label)).toEqual(['FY2026', 'FY2027']);
    const c = costing.lines.find((l) => l.lineId === uid('c'));
    expect(costing.byFiscalYear[1]?.totalCents).toBe(Math.floor((c?.totalCents ?? 0) / 2));
  });

  it('accounts for every cent: parts make the line, lines make the total, in every view', () => {
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const costing = costEngagement(e);
        for (const l of costing.lines) {
          expect(l.feesCents + l.travelCents + l.materialsCents + l.licensesCents).toBe(l.subtotalCents);
          expect(l.subtotalCents - l.discountCents).toBe(l.totalCents);
          expect(Number.isInteger(l.totalCents)).toBe(true);
        }
        const sum = (xs: { totalCents: number }[]) => xs.reduce((s, x) => s + x.totalCents, 0);
        expect(sum(costing.lines)).toBe(costing.totalCents);
        expect(sum(costing.byPhase)).toBe(costing.totalCents);
        expect(sum(costing.byFiscalYear)).toBe(costing.totalCents);
        expect(costing.feesCents + costing.travelCents + costing.materialsCents + costing.licensesCents).toBe(
          costing.subtotalCents,
        );
        expect(costing.subtotalCents - costing.discountCents).toBe(costing.totalCents);
        expect(costing.totalCents).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('fiscalYearOf', () => {
  it('names the fiscal year by the year it ends in', () => {
    expect(fiscalYearOf('2025-09', 7)).toBe('FY2026');
    expect(fiscalYearOf('2025-06', 7)).toBe('FY2025');
    expect(fiscalYearOf('2025-07', 7)).toBe('FY2026');
    expect(fiscalYearOf('2025-12', 1)).toBe('FY2025');
    expect(fiscalYearOf('2025-10', 10)).toBe('FY2026');
  });
});
