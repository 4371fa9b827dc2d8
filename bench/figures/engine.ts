import type { Engagement } from '../../src/shared/domain';
import { prepareSizing, scopePrepared, sizeEngagement, type PreparedSizing } from '../../src/shared/scoping';
import type { Bench } from '../lib';
import { stressEngagement } from '../../tests/support/stress';

interface State {
  engagement: Engagement;
  prepared: PreparedSizing;
  budgets: number[];
  next: number;
}

function setup(): State {
  const engagement = stressEngagement(300);
  const prepared = prepareSizing(engagement);
  const northStar = sizeEngagement(engagement).northStar.subtotalCents;
  // From a sliver of the north star to all of it: the range the what-if slider covers.
  const budgets = Array.from({ length: 50 }, (_, k) => Math.round((northStar * (k + 1)) / 50));
  return { engagement, prepared, budgets, next: 0 };
}

const benches: Bench[] = [
  {
    name: 'sizing_300_lines',
    setup,
    runs: 60,
    warmup: 10,
    run: (state) => sizeEngagement((state as State).engagement),
  },
  {
    // One step of the what-if slider: the preparation is kept, and each step re-sizes,
    // re-schedules, re-costs and re-checks the plan at the next budget.
    name: 'scope_slider_300',
    setup,
    runs: 50,
    warmup: 10,
    run: (state) => {
      const s = state as State;
      s.next = (s.next + 1) % s.budgets.length;
      return scopePrepared(s.prepared, s.budgets[s.next]);
    },
  },
];
export default benches;
