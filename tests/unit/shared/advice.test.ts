import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../src/shared/domain';
import { adviseSupportLevel, levelResolver } from '../../../src/shared/scoping';
import { engagement, uid } from './build';

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
  it('recommends facilitate when the content is new, citing that input', () => {
    const advice = adviseSupportLevel(
      withInputs({ contentFamiliarity: 'new', facilitationExperience: 'some', inHouseCoaches: 2 }),
    );
    expect(advice.recommended).toBe('facilitate');
    expect(advice.confidence).toBe('firm');
    expect(advice.reasons.join(' ')).toMatch(/new to the content/);
    expect(advice.wouldChange.join(' ')).toMatch(
      /Collaborate would fit if staff had at least some familiarity/,
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
      /coaching driver were at least partly in place \(now not in place\)/,
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

  it('suggests stepping down over the phases toward coach', () => {
    const phases = [
      { id: uid('p1'), name: 'Fall', start: '2025-08-01', end: '2025-12-31' },
      { id: uid('p2'), name: 'Spring', start: '2026-01-01', end: '2026-03-31' },
      { id: uid('p3'), name: 'Summer', start: '2026-04-01', end: '2026-06-30' },
    ];
    const e = withInputs({ contentFamiliarity: 'new' });
    const advice = adviseSupportLevel({ ...e, timeline: { ...e.timeline, phases } });
    expect(advice.suggestedStepDown.map((s) => s.level)).toEqual(['facilitate', 'collaborate', 'coach']);
    expect(advice.stepDownNote).toMatch(/builds in-district capacity/);
  });
});

describe('levelResolver', () => {
  it('uses a phase’s step-down level, then the chosen level, then the advice', () => {
    const phaseId = uid('phase');
    const resolve = levelResolver(
      {
        supportLevel: {
          recommended: null,
          chosen: 'facilitate',
          overrideReason: '',
          stepDown: [{ phaseId, level: 'coach' }],
        },
      },
      'collaborate',
    );
    expect(resolve({ phaseId })).toBe('coach');
    expect(resolve({ phaseId: null })).toBe('facilitate');
    const follow = levelResolver(
      { supportLevel: { recommended: null, chosen: null, overrideReason: '', stepDown: [] } },
      'collaborate',
    );
    expect(follow({ phaseId: null })).toBe('collaborate');
  });
});
