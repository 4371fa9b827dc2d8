import { stressEngagement, type Engagement } from '../../src/shared/domain';
import { sizeEngagement, whatIfBudgets } from '../../src/shared/scoping';
import type { Bench } from '../lib';

interface State {
  engagement: Engagement;
  budgets: number[];
}

function setup(): State {
  const engagement = stressEngagement(300);
  const northStar = sizeEngagement(engagement).northStar.subtotalCents;
  // From a sliver of the north star to all of it: the range a what-if slider covers.
  const budgets = Array.from({ length: 50 }, (_, k) => Math.round((northStar * (k + 1)) / 50));
  return { engagement, budgets };
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
    name: 'whatif_50_budgets',
    setup,
    runs: 20,
    warmup: 3,
    run: (state) => {
      const { engagement, budgets } = state as State;
      return whatIfBudgets(engagement, budgets);
    },
  },
];
export default benches;
