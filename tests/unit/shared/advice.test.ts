import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../src/shared/domain';
import { adviseSupportLevel, levelResolver } from '../../../src/shared/scoping';
import { engagement, line, uid } from './build';

type Rating = 'not_in_place' | 'partly' | 'in_place' | null;

function withInputs(
  expertise: Partial<Engagement['expertise']>,
  ratings: Partial<Record<'coaching' | 'leadership' | 'training', Rating>> = {},
): Engagement {
  return engagement((e) => {
    const drivers = structuredClone(e.drivers);
    for (const key of Object.keys(drivers) as (keyof typeof drivers)[]) drivers[key].rating = 'partly';
    for (const [key, rating] of Object.entries(ratings)) drivers[key as 'coaching'].rating = rating;
    return { expertise: { ...e.expertise, ...expertise }, drivers };
  });
}

describe('adviseSupportLevel', () => {
  it('recommends facilitate when the content is new and staff have not led adult learning, citing both', () => {
    const advice = adviseSupportLevel(
      withInputs({ contentFamiliarity: 'new', facilitationExperience: 'new', inHouseCoaches: 2 }),
    );
    expect(advice.recommended).toBe('facilitate');
    expect(advice.confidence).toBe('firm');
    expect(advice.reasons.join(' ')).toMatch(/new to the content/);
    expect(advice.reasons.join(' ')).toMatch(/little experience leading adult learning/);
    expect(advice.wouldChange.join(' ')).toMatch(
      /Collaborate would fit if staff had some experience leading adult learning/,
    );
  });

  it('recommends collaborate for able facilitators new to the content: the consultant teaches the content, they lead', () => {
    const institute = line('institute', 'facilitator-development', { count: 2 });
    const sessions = line('sessions', 'face-to-face-session', {
      count: 3,
      groups: 2,
      dependsOn: [institute.id],
    });
    const base = withInputs({
      contentFamiliarity: 'new',
      facilitationExperience: 'strong',
      inHouseFacilitators: 5,
      inHouseCoaches: 3,
    });
    const advice = adviseSupportLevel({ ...base, lines: [institute, sessions] });
    expect(advice.recommended).toBe('collaborate');
    expect(advice.reasons.join(' ')).toMatch(
      /strong experience and comfort leading adult learning on it, and the district has 5 in-house facilitators and 3 in-house coaches \(8 people/,
    );
    expect(advice.lineLevels.map((l) => [l.lineId, l.level])).toEqual([
      [institute.id, 'facilitate'],
      [sessions.id, 'coach'],
    ]);
    expect(advice.lineLevels[0]?.reason).toMatch(
      /teaches content that is new to staff, so the consultant leads it/,
    );
    expect(advice.lineLevels[1]?.reason).toMatch(
      /is led by the staff .* prepares, with the consultant co-planning/,
    );
  });

  it('weighs capacity: a handful of in-house people for many campuses keeps the district short of coach', () => {
    const e = withInputs(
      {
        contentFamiliarity: 'strong',
        facilitationExperience: 'strong',
        inHouseFacilitators: 2,
        inHouseCoaches: 1,
      },
      { coaching: 'in_place', leadership: 'in_place' },
    );
    const campuses = Array.from({ length: 12 }, (_, k) => ({
      id: uid(`c${String(k)}`),
      name: `Campus ${String(k)}`,
      gradeBand: '',
      teachers: 20,
    }));
    const advice = adviseSupportLevel({ ...e, client: { ...e.client, campuses } });
    expect(advice.recommended).toBe('collaborate');
    expect(advice.wouldChange.join(' ')).toMatch(
      /one in-house facilitator or coach for each of its 12 campuses \(now 3 people\)/,
    );
  });

  it('recommends facilitate when nobody in-house can share the delivery', () => {
    const advice = adviseSupportLevel(
      withInputs({ contentFamiliarity: 'some', facilitationExperience: 'some' }),
    );
    expect(advice.recommended).toBe('facilitate');
    expect(advice.reasons.join(' ')).toMatch(/no in-house facilitators or coaches/);
  });

  it('recommends collaborate with some expertise and names what coach would need', () => {
    const advice = adviseSupportLevel(
      withInputs({
        contentFamiliarity: 'some',
        facilitationExperience: 'strong',
        inHouseFacilitators: 3,
        inHouseCoaches: 1,
      }),
    );
    expect(advice.recommended).toBe('collaborate');
    expect(advice.reasons.join(' ')).toMatch(/3 in-house facilitators and 1 in-house coach/);
    const coach = advice.wouldChange.find((s) => s.startsWith('Coach would fit'));
    expect(coach).toMatch(/strongly familiar with the content \(now somewhat familiar\)/);
    expect(coach).not.toMatch(/facilitation experience/);
  });

  it('recommends coach with strong in-house expertise and working coaching and leadership drivers', () => {
    const advice = adviseSupportLevel(
      withInputs(
        {
          contentFamiliarity: 'strong',
          facilitationExperience: 'strong',
          inHouseFacilitators: 4,
          inHouseCoaches: 6,
        },
        { coaching: 'in_place', leadership: 'partly' },
      ),
    );
    expect(advice.recommended).toBe('coach');
    expect(advice.reasons.join(' ')).toMatch(/outside voice/);
  });

  it('holds back from coach while the coaching driver is not in place, and says so', () => {
    const advice = adviseSupportLevel(
      withInputs(
        {
          contentFamiliarity: 'strong',
          facilitationExperience: 'strong',
          inHouseFacilitators: 4,
          inHouseCoaches: 6,
        },
        { coaching: 'not_in_place' },
      ),
    );
    expect(advice.recommended).toBe('collaborate');
    expect(advice.wouldChange.join(' ')).toMatch(
      /Coach would fit once the coaching driver is at least partly in place \(now not in place\)/,
    );
  });

  it('is tentative while expertise is not recorded, and asks for it', () => {
    const advice = adviseSupportLevel(engagement());
    expect(advice.recommended).toBe('facilitate');
    expect(advice.confidence).toBe('tentative');
    expect(advice.wouldChange[0]).toMatch(/^Recording how familiar staff are with the content/);
    expect(advice.wouldChange.join(' ')).toMatch(/7 drivers are not rated yet/);
  });

  it('keeps the consultant’s override and its reason', () => {
    const e = withInputs({ contentFamiliarity: 'some', facilitationExperience: 'some', inHouseCoaches: 2 });
    const overridden = adviseSupportLevel({
      ...e,
      supportLevel: {
        ...e.supportLevel,
        chosen: 'facilitate',
        overrideReason: 'New materials arrive in August.',
      },
    });
    expect(overridden.recommended).toBe('collaborate');
    expect(overridden.effective).toBe('facilitate');
    expect(overridden.overridden).toBe(true);
    expect(overridden.overrideReason).toBe('New materials arrive in August.');
  });

  it('suggests stepping down over the phases toward coach when the plan builds capacity', () => {
    const phases = [
      { id: uid('p1'), name: 'Fall', start: '2025-08-01', end: '2025-12-31' },
      { id: uid('p2'), name: 'Spring', start: '2026-01-01', end: '2026-03-31' },
      { id: uid('p3'), name: 'Summer', start: '2026-04-01', end: '2026-06-30' },
    ];
    const e = withInputs({ contentFamiliarity: 'some', facilitationExperience: 'new', inHouseCoaches: 2 });
    const withPhases = { ...e, timeline: { ...e.timeline, phases } };
    const none = adviseSupportLevel(withPhases);
    expect(none.suggestedStepDown).toEqual([]);
    expect(none.stepDownNote).toMatch(/Nothing in the plan builds the district’s own capacity yet/);
    const advice = adviseSupportLevel({
      ...withPhases,
      lines: [line('ttt', 'facilitator-development', { count: 2 })],
    });
    expect(advice.suggestedStepDown.map((s) => s.level)).toEqual(['facilitate', 'collaborate', 'coach']);
    expect(advice.stepDownNote).toMatch(/builds in-district capacity/);
  });

  it('holds a step-down at collaborate while coaching is not in place, and says what it waits for', () => {
    const phases = [
      { id: uid('p1'), name: 'Fall', start: '2025-08-01', end: '2025-12-31' },
      { id: uid('p2'), name: 'Spring', start: '2026-01-01', end: '2026-06-30' },
    ];
    const e = withInputs(
      {
        contentFamiliarity: 'some',
        facilitationExperience: 'some',
        inHouseFacilitators: 3,
        inHouseCoaches: 12,
      },
      { coaching: 'not_in_place' },
    );
    const advice = adviseSupportLevel({
      ...e,
      timeline: { ...e.timeline, phases },
      lines: [line('ttt', 'facilitator-development', { count: 2 })],
    });
    // A step-down names two different levels or none: collaborate throughout is no step-down.
    expect(advice.suggestedStepDown).toEqual([]);
    expect(advice.stepDownNote).toBe(
      'The level stays at collaborate in every phase: the step to coach waits until the coaching driver is at least partly in place (now not in place).',
    );
  });
});

describe('levelResolver', () => {
  it('uses the line’s own level, then the advice for the line, then its phase’s step-down, then the chosen level, then the advice', () => {
    const phaseId = uid('phase');
    const supportLevel = {
      recommended: null,
      chosen: 'facilitate' as const,
      overrideReason: '',
      stepDown: [{ phaseId, level: 'coach' as const }],
    };
    const resolve = levelResolver(
      { supportLevel },
      {
        recommended: 'collaborate',
        lineLevels: [{ lineId: uid('institute'), level: 'facilitate', reason: '' }],
      },
    );
    expect(resolve({ id: uid('a'), phaseId, level: null })).toBe('coach');
    expect(resolve({ id: uid('a'), phaseId: null, level: null })).toBe('facilitate');
    expect(resolve({ id: uid('a'), phaseId, level: 'collaborate' })).toBe('collaborate');
    expect(resolve({ id: uid('institute'), phaseId, level: null })).toBe('facilitate');
    const follow = levelResolver(
      { supportLevel: { recommended: null, chosen: null, overrideReason: '', stepDown: [] } },
      { recommended: 'collaborate', lineLevels: [] },
    );
    expect(follow({ id: uid('a'), phaseId: null, level: null })).toBe('collaborate');
  });
});
