import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement, PlanLine } from '../../../src/shared/domain';
import {
  buildCalendar,
  buildSchedule,
  monthsBetween,
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
    budget: { amountCents: 100_000_000, fundingSources: [] },
    supportLevel: { ...x.supportLevel, chosen: 'facilitate' },
    ...patch(x),
  }));
  return { e, schedule: buildSchedule(e, sizeEngagement(e)) };
}

const monthsOf = (s: Schedule, key: string) =>
  s.months.filter((m) => m.entries.some((x) => x.lineId === uid(key))).map((m) => m.month);

describe('buildCalendar', () => {
  it('counts weekdays outside blackouts, PD days and visit capacity per month', () => {
    const e = engagement((x) => ({
      timeline: {
        ...x.timeline,
        start: '2025-12-01',
        end: '2026-01-31',
        visitDaysPerMonth: 30,
        blackouts: [{ id: uid('w'), label: 'Winter break', start: '2025-12-22', end: '2026-01-02' }],
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

  it('puts a needs assessment first and what depends on it after', () => {
    const { schedule } = scheduleOf([
      line('assess', 'needs-assessment', { count: 1 }),
      line('visits', 'implementation-support-visit', { count: 3, dependsOn: [uid('assess')] }),
    ]);
    expect(monthsOf(schedule, 'assess')).toEqual(['2025-08']);
    expect(monthsOf(schedule, 'visits')[0]).toBe('2025-09');
  });

  it('places face-to-face sessions on district PD days after their prerequisites', () => {
    const { schedule } = scheduleOf(
      [
        line('assess', 'needs-assessment', { count: 1 }),
        line('inst', 'face-to-face-session', { count: 2, dependsOn: [uid('assess')] }),
      ],
      (x) => ({
        timeline: {
          ...x.timeline,
          pdDays: ['2025-08-12', '2025-10-10', '2026-01-05', '2026-03-13'].map((date) => ({
            date,
            label: '',
          })),
        },
      }),
    );
    const pd = schedule.months.flatMap((m) =>
      m.entries.filter((x) => x.lineId === uid('inst')).flatMap((x) => x.pdDays),
    );
    expect(pd).toHaveLength(2);
    for (const date of pd) expect(date > '2025-08-31').toBe(true);
    expect(schedule.unplaced).toEqual([]);
  });

  it('keeps blacked-out months empty and never exceeds the visit days a month', () => {
    const { schedule } = scheduleOf(
      [line('visits', 'implementation-support-visit', { count: 4, groups: 6 })],
      (x) => ({
        timeline: {
          ...x.timeline,
          visitDaysPerMonth: 4,
          blackouts: [{ id: uid('dec'), label: 'December', start: '2025-12-01', end: '2025-12-31' }],
        },
      }),
    );
    const december = schedule.months.find((m) => m.month === '2025-12');
    expect(december?.entries).toEqual([]);
    for (const m of schedule.months) expect(m.visitDaysUsed).toBeLessThanOrEqual(m.visitCapacity);
    const placed = schedule.lines.find((l) => l.lineId === uid('visits'));
    expect(placed?.placedUnits).toBe(24);
  });

  it('shows PLAN-DO-CHECK-ACT cycles closed by the data reviews', () => {
    const { schedule } = scheduleOf([
      line('coach', 'coaching-cycle', { count: 6, groups: 2, deliveryMode: 'virtual' }),
      line('review', 'pdca-data-review', { count: 3 }),
    ]);
    expect(schedule.cycles).toHaveLength(3);
    const first = schedule.cycles[0];
    expect(first?.sentence).toMatch(/^Cycle 1: plan Aug 2025, do Aug 2025 to .*, check .*, act .*\.$/);
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

  it('places every funded unit inside the window, after its prerequisites', () => {
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const sizing = sizeEngagement(e);
        const schedule = buildSchedule(e, sizing);
        const first = new Map(schedule.lines.map((l) => [l.lineId, l.firstMonth]));
        for (const l of schedule.lines) {
          const funded = sizing.fundedGroups[l.lineId] ?? 0;
          const source = e.lines.find((x) => x.id === l.lineId);
          expect(l.units).toBe((source?.quantity.count ?? 0) * funded);
          const units = (schedule.monthlyUnits[l.lineId] ?? []).reduce((s, m) => s + m.units, 0);
          expect(units).toBe(l.placedUnits);
          if (l.firstMonth === null) continue;
          expect(l.firstMonth >= e.timeline.start.slice(0, 7)).toBe(true);
          expect((l.lastMonth ?? '') <= e.timeline.end.slice(0, 7)).toBe(true);
          for (const d of source?.dependsOn ?? []) {
            const depFirst = first.get(d);
            if (depFirst) expect(l.firstMonth >= depFirst).toBe(true);
          }
        }
        for (const m of schedule.months) expect(m.visitDaysUsed).toBeLessThanOrEqual(m.visitCapacity);
        const unplaced = schedule.unplaced.reduce((s, u) => s + u.units, 0);
        const missing = schedule.lines.reduce((s, l) => s + l.units - l.placedUnits, 0);
        expect(unplaced).toBe(missing);
      }),
      { numRuns: 200 },
    );
  });
});
