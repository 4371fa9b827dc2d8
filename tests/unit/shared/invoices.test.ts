import { describe, expect, it } from 'vitest';
import type { Engagement, FundingSource, InvoicingMethod } from '../../../src/shared/domain';
import {
  addDays,
  buildCrosswalk,
  buildInvoiceSchedule,
  dayLabel,
  scopeEngagement,
} from '../../../src/shared/scoping';
import { engagement, fundingSource as source, line, uid } from './build';

const phases = [
  { id: uid('fall'), name: 'Fall', start: '2025-08-01', end: '2025-12-19' },
  { id: uid('spring'), name: 'Spring', start: '2026-01-05', end: '2026-06-30' },
];

function planned(method: InvoicingMethod, sources: FundingSource[], netDays = 30): Engagement {
  return engagement((base) => ({
    lines: [
      line('institute', 'facilitator-development', { count: 2, phaseId: uid('fall') }),
      line('coaching', 'coaching-cycle', { count: 2, groups: 6, deliveryMode: 'virtual' }),
      line('reviews', 'pdca-data-review', { count: 3, groups: 2 }),
    ],
    timeline: { ...base.timeline, phases },
    budget: { amountCents: 100_000_000, fundingSources: sources },
    scopeOfWork: {
      ...base.scopeOfWork,
      invoicing: {
        method,
        netDays,
        milestones: [
          { id: uid('m1'), name: 'Institute and fall coaching', date: '2025-11-14' },
          { id: uid('m2'), name: 'Spring reviews', date: '2026-04-30' },
        ],
      },
    },
  }));
}

function scheduleOf(e: Engagement) {
  const scope = scopeEngagement(e);
  const crosswalk = buildCrosswalk(e, scope);
  return { scope, crosswalk, invoices: buildInvoiceSchedule(e, crosswalk) };
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

describe('the invoice schedule', () => {
  for (const method of ['monthly_arrears', 'by_phase', 'by_milestone'] as const) {
    it(`${method}: adds up to the funded total, each invoice naming its source, due after the net terms`, () => {
      const e = planned(method, [
        source('State grant', { amountCents: 1_000_000, endDate: '2025-12-31' }),
        source('Title II', { amountCents: 90_000_000, endDate: '2026-09-30' }),
      ]);
      const { scope, invoices } = scheduleOf(e);
      expect(invoices.totalCents).toBe(scope.costing.totalCents);
      expect(sum(invoices.invoices.map((i) => i.cents))).toBe(scope.costing.totalCents);
      expect(invoices.invoices.map((i) => i.number)).toEqual(invoices.invoices.map((_, k) => k + 1));
      for (const inv of invoices.invoices) {
        expect(['State grant', 'Title II']).toContain(inv.sourceName);
        expect(inv.dueDate).toBe(addDays(inv.date, 30));
        if (inv.sourceName === 'State grant') expect(inv.date <= '2025-12-31').toBe(true);
        expect(inv.date <= e.timeline.end).toBe(true);
      }
      expect(invoices.bySource.find((s) => s.name === 'State grant')?.cents).toBe(1_000_000);
    });
  }

  it('monthly in arrears bills each month’s work at the month’s end', () => {
    const { crosswalk, invoices } = scheduleOf(
      planned('monthly_arrears', [source('Any', { amountCents: 100_000_000 })], 45),
    );
    const months = [...new Set(crosswalk.entries.map((e) => e.month))];
    expect(invoices.invoices).toHaveLength(months.length);
    const october = invoices.invoices.find((i) => i.months.includes('2025-10'));
    expect(october?.date).toBe('2025-10-31');
    expect(october?.dueDate).toBe('2025-12-15');
  });

  it('by phase, dates an invoice on its source’s deadline when the phase ends later, and says so', () => {
    const { invoices } = scheduleOf(
      planned('by_phase', [
        source('Title I', { amountCents: 100_000_000, endDate: '2026-05-29' }),
        // Work in June needs money that lasts: without it, sizing would leave June's work waiting.
        source('General fund', { amountCents: 100_000_000 }),
      ]),
    );
    const spring = invoices.invoices.find((i) => i.period === 'Spring' && i.sourceName === 'Title I');
    expect(spring?.date).toBe('2026-05-29');
    expect(spring?.note).toContain('deadline');
    expect(invoices.issues.some((i) => i.severity === 'notice' && i.invoiceNumber === spring?.number)).toBe(
      true,
    );
  });

  it('warns, with the fix, when work put on a source by hand is billed after its deadline', () => {
    const base = planned('monthly_arrears', [
      source('Early', { amountCents: 100_000_000, endDate: '2025-10-31' }),
      source('Late', { amountCents: 100_000_000 }),
    ]);
    const e: Engagement = {
      ...base,
      scopeOfWork: {
        ...base.scopeOfWork,
        crosswalk: [{ id: uid('hand'), lineId: uid('reviews'), sourceId: uid('Early'), amountCents: null }],
      },
    };
    const { invoices } = scheduleOf(e);
    const late = invoices.invoices.filter((i) => i.sourceName === 'Early' && i.date > '2025-10-31');
    expect(late.length).toBeGreaterThan(0);
    const warning = invoices.issues.find((i) => i.severity === 'warning');
    expect(warning?.message).toContain('after Early must be invoiced');
    expect(warning?.fix).toContain('another source');
  });
});

describe('dates in sentences', () => {
  it('read as people write them', () => {
    expect(dayLabel('2026-09-30')).toBe('Sep 30, 2026');
    expect(dayLabel('2025-01-05')).toBe('Jan 5, 2025');
  });
});
