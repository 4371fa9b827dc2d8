import { PROFESSIONAL_LEARNING_CATEGORIES, type Engagement } from '../../src/shared/domain';
import { prepareSizing, scopePrepared, sizeEngagement, type PreparedSizing } from '../../src/shared/scoping';
import type { Bench } from '../lib';
import { stressEngagement } from '../../tests/support/stress';

interface State {
  engagement: Engagement;
  prepared: PreparedSizing;
  budgets: number[];
  next: number;
}

/**
 * A 40-line plan paid by three sources that constrain sizing: professional learning only, the
 * first half of the campuses only (with its lines tied to campuses), and a general fund that
 * ends mid-window.
 */
function threeSources(): Engagement {
  const e = stressEngagement(40);
  const campuses = e.client.campuses.map((c) => c.id);
  const third = Math.round(e.budget.amountCents / 3);
  const base = e.budget.fundingSources[0];
  if (!base) throw new Error('the stress engagement has a funding source');
  const source = (k: number) => ({ ...base, id: `00000000-0000-4000-8000-00000000000${String(k)}` });
  return {
    ...e,
    lines: e.lines.map((l, i) => (i % 2 === 0 ? { ...l, campusIds: campuses.slice(0, 1 + (i % 12)) } : l)),
    budget: {
      ...e.budget,
      fundingSources: [
        {
          ...source(1),
          name: 'Title II, Part A',
          amountCents: third,
          restrict: { serviceCategories: [...PROFESSIONAL_LEARNING_CATEGORIES], campusIds: [] },
        },
        {
          ...source(2),
          name: 'Title I, Part A',
          amountCents: third,
          restrict: { serviceCategories: [], campusIds: campuses.slice(0, 12) },
        },
        { ...source(3), name: 'General fund', amountCents: third, endDate: '2026-12-31' },
      ],
    },
  };
}

function setupWith(engagement: Engagement): State {
  const prepared = prepareSizing(engagement);
  const northStar = sizeEngagement(engagement).northStar.subtotalCents;
  // From a sliver of the north star to all of it: the range the what-if slider covers.
  const budgets = Array.from({ length: 50 }, (_, k) => Math.round((northStar * (k + 1)) / 50));
  return { engagement, prepared, budgets, next: 0 };
}

const setup = () => setupWith(stressEngagement(300));

/** One step of the what-if slider to the next budget, with the preparation kept. */
function sliderStep(state: unknown) {
  const s = state as State;
  s.next = (s.next + 1) % s.budgets.length;
  return scopePrepared(s.prepared, s.budgets[s.next]);
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
    run: sliderStep,
  },
  {
    // One what-if step on a 40-line plan whose three funding sources constrain sizing.
    name: 'scope_slider_40_3_sources',
    setup: () => setupWith(threeSources()),
    runs: 50,
    warmup: 10,
    run: sliderStep,
  },
];
export default benches;
