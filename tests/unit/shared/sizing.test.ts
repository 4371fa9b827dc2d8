import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Engagement, PlanLine } from '../../../src/shared/domain';
import { discountCents, sizeEngagement, whatIfBudgets, type Sizing } from '../../../src/shared/scoping';
import { arbitraryEngagement } from './arbitraries';
import { engagement, line, uid } from './build';

const teachers = { singular: 'teacher', plural: 'teachers' };

function plan(
  lines: PlanLine[],
  budgetCents: number,
  patch: (e: Engagement) => Partial<Engagement> = () => ({}),
): Engagement {
  return engagement((e) => ({
    lines,
    budget: { amountCents: budgetCents, fundingSources: [] },
    supportLevel: { ...e.supportLevel, chosen: 'facilitate' },
    ...patch(e),
  }));
}

const byId = (s: Sizing, key: string) => {
  const found = s.lines.find((l) => l.lineId === uid(key));
  if (!found) throw new Error(`no line ${key}`);
  return found;
};

// Three virtual coaching cycles at facilitate: 3 × 2.5 h × $300 = $2,250 per teacher.
const coachingPerTeacher = 225_000;

describe('sizeEngagement', () => {
  it('trims a scalable line to what fits instead of dropping it: coach 12 of 20 teachers', () => {
    const coaching = line('coach', 'coaching-cycle', {
      count: 3,
      groups: 20,
      deliveryMode: 'virtual',
      groupLabel: teachers,
    });
    const s = sizeEngagement(plan([coaching], 12 * coachingPerTeacher + 100_000));
    const l = byId(s, 'coach');
    expect(l).toMatchObject({
      status: 'trimmed',
      fundedGroups: 12,
      northStarGroups: 20,
      fundedCents: 12 * coachingPerTeacher,
    });
    expect(l.fundedQuantity).toBe('3 coaching cycles × 12 teachers');
    expect(l.reason?.sentence).toBe(
      'Trimmed to 12 of 20 teachers: one more teacher costs $2,250.00 and $1,000.00 of the $28,000.00 budget is left.',
    );
    expect(l.reason).toMatchObject({ code: 'budget', needCents: coachingPerTeacher, leftCents: 100_000 });
    expect(s.deferredPhases[0]?.lines).toEqual([
      expect.objectContaining({ lineId: uid('coach'), groups: 8 }),
    ]);
    expect(l.deferredPhase).toBe(2);
  });

  it('never trims below the fewest groups the consultant allows', () => {
    const coaching = line('coach', 'coaching-cycle', {
      count: 3,
      groups: 20,
      minGroups: 10,
      deliveryMode: 'virtual',
    });
    const s = sizeEngagement(plan([coaching], 9 * coachingPerTeacher));
    expect(byId(s, 'coach')).toMatchObject({ status: 'deferred', fundedGroups: 0 });
    expect(byId(s, 'coach').reason?.sentence).toBe(
      'Deferred: even its smallest useful size costs $22,500.00, more than the whole $20,250.00 budget.',
    );
  });

  it('funds essentials before high and optional lines, and says why the others wait', () => {
    const essential = line('ess', 'coaching-cycle', {
      count: 3,
      groups: 4,
      deliveryMode: 'virtual',
      scalable: false,
    });
    const optional = line('opt', 'leadership-coaching-call', { count: 2, priority: 'optional' });
    const high = line('high', 'pdca-data-review', { count: 2, priority: 'high' });
    const s = sizeEngagement(plan([optional, high, essential], 4 * coachingPerTeacher + 50_000));
    expect(byId(s, 'ess').status).toBe('funded');
    expect(byId(s, 'high').status).toBe('deferred');
    expect(byId(s, 'high').reason?.sentence).toMatch(
      /after the lines ranked above this high-priority one\.$/,
    );
    expect(byId(s, 'opt').status).toBe('deferred');
    expect(s.remainingCents).toBe(50_000);
  });

  it('defers a line whose prerequisite is deferred, naming the prerequisite', () => {
    const institute = line('inst', 'face-to-face-session', {
      title: 'Math institute',
      count: 6,
      scalable: false,
    });
    const follow = line('follow', 'coaching-cycle', {
      count: 1,
      groups: 2,
      deliveryMode: 'virtual',
      dependsOn: [uid('inst')],
    });
    const s = sizeEngagement(plan([institute, follow], 1_000_000));
    expect(byId(s, 'inst').status).toBe('deferred');
    expect(byId(s, 'follow').reason).toEqual({
      code: 'dependency_deferred',
      sentence: 'Deferred because it depends on “Math institute”, which is not funded in this phase.',
      blockingLineId: uid('inst'),
    });
  });

  it('funds what an essential line needs first, even when that need is optional on its own', () => {
    const survey = line('survey', 'needs-assessment', {
      count: 1,
      priority: 'optional',
      deliveryMode: 'virtual',
    });
    const coaching = line('coach', 'coaching-cycle', {
      count: 2,
      groups: 2,
      deliveryMode: 'virtual',
      dependsOn: [uid('survey')],
    });
    const s = sizeEngagement(plan([survey, coaching], 5_000_000));
    expect(byId(s, 'survey')).toMatchObject({
      status: 'funded',
      note: 'Funded with “One-on-one coaching cycle”, which depends on it.',
    });
    expect(byId(s, 'coach').status).toBe('funded');
  });

  it('honours pins: deferred by hand, and kept funded by hand even past the budget', () => {
    const a = line('a', 'coaching-cycle', { count: 3, groups: 4, deliveryMode: 'virtual', pin: 'deferred' });
    const b = line('b', 'coaching-cycle', { count: 3, groups: 10, deliveryMode: 'virtual', pin: 'funded' });
    const s = sizeEngagement(plan([a, b], 5 * coachingPerTeacher));
    expect(byId(s, 'a')).toMatchObject({
      status: 'deferred',
      reason: { code: 'pinned_deferred', sentence: 'Deferred by hand.' },
    });
    expect(byId(s, 'b')).toMatchObject({ status: 'funded', fundedGroups: 10, note: 'Kept funded by hand.' });
    expect(s.overBudgetCents).toBe(5 * coachingPerTeacher);
    expect(s.summary.join(' ')).toMatch(/kept funded by hand cost \$11,250\.00 more than the budget/);
  });

  it('respects district PD days for face-to-face sessions', () => {
    const institute = line('inst', 'face-to-face-session', { count: 3 });
    const e = plan([institute], 10_000_000, (x) => ({
      timeline: {
        ...x.timeline,
        pdDays: [
          { date: '2025-09-26', label: '' },
          { date: '2026-01-05', label: '' },
        ],
      },
    }));
    const s = sizeEngagement(e);
    expect(byId(s, 'inst').status).toBe('deferred');
    expect(byId(s, 'inst').reason?.sentence).toBe(
      'Deferred: it needs 3 district PD days and 2 of the 2 usable PD days in the engagement window are left.',
    );
    expect(s.capacity.pdDays).toEqual({ available: 2, used: 0, recorded: true });
  });

  it('respects the consultant visit days a month the district can host, less blackouts', () => {
    const visits = line('visits', 'implementation-support-visit', {
      count: 4,
      groups: 10,
      groupLabel: { singular: 'campus', plural: 'campuses' },
    });
    const e = plan([visits], 100_000_000, (x) => ({
      timeline: {
        ...x.timeline,
        start: '2025-09-01',
        end: '2025-11-30',
        visitDaysPerMonth: 5,
        blackouts: [{ id: uid('bo'), label: 'Fall break', start: '2025-10-01', end: '2025-10-31' }],
      },
    }));
    const s = sizeEngagement(e);
    // September and November take 5 visit days each; October is blacked out: 10 days, 4 per campus.
    expect(s.capacity.visitDays.available).toBe(10);
    expect(byId(s, 'visits')).toMatchObject({ status: 'trimmed', fundedGroups: 2 });
    expect(byId(s, 'visits').reason?.sentence).toBe(
      'Trimmed to 2 of 10 campuses: the engagement window holds 10 consultant visit days (up to 5 a month outside blackouts) and one more campus needs 4 more days with 2 left.',
    );
  });

  it('keeps a line inside its phase’s months', () => {
    const fall = { id: uid('fall'), name: 'Fall', start: '2025-08-01', end: '2025-09-30' };
    const visits = line('visits', 'implementation-support-visit', { count: 2, groups: 10, phaseId: fall.id });
    const e = plan([visits], 100_000_000, (x) => ({
      timeline: { ...x.timeline, visitDaysPerMonth: 4, phases: [fall] },
    }));
    const s = sizeEngagement(e);
    expect(byId(s, 'visits').fundedGroups).toBe(4);
    expect(byId(s, 'visits').reason?.sentence).toMatch(/“Fall” holds 8 consultant visit days/);
  });

  it('proposes deferred phases that account for every group of the north star', () => {
    const lines = [
      line('a', 'coaching-cycle', { count: 3, groups: 20, deliveryMode: 'virtual' }),
      line('b', 'pdca-data-review', { count: 4, groups: 3, priority: 'high' }),
      line('c', 'leadership-coaching-call', { count: 8, groups: 5, priority: 'optional' }),
    ];
    const s = sizeEngagement(plan(lines, 3_000_000));
    expect(s.deferredPhases.length).toBeGreaterThan(1);
    expect(s.deferredPhases[0]?.name).toBe('Phase 2: when funds allow');
    for (const l of s.lines) {
      const later = s.deferredPhases.flatMap((p) => p.lines).filter((x) => x.lineId === l.lineId);
      expect(l.fundedGroups + later.reduce((sum, x) => sum + x.groups, 0)).toBe(l.northStarGroups);
    }
    for (const p of s.deferredPhases.slice(0, -1)) expect(p.totalCents).toBeLessThanOrEqual(3_000_000);
  });

  it('reports coverage of the north star by cost, essentials and driver', () => {
    const lines = [
      line('a', 'coaching-cycle', { count: 3, groups: 4, deliveryMode: 'virtual', scalable: false }),
      line('b', 'pdca-data-review', { count: 2, groups: 1, priority: 'optional' }),
    ];
    const s = sizeEngagement(plan(lines, 4 * coachingPerTeacher));
    expect(s.coverage.cost.percent).toBe(
      Math.round((1000 * 4 * coachingPerTeacher) / s.northStar.subtotalCents) / 10,
    );
    expect(s.coverage.essentials).toMatchObject({
      lines: 1,
      funded: 1,
      trimmed: 0,
      deferred: 0,
      percent: 100,
    });
    const coaching = s.coverage.drivers.find((d) => d.driver === 'coaching');
    const data = s.coverage.drivers.find((d) => d.driver === 'data_support_systems');
    expect(coaching).toMatchObject({ lines: 1, fundedLines: 1, percent: 100 });
    expect(data).toMatchObject({ lines: 1, fundedLines: 0, percent: 0 });
    expect(s.coverage.drivers.find((d) => d.driver === 'selection')?.percent).toBeNull();
  });

  it('answers what-if questions at many budgets from one preparation', () => {
    const lines = [line('a', 'coaching-cycle', { count: 3, groups: 20, deliveryMode: 'virtual' })];
    const results = whatIfBudgets(plan(lines, 0), [0, 5 * coachingPerTeacher, 40 * coachingPerTeacher]);
    expect(results.map((r) => r.fundedGroups[uid('a')] ?? 0)).toEqual([0, 5, 20]);
  });
});

function dependencyClosure(e: Engagement, id: string): Set<string> {
  const deps = new Map(e.lines.map((l) => [l.id, l.dependsOn]));
  const out = new Set<string>();
  const stack = [...(deps.get(id) ?? [])];
  while (stack.length > 0) {
    const d = stack.pop() ?? '';
    if (out.has(d)) continue;
    out.add(d);
    stack.push(...(deps.get(d) ?? []));
  }
  return out;
}

describe('sizing properties', () => {
  it('never spends more than the budget', () => {
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const s = sizeEngagement(e);
        expect(s.funded.totalCents).toBeLessThanOrEqual(e.budget.amountCents);
        expect(s.overBudgetCents).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never funds a line before what it depends on', () => {
    fc.assert(
      fc.property(arbitraryEngagement({ pins: true }), (e) => {
        const s = sizeEngagement(e);
        for (const l of e.lines) {
          if ((s.fundedGroups[l.id] ?? 0) === 0) continue;
          for (const d of dependencyClosure(e, l.id)) expect(s.fundedGroups[d] ?? 0).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives optional lines only money no deferred essential line could have used', () => {
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const s = sizeEngagement(e);
        const optionalSpend = s.lines
          .filter((l) => l.priority === 'optional' && l.note === null)
          .reduce((sum, l) => sum + l.fundedCents, 0);
        for (const l of s.lines) {
          if (l.priority !== 'essential' || l.status !== 'deferred' || l.reason?.code !== 'budget') continue;
          const need = l.reason.needCents ?? 0;
          const withoutOptional = s.funded.subtotalCents - optionalSpend + need;
          expect(withoutOptional - discountCents(withoutOptional, e.discount)).toBeGreaterThan(
            e.budget.amountCents,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(arbitraryEngagement({ pins: true }), (e) => {
        expect(sizeEngagement(structuredClone(e))).toEqual(sizeEngagement(e));
      }),
      { numRuns: 100 },
    );
  });

  it('trims within the consultant’s bounds and explains every deferral and trim', () => {
    fc.assert(
      fc.property(arbitraryEngagement({ pins: true }), (e) => {
        const s = sizeEngagement(e);
        const lines = new Map(e.lines.map((l) => [l.id, l]));
        for (const l of s.lines) {
          const source = lines.get(l.lineId);
          if (!source) throw new Error('sizing invented a line');
          expect(l.fundedGroups).toBeLessThanOrEqual(source.quantity.groups);
          if (l.status === 'trimmed') {
            expect(source.scalable).toBe(true);
            expect(l.fundedGroups).toBeGreaterThanOrEqual(source.quantity.minGroups);
          }
          if (l.status !== 'funded') expect(l.reason?.sentence.length ?? 0).toBeGreaterThan(10);
          else expect(l.reason).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('honours every pin', () => {
    fc.assert(
      fc.property(arbitraryEngagement({ pins: true }), (e) => {
        const s = sizeEngagement(e);
        for (const l of e.lines) {
          if (l.pin === 'deferred') expect(s.fundedGroups[l.id]).toBeUndefined();
          if (l.pin === 'funded') expect(s.fundedGroups[l.id]).toBe(l.quantity.groups);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('fits the calendar and accounts for every group across the phases', () => {
    fc.assert(
      fc.property(arbitraryEngagement(), (e) => {
        const s = sizeEngagement(e);
        expect(s.capacity.visitDays.used).toBeLessThanOrEqual(s.capacity.visitDays.available);
        expect(s.capacity.pdDays.used).toBeLessThanOrEqual(s.capacity.pdDays.available);
        const later = new Map<string, number>();
        for (const p of s.deferredPhases)
          for (const l of p.lines) later.set(l.lineId, (later.get(l.lineId) ?? 0) + l.groups);
        for (const l of s.lines) expect(l.fundedGroups + (later.get(l.lineId) ?? 0)).toBe(l.northStarGroups);
      }),
      { numRuns: 200 },
    );
  });
});
