import { describe, expect, it } from 'vitest';
import { prepareScopeOfWork } from '../../../src/main/export';
import { fundingSource, line } from '../shared/build';
import { fixtureEngagement } from './fixture';
import { PROFILE } from './helpers';

/** A scope of work a district signs never has work no funding source pays for. */
describe('work no source pays', () => {
  const request = (pin: 'funded' | 'none') => {
    const base = fixtureEngagement();
    return {
      engagement: {
        ...base,
        lines: [line('report', 'impact-evaluation', { count: 2, groups: 1, pin })],
        budget: {
          ...base.budget,
          amountCents: 10_000_000,
          fundingSources: [
            fundingSource('Coaching grant', {
              amountCents: 10_000_000,
              restrict: { serviceCategories: ['coaching'], campusIds: [] },
            }),
          ],
        },
      },
      profile: PROFILE,
      revision: { number: 1, date: '2025-07-15' },
      previous: null,
    };
  };

  it('is refused when kept funded by hand, saying why and what to do', () => {
    expect(() => prepareScopeOfWork(request('funded'))).toThrow(
      /^Some funded work is not paid by any funding source, and a district cannot sign for it\. .*is not allowed by any source’s restrictions\. Record a source that may pay for it.* Then export again\.$/,
    );
  });

  it('is never funded by sizing, so the scope exports with it waiting', () => {
    const input = prepareScopeOfWork(request('none'));
    expect(input.facts.crosswalk.unassignedCents).toBe(0);
    expect(input.scope.sizing.lines[0]?.reason?.code).toBe('no_source');
  });
});
