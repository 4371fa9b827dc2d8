import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement, PlanLine } from '../../../src/shared/domain';
import {
  buildCalendar,
  buildSchedule,
  monthsBetween,
  scopeEngagement,
  sizeEngagement,
  type Schedule,
} from '../../../src/shared/scoping';
import { arbitraryEngagement } from './arbitraries';
import { engagement, line, uid } from './build';

function scheduleOf(
  lines: PlanLine[],
  patch: (e: Engagement) => Partial<Engagement> = () => ({}),
): { e: Engagement; schedule: Schedule } {
  const e = engagement((x) => ({
    lines,
    budget: { ...x.budget, amountCents: 100_000_000 },
    supportLevel: { ...x.supportLevel, chosen: 'facilitate' },
    ...patch(x),
  }));
  return { e, schedule: buildSchedule(e, sizeEngagement(e)) };
}

const datesOf = (s: Schedule, key: string) =>
  s.placements.filter((p) => p.lineId === uid(key)).map((p) => p.date);

describe('buildCalendar', () => {
  it('counts weekdays outside blackouts, PD days and visit capacity per month', () => {
    const e = engagement((x) => ({
      timeline: {
        ...x.timeline,
        start: '2025-12-01',
        end: '2026-01-31',
        visitDaysPerMonth: 30,
        blackouts: [
          {
            id: uid('w'),
            label: 'Winter break',
            start: '2025-12-22',
            end: '2026-01-02',
            scope: 'all',
            assessment: false,
          },
        ],
        pdDays: [
          { date: '2026-01-05', label: '' },
          { date: '2025-12-23', label: 'lost to the break' },
        ],
      },
    }));
    const calendar = buildCalendar(e.timeline, 7);
    expect(calendar.months.map((m) => [m.month, m.workdays, m.blackoutDays])).toEqual([
      ['2025-12', 15, 8],
      ['2026-01', 20, 2],
    ]);
    expect(calendar.months[1]?.pdDays).toEqual(['2026-01-05']);
    expect(calendar.unusablePdDays).toEqual(['2025-12-23']);
    expect(calendar.visitCapacity).toBe(35);
  });

  it('lists months across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('buildSchedule', () => {
  it('places one month per month of the window, with fiscal years', () => {
    const { schedule } = scheduleOf([line('a', 'leadership-coaching-call', { count: 4 })]);
    expect(schedule.months.map((m) => m.month)).toEqual(monthsBetween('2025-08', '2026-06'));
    expect(schedule.months[0]?.fiscalYear).toBe('FY2026');
  });

  it('puts a needs assessment first, and what depends on it after its last day', () => {
    const { schedule } = scheduleOf([
      line('assess', 'needs-assessment', { count: 1, groups: 3 }),
      line('visits', 'implementation-support-visit', { count: 3, dependsOn: [uid('assess')] }),
    ]);
    expect(datesOf(schedule, 'assess')).toEqual(['2025-08-04', '2025-08-05', '2025-08-06']);
    expect((datesOf(schedule, 'visits')[0] ?? '') > '2025-08-06').toBe(true);
  });

  it('places face-to-face sessions on PD days after their prerequisites, spread across the window', () => {
    const { schedule } = scheduleOf(
      [
        line('assess', 'needs-assessment', { count: 1 }),
        line('inst', 'face-to-face-session', { count: 2, groups: 2, dependsOn: [uid('assess')] }),
      ],
      (x) => ({
        timeline: {
          ...x.timeline,
          pdDays: ['2025-08-01', '2025-10-10', '2026-01-05', '2026-03-13'].map((date) => ({
            date,
            label: '',
          })),
        },
      }),
    );
    const days = schedule.placements.filter((p) => p.lineId === uid('inst'));
    expect(days.map((d) => d.date)).toEqual(['2025-10-10', '2026-03-13']);
    expect(days.every((d) => d.pdDay && d.groups === 2)).toBe(true);
    expect(schedule.unplaced).toEqual([]);
  });

  it('never puts more consultant-led cohorts on one day than the consultancy can staff', () => {
    const { schedule } = scheduleOf(
      [line('sessions', 'face-to-face-session', { count: 2, groups: 5 })],
      (x) => ({
        timeline: {
          ...x.timeline,
          facilitatorsPerDay: 2,
          pdDays: ['2025-09-26', '2025-10-13', '2026-01-05', '2026-02-16', '2026-04-10'].map((date) => ({
            date,
            label: '',
          })),
        },
      }),
    );
    const days = schedule.placements.filter((p) => p.lineId === uid('sessions'));
    expect(days.reduce((n, d) => n + d.groups, 0)).toBe(10);
    expect(Math.max(...days.map((d) => d.consultants))).toBeLessThanOrEqual(2);
    expect(schedule.travel.peak.consultants).toBeLessThanOrEqual(2);
  });

  it('keeps a multi-day institute on consecutive days of one week, and visits off staff-only days', () => {
    const { schedule } = scheduleOf(
      [
        line('institute', 'facilitator-development', { count: 3, groups: 1 }),
        line('visits', 'implementation-support-visit', {
          count: 1,
          groups: 2,
          dependsOn: [uid('institute')],
        }),
      ],
      (x) => ({
        timeline: {
          ...x.timeline,
          blackouts: [
            {
              id: uid('staff'),
              label: 'Staff only',
              start: '2025-08-01',
              end: '2025-08-15',
              scope: 'classroom',
              assessment: false,
            },
          ],
        },
      }),
    );
    expect(datesOf(schedule, 'institute')).toEqual(['2025-08-04', '2025-08-05', '2025-08-06']);
    for (const d of datesOf(schedule, 'visits')) expect(d > '2025-08-15').toBe(true);
  });

  it('places data reviews just after each assessment window', () => {
    const { schedule } = scheduleOf(
      [line('review', 'pdca-data-review', { count: 3, groups: 2, deliveryMode: 'virtual' })],
      (x) => ({
        timeline: {
          ...x.timeline,
          blackouts: [
            ['fall', '2025-09-22', '2025-10-03'],
            ['winter', '2026-01-12', '2026-01-23'],
            ['spring', '2026-04-20', '2026-05-08'],
          ].map(([k, start, end]) => ({
            id: uid(k ?? ''),
            label: `${k ?? ''} testing`,
            start: start ?? '',
            end: end ?? '',
            scope: 'all' as const,
            assessment: true,
          })),
        },
      }),
    );
    expect(datesOf(schedule, 'review')).toEqual(['2025-10-06', '2026-01-26', '2026-05-11']);
  });

  it('keeps blacked-out months empty and never exceeds the visit days a month', () => {
    const { schedule } = scheduleOf(
      [line('visits', 'implementation-support-visit', { count: 4, groups: 6 })],
      (x) => ({
        timeline: {
          ...x.timeline,
          visitDaysPerMonth: 4,
          blackouts: [
            {
              id: uid('dec'),
              label: 'December',
              start: '2025-12-01',
              end: '2025-12-31',
              scope: 'all',
              assessment: false,
            },
          ],
        },
      }),
    );
    const december = schedule.months.find((m) => m.month === '2025-12');
    expect(december?.entries).toEqual([]);
    for (const m of schedule.months) expect(m.visitDaysUsed).toBeLessThanOrEqual(m.visitCapacity);
    const placed = schedule.lines.find((l) => l.lineId === uid('visits'));
    expect(placed?.placedUnits).toBe(24);
  });

  it('shows PLAN-DO-CHECK-ACT cycles closed by the data reviews, each checking the work before it', () => {
    const { schedule } = scheduleOf([
      line('coach', 'coaching-cycle', { count: 6, groups: 2, deliveryMode: 'virtual' }),
      line('review', 'pdca-data-review', { count: 3 }),
    ]);
    expect(schedule.cycles).toHaveLength(3);
    const first = schedule.cycles[0];
    expect(first?.sentence).toMatch(/^Cycle 1: plan Aug 2025, do Aug 2025 to .*, check .*, act .*\.$/);
    for (const c of schedule.cycles) {
      const work = schedule.placements.filter(
        (p) => p.lineId === uid('coach') && p.date >= c.startDate && p.date < c.checkDate,
      );
      expect(work.length).toBeGreaterThan(0);
    }
    const checkMonth = schedule.months.find((m) => m.month === first?.checkMonth);
    expect(checkMonth?.cycleStages).toContain('check');
    const actMonth = schedule.months.find((m) => m.month === first?.actMonth);
    expect(actMonth?.cycleStages).toContain('act');
    expect(schedule.months[0]?.cycleStages).toEqual(['plan', 'do']);
  });

  it('has no cycles when nothing checks the results', () => {
    const { schedule } = scheduleOf([line('coach', 'coaching-cycle', { count: 4, deliveryMode: 'virtual' })]);
    expect(schedule.cycles).toEqual([]);
  });

  it('places every funded unit inside the budget’s window, on open days, after its prerequisites', () => {
    const FINISH_FIRST = new Set(['capacity_building', 'assessment']);
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const sizing = sizeEngagement(e);
        const schedule = buildSchedule(e, sizing);
        const categories = new Map(e.catalog.map((c) => [c.id, c]));
        const blocked = (date: string, classroom: boolean) =>
          e.timeline.blackouts.some(
            (b) => date >= b.start && date <= b.end && (b.scope === 'all' || classroom),
          );
        const byLine = new Map<string, string[]>();
        for (const p of schedule.placements) byLine.set(p.lineId, [...(byLine.get(p.lineId) ?? []), p.date]);
        for (const l of schedule.lines) {
          const source = e.lines.find((x) => x.id === l.lineId);
          const service = categories.get(source?.serviceId ?? '');
          expect(l.units).toBe((sizing.fundedCounts[l.lineId] ?? 0) * (sizing.fundedGroups[l.lineId] ?? 0));
          const units = (schedule.monthlyUnits[l.lineId] ?? []).reduce((s, m) => s + m.units, 0);
          expect(units).toBe(l.placedUnits);
          const classroom = service?.classroom === true && source?.deliveryMode === 'in_person';
          for (const d of byLine.get(l.lineId) ?? []) {
            expect(d >= e.timeline.start && d <= sizing.fundedWindow.end).toBe(true);
            expect(blocked(d, classroom)).toBe(false);
          }
          for (const dep of source?.dependsOn ?? []) {
            const depDates = (byLine.get(dep) ?? []).sort();
            const depService = categories.get(e.lines.find((x) => x.id === dep)?.serviceId ?? '');
            const after = FINISH_FIRST.has(depService?.category ?? '') ? depDates.at(-1) : depDates[0];
            if (after !== undefined && l.firstDate !== null) expect(l.firstDate > after).toBe(true);
          }
        }
        for (const m of schedule.months) expect(m.visitDaysUsed).toBeLessThanOrEqual(m.visitCapacity);
        const cap = e.timeline.facilitatorsPerDay;
        if (cap !== null)
          for (const p of schedule.placements) if (p.pdDay) expect(p.consultants).toBeLessThanOrEqual(cap);
        const unplaced = schedule.unplaced.reduce((s, u) => s + u.units, 0);
        const missing = schedule.lines.reduce((s, l) => s + l.units - l.placedUnits, 0);
        expect(unplaced).toBe(missing);
      }),
      { numRuns: 200 },
    );
  });
});

describe('travel follows the schedule', () => {
  /** Facilitator development at coach: the district leads, the consultant is there with it. */
  const districtLed = (dates: string[]) =>
    engagement((e) => ({
      lines: [
        line('ttt', 'facilitator-development', {
          count: 2,
          groups: 1,
          deliveryMode: 'in_person',
          level: 'coach',
          dates,
        }),
      ],
      budget: { ...e.budget, amountCents: 10_000_000 },
    }));

  it('bills a trip for in-person days the district leads with the consultant there, dated or not', () => {
    const datedScope = scopeEngagement(districtLed(['2025-10-14', '2025-10-15']));
    // Its own dates hold, though work nothing builds on otherwise goes in the later half.
    expect(datedScope.schedule.placements.map((p) => p.date)).toEqual(['2025-10-14', '2025-10-15']);
    const dated = datedScope.costing;
    const undated = scopeEngagement(districtLed([])).costing;
    expect(dated.lines[0]?.travelCents).toBeGreaterThan(0);
    expect(dated.lines[0]?.travelCents).toBe(undated.lines[0]?.travelCents);
  });

  it('takes no trip share for work nobody travels for, so in-person work keeps its trips', () => {
    const onSite = line('ttt', 'facilitator-development', { count: 2, groups: 1, deliveryMode: 'in_person' });
    const plan = (lines: PlanLine[]) =>
      scopeEngagement(engagement((e) => ({ lines, budget: { ...e.budget, amountCents: 10_000_000 } })))
        .costing;
    const alone = plan([onSite]);
    const beside = plan([onSite, line('calls', 'leadership-coaching-call', { count: 40, groups: 6 })]);
    const travel = (c: typeof alone) => c.lines.find((l) => l.lineId === uid('ttt'))?.travelCents;
    expect(travel(beside)).toBe(travel(alone));
    expect(travel(alone)).toBeGreaterThan(0);
  });
});
