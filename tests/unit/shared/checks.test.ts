import { describe, expect, it } from 'vitest';
import type { Engagement, PlanLine } from '../../../src/shared/domain';
import { checkPlan, sizeEngagement, type PlanCheckCode } from '../../../src/shared/scoping';
import { engagement, fundingSource, line, uid } from './build';

const need = {
  id: uid('need'),
  statement: 'Grade 3 reading',
  learners: 'students' as const,
  evidence: { source: 'State test', measure: '% proficient', baseline: '30%', target: '45%' },
  rank: 1,
};
const item = {
  id: uid('plc'),
  name: 'Weekly PLC time',
  level: 'system' as const,
  kind: 'structure' as const,
  evidence: '',
  status: 'working' as const,
  notes: '',
};

/** A sound plan: training with follow-up, collaboration, data reviews, tied to needs, stepping down. */
function soundLines(): PlanLine[] {
  return [
    line('inst', 'face-to-face-session', { count: 3, needIds: [need.id], buildsOn: [item.id] }),
    line('coach', 'coaching-cycle', { count: 3, groups: 4, dependsOn: [uid('inst')], needIds: [need.id] }),
    line('plan', 'collaborative-planning', { count: 4, buildsOn: [item.id] }),
    line('review', 'pdca-data-review', { count: 3, needIds: [need.id] }),
    line('ttt', 'facilitator-development', { count: 2, needIds: [need.id] }),
  ];
}

function planWith(lines: PlanLine[], patch: (e: Engagement) => Partial<Engagement> = () => ({})): Engagement {
  return engagement((e) => ({
    needs: [need],
    inventory: [item],
    lines,
    budget: { ...e.budget, amountCents: 100_000_000 },
    timeline: {
      ...e.timeline,
      pdDays: [
        { date: '2025-09-26', label: '' },
        { date: '2025-11-07', label: '' },
        { date: '2026-02-13', label: '' },
      ],
    },
    ...patch(e),
  }));
}

const codes = (e: Engagement, withSizing = false) =>
  checkPlan(e, withSizing ? { sizing: sizeEngagement(e) } : {}).map((c) => c.code);

describe('checkPlan', () => {
  it('finds nothing to warn about in a sound plan', () => {
    expect(codes(planWith(soundLines()), true)).toEqual([]);
  });

  it.each<[PlanCheckCode, (lines: PlanLine[]) => PlanLine[]]>([
    ['training_without_follow_up', (ls) => ls.filter((l) => l.serviceId !== 'coaching-cycle')],
    ['no_data_review', (ls) => ls.filter((l) => l.serviceId !== 'pdca-data-review')],
    ['no_collaboration_time', (ls) => ls.filter((l) => l.serviceId !== 'collaborative-planning')],
    [
      'one_off_sessions',
      (ls) => [...ls, line('once', 'virtual-live-session', { count: 1, needIds: [need.id] })],
    ],
    ['lines_not_tied', (ls) => [...ls, line('loose', 'leadership-coaching-call', { count: 4 })]],
    ['nothing_builds_on_inventory', (ls) => ls.map((l) => ({ ...l, buildsOn: [], needIds: [need.id] }))],
  ])('warns %s, with the fix in words', (code, change) => {
    const found = checkPlan(planWith(change(soundLines()))).find((c) => c.code === code);
    expect(found).toBeDefined();
    expect(found?.severity).toBe('warning');
    expect(found?.message.length).toBeGreaterThan(30);
    expect(found?.fix.length).toBeGreaterThan(30);
  });

  it('names the training that has no follow-up', () => {
    const found = checkPlan(
      planWith([line('inst', 'face-to-face-session', { title: 'Phonics institute', count: 2 })]),
    ).find((c) => c.code === 'training_without_follow_up');
    expect(found?.message).toBe(
      'Training with no follow-up: “Phonics institute” teaches new practice, but nothing coaches it or supports it in the work setting.',
    );
    expect(found?.lineIds).toEqual([uid('inst')]);
  });

  it('counts the district’s own coaching as follow-up, at no cost to the contract', () => {
    const e = planWith([
      line('inst', 'face-to-face-session', {
        title: 'Phonics institute',
        count: 2,
        districtFollowUp: [item.id],
      }),
    ]);
    expect(checkPlan(e).some((c) => c.code === 'training_without_follow_up')).toBe(false);
  });

  it('names a driver not yet in place that nothing serves, and an adaptive challenge with no leadership work', () => {
    const e = planWith(soundLines(), (x) => ({
      drivers: {
        ...x.drivers,
        leadership: { rating: 'not_in_place', notes: '', challenge: 'adaptive' },
        external_systems: { rating: 'partly', notes: '' },
      },
    }));
    const found = checkPlan(e);
    const driver = found.find((c) => c.code === 'driver_not_served');
    expect(driver?.severity).toBe('warning');
    expect(driver?.message).toMatch(
      /^Nothing serves external systems \(partly in place\), leadership \(not in place\)/,
    );
    expect(found.some((c) => c.code === 'adaptive_without_leadership')).toBe(true);
    const withCalls = planWith(
      [...soundLines(), line('calls', 'leadership-coaching-call', { count: 3, groups: 4 })],
      (x) => ({
        drivers: { ...x.drivers, leadership: { rating: 'not_in_place', notes: '', challenge: 'adaptive' } },
      }),
    );
    expect(checkPlan(withCalls).some((c) => c.code === 'adaptive_without_leadership')).toBe(false);
  });

  it('reads the funded phase: the top need unserved, capacity building lost, coaching spread thin', () => {
    const lines = soundLines().map((l) =>
      l.serviceId === 'face-to-face-session' || l.serviceId === 'facilitator-development'
        ? { ...l, pin: 'deferred' as const }
        : l.serviceId === 'coaching-cycle'
          ? { ...l, dependsOn: [], quantity: { ...l.quantity, count: 1 } }
          : l,
    );
    // Only the deferred institute and facilitator development serve the need.
    const e = planWith(lines, () => ({
      lines: lines.map((l) =>
        l.serviceId === 'coaching-cycle' || l.serviceId === 'pdca-data-review'
          ? { ...l, needIds: [], buildsOn: [item.id] }
          : l,
      ),
    }));
    const found = checkPlan(e, { sizing: sizeEngagement(e) });
    expect(found.find((c) => c.code === 'top_need_unfunded')?.message).toMatch(
      /^Nothing funded serves the highest-priority need, “Grade 3 reading”/,
    );
    expect(found.find((c) => c.code === 'capacity_building_lost')?.lineIds).toEqual([uid('ttt')]);
    expect(found.find((c) => c.code === 'coaching_too_thin')?.lineIds).toEqual([uid('coach')]);
  });

  it('warns about the funded phase when sizing defers the follow-up the north star has', () => {
    const lines = soundLines().map((l) =>
      l.serviceId === 'coaching-cycle' ? { ...l, pin: 'deferred' as const } : l,
    );
    const found = checkPlan(planWith(lines), { sizing: sizeEngagement(planWith(lines)) }).find(
      (c) => c.code === 'training_without_follow_up',
    );
    expect(found?.plan).toBe('funded');
    expect(found?.message).toMatch(/^In the funded phase: training with no follow-up/);
  });

  it('warns when the consultant facilitates throughout with no capacity building', () => {
    const lines = soundLines().filter((l) => l.serviceId !== 'facilitator-development');
    expect(codes(planWith(lines))).toContain('facilitate_throughout');
    const stepped = planWith(lines, (e) => ({ supportLevel: { ...e.supportLevel, chosen: 'collaborate' } }));
    expect(codes(stepped)).not.toContain('facilitate_throughout');
  });

  it('asks for priority needs when none are recorded', () => {
    expect(
      codes(
        planWith(soundLines(), () => ({
          needs: [],
          lines: soundLines().map((l) => ({ ...l, needIds: [] })),
        })),
      ),
    ).toContain('no_priority_needs');
  });

  it('notices funds that must be spent before the engagement ends, and pins over budget', () => {
    const e = planWith(soundLines(), () => ({
      budget: {
        amountCents: 1_000_000,
        fundsThrough: null,
        fundingSources: [fundingSource('ESSER III', { amountCents: 1_000_000, endDate: '2026-01-31' })],
      },
      lines: soundLines().map((l) =>
        l.serviceId === 'face-to-face-session' ? { ...l, pin: 'funded' as const } : l,
      ),
    }));
    const checks = checkPlan(e, { sizing: sizeEngagement(e) });
    expect(checks.find((c) => c.code === 'funding_ends_early')?.message).toBe(
      '“ESSER III” must be spent by January 31, 2026, before the work this budget pays for ends on June 30, 2026.',
    );
    expect(checks.find((c) => c.code === 'pins_over_budget')?.message).toMatch(
      /^Services kept funded by hand cost \$[\d,.]+ more than the budget\.$/,
    );
  });

  it('notices an override with no reason, and face-to-face sessions with no PD days', () => {
    const e = planWith(soundLines(), (x) => ({
      supportLevel: { ...x.supportLevel, chosen: 'coach' },
      timeline: { ...x.timeline, pdDays: [] },
    }));
    const checks = checkPlan(e);
    expect(checks.find((c) => c.code === 'override_without_reason')?.severity).toBe('notice');
    expect(checks.find((c) => c.code === 'pd_days_not_recorded')?.lineIds).toEqual([uid('inst')]);
  });
});
