import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextSteps, sliderRange } from '../../../src/renderer/src/engagement/sizing/budget-slider';
import { TriedScopes } from '../../../src/renderer/src/engagement/sizing/tried-scopes';
import { prepareSizing, scopeEngagement } from '../../../src/shared/scoping';
import { stressEngagement } from '../../support/stress';

describe('the budget slider’s steps', () => {
  const range = { max: 1_000_000, step: 10_000 };

  it('are one step either side, the way the thumb last moved first', () => {
    expect(nextSteps(500_000, range, 10_000)).toEqual([510_000, 490_000]);
    expect(nextSteps(500_000, range, -10_000)).toEqual([490_000, 510_000]);
    // Just focused, not moved yet: up first, as "what does more buy?" is the usual question.
    expect(nextSteps(500_000, range, 0)).toEqual([510_000, 490_000]);
  });

  it('stop at the ends of the slider, where a key press goes nowhere', () => {
    expect(nextSteps(0, range, -10_000)).toEqual([10_000]);
    expect(nextSteps(1_000_000, range, 10_000)).toEqual([990_000]);
    // A budget past the slider's end shows at the end.
    expect(nextSteps(1_250_000, range, 0)).toEqual([990_000]);
    // A budget between steps moves by a whole step, as the slider's keys do.
    expect(nextSteps(4_999, range, 0)).toEqual([14_999, 0]);
  });

  it('span a bit past the north star in round steps', () => {
    expect(sliderRange(24_000_000, 10_000_000)).toEqual({ max: 30_000_000, step: 100_000 });
    // Never a slider too short to try anything on.
    expect(sliderRange(0, 0)).toEqual({ max: 1_000_000, step: 10_000 });
  });
});

describe('TriedScopes', () => {
  const engagement = stressEngagement(12);
  const prepared = prepareSizing(engagement);
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => {
      idle[handle - 1] = () => undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  const runIdle = () => {
    for (let i = 0; i < idle.length; i++) idle[i]?.();
  };

  it('gives the figures the plan has when saved at that budget', () => {
    const scopes = new TriedScopes(prepared);
    for (const budget of [2_500_000, 40_000_000, 0]) {
      const tried = scopes.at(budget);
      const stored = scopeEngagement({
        ...engagement,
        budget: { ...engagement.budget, amountCents: budget },
      });
      expect(tried.sizing).toEqual(stored.sizing);
      expect(tried.costing).toEqual(stored.costing);
    }
  });

  it('sizes the budgets ahead while idle, and a later step finds them without sizing again', () => {
    const scopes = new TriedScopes(prepared);
    scopes.sizeWhenIdle([3_000_000, 2_000_000]);
    expect(scopes.has(3_000_000)).toBe(false);
    runIdle();
    expect(scopes.has(3_000_000) && scopes.has(2_000_000)).toBe(true);
    const ahead = scopes.at(3_000_000);
    expect(scopes.at(3_000_000)).toBe(ahead);
  });

  it('sizes nothing once cancelled: the thumb moved on, or the plan changed', () => {
    const scopes = new TriedScopes(prepared);
    const cancel = scopes.sizeWhenIdle([3_000_000, 2_000_000]);
    cancel();
    runIdle();
    expect(scopes.has(3_000_000) || scopes.has(2_000_000)).toBe(false);
  });

  it('keeps a walk along the slider and forgets what was tried longest ago', () => {
    const scopes = new TriedScopes(prepared);
    const budgets = Array.from({ length: 20 }, (_, k) => (k + 1) * 100_000);
    for (const b of budgets) scopes.at(b);
    expect(budgets.filter((b) => scopes.has(b))).toEqual(budgets.slice(4));
  });
});
