import { describe, expect, it } from 'vitest';
import type { Engagement, EngagementInput, PlanLine } from '../../../src/shared/domain';
import {
  prepareSizing,
  scopeEngagement,
  sizeEngagement,
  sizePrepared,
  type Sizing,
} from '../../../src/shared/scoping';
import { engagement, line, uid } from './build';

/**
 * Sizing, example by example: how an expert trims (coverage before dosage for follow-up, whole
 * cohorts for training), ties follow-up to training, reads counts per period, keeps a budget to
 * its window, orders the work, and words every trade-off. The invariants over random plans are
 * in sizing-properties.test.ts.
 */

function plan(
  lines: PlanLine[],
  budgetCents: number,
  patch: (e: Engagement) => Partial<EngagementInput> = () => ({}),
): Engagement {
  return engagement((e) => ({
    lines,
    budget: { ...e.budget, amountCents: budgetCents },
    supportLevel: { ...e.supportLevel, chosen: 'collaborate' },
    ...patch(e),
  }));
}

const byKey = (s: Sizing, key: string) => {
  const found = s.lines.find((l) => l.lineId === uid(key));
  if (!found) throw new Error(`no line ${key}`);
  return found;
};

// One virtual coaching cycle at collaborate: 2 h × $300.
const CYCLE = 60_000;
const coaches = { singular: 'coach', plural: 'coaches' };

describe('dosage and coverage', () => {
  it('keeps coverage for coaching and gives up cycles first: 21 coaches at 1 cycle, not 5 at 4', () => {
    const coaching = line('coaching', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 4,
      groups: 21,
      minGroups: 3,
      minCount: 1,
      groupLabel: coaches,
    });
    const s = sizeEngagement(plan([coaching], 25 * CYCLE));
    const c = byKey(s, 'coaching');
    expect(c.fundedGroups).toBe(21);
    expect(c.fundedCount).toBe(1);
    expect(c.status).toBe('trimmed');
    expect(c.reason?.sentence).toBe(
      'Trimmed to 1 coaching cycle × 21 coaches: $12,600 more adds another coaching cycle for each of the 21 coaches, and $37,800 more funds it in full (4 coaching cycles × 21 coaches); $2,400 of the $15,000 budget is left.',
    );
  });

  it('never funds a token: below its floors a line waits, saying what the least of it costs', () => {
    const coaching = line('coaching', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 4,
      groups: 21,
      minGroups: 10,
      minCount: 2,
      groupLabel: coaches,
    });
    const s = sizeEngagement(plan([coaching], 19 * CYCLE));
    const c = byKey(s, 'coaching');
    expect(c.fundedGroups).toBe(0);
    expect(c.reason?.code).toBe('budget');
    expect(c.reason?.sentence).toMatch(
      /the least of it worth doing \(2 coaching cycles × 10 coaches\) costs \$12,000/,
    );
  });

  it('trims training by whole cohorts and keeps every session of the cohorts it funds', () => {
    const sessions = line('sessions', 'face-to-face-session', {
      count: 3,
      groups: 8,
      minGroups: 2,
      minCount: 1,
    });
    const s = sizeEngagement(
      plan([sessions], 3_000_000, () => ({ timeline: { ...engagement().timeline, pdDays: [] } })),
    );
    const l = byKey(s, 'sessions');
    expect(l.fundedCount).toBe(3);
    expect(l.fundedGroups).toBeGreaterThanOrEqual(2);
    expect(l.fundedGroups).toBeLessThan(8);
    expect(l.reason?.sentence).toMatch(/more adds another cohort/);
  });
});

describe('follow-up tied to training', () => {
  const timeline = (e: Engagement) => ({ ...e.timeline, visitDaysPerMonth: 10 });
  const campuses = Array.from({ length: 8 }, (_, k) => ({
    id: uid(`campus-${String(k)}`),
    name: `Campus ${String(k + 1)}`,
    gradeBand: '',
    teachers: 20,
  }));
  const tied = (budget: number) => {
    const visits = line('visits', 'implementation-support-visit', {
      count: 2,
      groups: 8,
      minGroups: 2,
      campusIds: campuses.map((c) => c.id),
      dependsOn: [uid('sessions')],
    });
    const sessions = line('sessions', 'face-to-face-session', {
      count: 3,
      groups: 4,
      minGroups: 1,
      campusIds: campuses.map((c) => c.id),
      followUps: [{ lineId: visits.id, coverage: 100 }],
    });
    return scopeEngagement(
      plan([sessions, visits], budget, (e) => ({
        client: { ...e.client, campuses },
        timeline: {
          ...timeline(e),
          pdDays: [
            { date: '2025-09-26', label: '' },
            { date: '2025-11-07', label: '' },
            { date: '2026-01-30', label: '' },
          ],
        },
      })),
    );
  };

  it('funds visits for exactly the campuses its trained cohorts come from', () => {
    const { sizing } = tied(4_500_000);
    const sessions = byKey(sizing, 'sessions');
    const visits = byKey(sizing, 'visits');
    expect(sessions.fundedGroups).toBeGreaterThan(0);
    expect(sessions.fundedGroups).toBeLessThan(4);
    expect(visits.fundedGroups).toBe(2 * sessions.fundedGroups);
    expect(visits.fundedCampusIds).toEqual(sessions.fundedCampusIds);
    expect(visits.reason?.code).toBe('follows_training');
  });

  it('funds training and its follow-up together, or neither', () => {
    for (const budget of [500_000, 1_500_000, 2_500_000, 6_000_000, 12_000_000]) {
      const { sizing } = tied(budget);
      expect(byKey(sizing, 'sessions').fundedGroups > 0).toBe(byKey(sizing, 'visits').fundedGroups > 0);
    }
  });

  it('holds training back when its follow-up cannot fit the calendar, and says so', () => {
    const visits = line('visits', 'implementation-support-visit', { count: 6, groups: 8, minGroups: 8 });
    const sessions = line('sessions', 'face-to-face-session', {
      count: 2,
      groups: 2,
      followUps: [{ lineId: visits.id, coverage: 100 }],
    });
    const s = sizeEngagement(
      plan([sessions, visits], 50_000_000, (e) => ({
        timeline: { ...e.timeline, visitDaysPerMonth: 2, pdDays: [] },
      })),
    );
    expect(byKey(s, 'sessions').fundedGroups).toBe(0);
    expect(byKey(s, 'sessions').reason?.code).toBe('follow_up');
    expect(byKey(s, 'sessions').reason?.sentence).toMatch(
      /^Waits with its follow-up “Implementation support visit”/,
    );
  });
});

describe('counts per period and the budget’s window', () => {
  it('reads “once a semester” as once in each half of a school year', () => {
    const rounds = line('rounds', 'implementation-support-visit', { count: 1, per: 'semester', groups: 3 });
    const { sizing, schedule } = scopeEngagement(plan([rounds], 10_000_000));
    expect(byKey(sizing, 'rounds').northStarCount).toBe(2);
    const months = schedule.placements.map((p) => Number(p.date.slice(5, 7)));
    expect(months.filter((m) => m >= 8 && m <= 12)).toHaveLength(3);
    expect(months.filter((m) => m >= 1 && m <= 6)).toHaveLength(3);
  });

  it('spends a budget for year one on year one, and dates year two at its step-down level', () => {
    const yearOne = { id: uid('y1'), name: 'Year 1', start: '2025-08-01', end: '2026-06-30' };
    const yearTwo = { id: uid('y2'), name: 'Year 2', start: '2026-08-01', end: '2027-06-30' };
    const lines = [
      line('y1-coaching', 'coaching-cycle', {
        deliveryMode: 'virtual',
        count: 2,
        groups: 10,
        phaseId: yearOne.id,
      }),
      line('y2-coaching', 'coaching-cycle', {
        deliveryMode: 'virtual',
        count: 2,
        groups: 10,
        phaseId: yearTwo.id,
      }),
      line('reviews', 'pdca-data-review', { deliveryMode: 'virtual', count: 2, per: 'year', groups: 2 }),
    ];
    const e = plan(lines, 10_000_000, (x) => ({
      budget: { ...x.budget, amountCents: 10_000_000, fundsThrough: '2026-06-30' },
      timeline: { ...x.timeline, start: '2025-08-01', end: '2027-06-30', phases: [yearOne, yearTwo] },
      supportLevel: {
        ...x.supportLevel,
        chosen: 'collaborate',
        stepDown: [{ phaseId: yearTwo.id, level: 'coach' }],
      },
    }));
    const { sizing, schedule } = scopeEngagement(e);
    expect(byKey(sizing, 'y1-coaching').status).toBe('funded');
    expect(byKey(sizing, 'y2-coaching').fundedGroups).toBe(0);
    expect(byKey(sizing, 'y2-coaching').reason?.code).toBe('later_window');
    expect(byKey(sizing, 'y2-coaching').level).toBe('coach');
    // Two reviews a year: two in the funded year, two more after it.
    expect(byKey(sizing, 'reviews').northStarCount).toBe(4);
    expect(byKey(sizing, 'reviews').fundedCount).toBe(2);
    expect(schedule.placements.every((p) => p.date <= '2026-06-30')).toBe(true);
    const later = sizing.deferredPhases.filter((p) => p.cause === 'later');
    expect(later.map((p) => p.name)).toEqual(['After June 30, 2026', 'Year 2']);
    expect(later[1]?.note).toBe('FY2027, subject to budget approval (Aug 2026 to Jun 2027).');
  });
});

describe('who a trimmed line serves', () => {
  it('names the campuses a trimmed line reaches, so a restriction can be checked', () => {
    const campuses = [
      'Ash Grove',
      'Bellmeade Park',
      'Briar Hollow',
      'Caney Fork',
      'Cedar Bluff',
      'Clover',
      'Dogwood',
    ].map((name) => ({ id: uid(name), name, gradeBand: '', teachers: 20 }));
    const coaching = line('coaching', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 1,
      groups: 7,
      minGroups: 1,
      campusIds: campuses.map((c) => c.id),
    });
    const s = sizeEngagement(
      plan([coaching], 3 * CYCLE + 10_000, (e) => ({ client: { ...e.client, campuses } })),
    );
    expect(byKey(s, 'coaching').reason?.sentence).toMatch(
      /^Trimmed to 1 coaching cycle × 3 participants \(3 of 7 campuses: Ash Grove, Bellmeade Park and Briar Hollow\): /,
    );
  });
});

describe('the order of funding', () => {
  /** An essential that trims to 2 coaches of 20 when money is short. */
  const coachingForTwentyCoaches = () =>
    line('essential', 'coaching-cycle', { deliveryMode: 'virtual', count: 2, groups: 20, minGroups: 2 });

  it('gives lower priorities only money the essential’s next step cannot use, and says so', () => {
    const essential = coachingForTwentyCoaches();
    const optional = line('optional', 'leadership-coaching-call', {
      count: 1,
      groups: 1,
      priority: 'optional',
    });
    const s = sizeEngagement(plan([essential, optional], 20 * CYCLE + 90_000));
    const e = byKey(s, 'essential');
    const o = byKey(s, 'optional');
    expect(e.status).toBe('trimmed');
    expect(o.status).toBe('funded');
    // The essential's next step costs more than the optional line and what is left together.
    expect(e.reason?.code).toBe('budget');
    expect(e.reason?.needCents ?? 0).toBeGreaterThan(s.remainingCents + o.fundedCents);
  });

  it('waits an essential whose least useful size the money cannot reach, and spends the money on the next work', () => {
    const essential = line('essential', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 2,
      groups: 20,
      minGroups: 10,
      scalable: true,
    });
    const optional = line('optional', 'leadership-coaching-call', {
      count: 1,
      groups: 4,
      minGroups: 1,
      priority: 'optional',
    });
    const s = sizeEngagement(plan([essential, optional], 4 * CYCLE));
    const e = byKey(s, 'essential');
    expect(e.status).toBe('deferred');
    expect(e.reason?.sentence).toBe(
      'Waits for funds: even the least of it worth doing (2 coaching cycles × 10 participants) costs $12,000, more than the whole $2,400 budget.',
    );
    expect(byKey(s, 'optional').status).toBe('funded');
  });

  it('lets lower priorities have money an essential cannot use because the calendar holds it', () => {
    const visits = line('visits', 'implementation-support-visit', { count: 4, groups: 10, minGroups: 1 });
    const calls = line('calls', 'leadership-coaching-call', { count: 2, groups: 2, priority: 'high' });
    const s = sizeEngagement(
      plan([visits, calls], 50_000_000, (e) => ({ timeline: { ...e.timeline, visitDaysPerMonth: 1 } })),
    );
    expect(byKey(s, 'visits').status).toBe('trimmed');
    expect(byKey(s, 'visits').reason?.code).toBe('visit_days');
    expect(byKey(s, 'calls').status).toBe('funded');
  });

  it('funds the line serving the highest-ranked need first, then the weakest driver', () => {
    const needs = [1, 2].map((rank) => ({
      id: uid(`need-${String(rank)}`),
      statement: `Need ${String(rank)}`,
      learners: 'students' as const,
      evidence: { source: '', measure: '', baseline: '', target: '' },
      rank,
    }));
    const second = line('second', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 2,
      groups: 5,
      minGroups: 5,
      needIds: [uid('need-2')],
    });
    const first = line('first', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 2,
      groups: 5,
      minGroups: 5,
      needIds: [uid('need-1')],
    });
    const s = sizeEngagement(plan([second, first], 10 * CYCLE, () => ({ needs })));
    expect(byKey(s, 'first').status).toBe('funded');
    expect(byKey(s, 'second').status).toBe('deferred');
  });
});

describe('what waits', () => {
  it('groups what waits by cause, and the funded phase and the waiting parts add up to the north star', () => {
    const a = line('a', 'coaching-cycle', {
      deliveryMode: 'virtual',
      count: 3,
      groups: 12,
      minGroups: 2,
      minCount: 2,
    });
    const b = line('b', 'on-demand-module', { count: 2, groups: 30, priority: 'optional', minGroups: 10 });
    const c = line('c', 'leadership-coaching-call', { count: 2, groups: 3, pin: 'deferred' });
    const s = sizeEngagement(plan([a, b, c], 20 * CYCLE));
    expect(s.deferredPhases.map((p) => p.cause)).toEqual(['funds', 'by_hand']);
    const waiting = s.deferredPhases.reduce((sum, p) => sum + p.subtotalCents, 0);
    expect(s.funded.subtotalCents + waiting).toBe(s.northStar.subtotalCents);
    expect(s.deferredPhases[0]?.lines.find((l) => l.lineId === uid('a'))?.quantity).toMatch(
      /more coaching cycle/,
    );
  });

  it('re-sizes at another budget from one preparation, as the what-if slider does', () => {
    const e = plan(
      [line('a', 'coaching-cycle', { deliveryMode: 'virtual', count: 2, groups: 20, minGroups: 1 })],
      0,
    );
    const prep = prepareSizing(e);
    const funded = [0, 5, 10, 40].map((k) => sizePrepared(prep, k * CYCLE).fundedGroups[uid('a')] ?? 0);
    expect(funded).toEqual([0, 2, 5, 20]);
  });
});
