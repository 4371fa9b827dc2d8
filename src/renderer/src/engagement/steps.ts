import { DRIVER_KEYS, type Engagement } from '@shared/domain';
import type { Scope } from '@shared/scoping';
import type { StepId } from '../app/routing';
import { plural, upperFirst } from '@shared/words';

export type StepStatus = 'done' | 'attention' | 'todo';

export interface StepInfo {
  id: StepId;
  label: string;
  /** One line under the step's heading: what this step is for. */
  purpose: string;
  /** Form paths this step edits, for routing schema problems to it. */
  paths: readonly string[];
}

export const STEPS: readonly StepInfo[] = [
  {
    id: 'client-profile',
    label: 'Client profile',
    purpose: 'Who the district is: organization, contacts, campuses and the people the learning reaches.',
    paths: ['name', 'client', 'notes'],
  },
  {
    id: 'priority-needs',
    label: 'Priority needs',
    purpose: 'The student and educator needs current results show. The plan ties to the highest ones.',
    paths: ['needs'],
  },
  {
    id: 'inventory',
    label: 'Inventory',
    purpose: 'What already works or shows promise, by level. Our work starts where they are.',
    paths: ['inventory'],
  },
  {
    id: 'drivers',
    label: 'Drivers and expertise',
    purpose: 'Which implementation drivers are in place, and the district’s own expertise.',
    paths: ['drivers', 'expertise'],
  },
  {
    id: 'support-level',
    label: 'Support level',
    purpose: 'Facilitate, collaborate or coach: the advice and its reasons, and your choice.',
    paths: ['supportLevel'],
  },
  {
    id: 'north-star',
    label: 'North star plan',
    purpose: 'The full ideal engagement, built from the service catalog.',
    paths: ['lines', 'catalog'],
  },
  {
    id: 'budget-timeline',
    label: 'Budget and timeline',
    purpose: 'The money available, where it comes from, the window and the dates to avoid.',
    paths: ['budget', 'timeline', 'discount', 'rateCard'],
  },
  {
    id: 'sizing',
    label: 'Sizing',
    purpose: 'Where to start: what the budget and calendar fund now, and what waits until funds allow.',
    paths: [],
  },
  {
    id: 'review-export',
    label: 'Review and export',
    purpose: 'The scope of work as a PDF, the revision note, and what changed since the last version.',
    paths: ['status'],
  },
];

export function stepInfo(id: StepId): StepInfo {
  const found = STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown step ${id}`);
  return found;
}

/** The step whose screen edits `path`. */
export function stepForPath(path: string): StepId | null {
  const head = path.split('.')[0] ?? '';
  return STEPS.find((s) => s.paths.includes(head))?.id ?? null;
}

function problemsIn(step: StepInfo, issues: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const path of issues.keys()) if (step.paths.includes(path.split('.')[0] ?? '')) n++;
  return n;
}

export interface StepState {
  status: StepStatus;
  /** Why it needs attention, or what is done, in a few words for the rail's tooltip. */
  note: string;
}

/** Done / needs attention / not started, for the progress rail. */
export function stepStates(
  e: Engagement,
  reading: Scope,
  issues: ReadonlyMap<string, string>,
  revisions: number,
): Record<StepId, StepState> {
  const out = {} as Record<StepId, StepState>;
  for (const step of STEPS) {
    const problems = problemsIn(step, issues);
    if (problems > 0) {
      out[step.id] = {
        status: 'attention',
        note: `${plural(problems, 'field needs', 'fields need')} fixing`,
      };
      continue;
    }
    out[step.id] = judge(step.id, e, reading, revisions);
  }
  return out;
}

function judge(id: StepId, e: Engagement, reading: Scope, revisions: number): StepState {
  const todo = (note: string): StepState => ({ status: 'todo', note });
  const done = (note: string): StepState => ({ status: 'done', note });
  const attention = (note: string): StepState => ({ status: 'attention', note });
  switch (id) {
    case 'client-profile':
      if (e.client.name.trim() === '') return todo('Name the client');
      if (e.client.educators.teachers === 0) return todo('Add educator counts');
      return done(e.client.name);
    case 'priority-needs':
      return e.needs.length > 0 ? done(`${e.needs.length} recorded`) : todo('No needs recorded yet');
    case 'inventory':
      return e.inventory.length > 0 ? done(`${e.inventory.length} items`) : todo('Nothing inventoried yet');
    case 'drivers': {
      const unrated = DRIVER_KEYS.filter((k) => e.drivers[k].rating === null).length;
      const expertiseUnknown =
        e.expertise.contentFamiliarity === null || e.expertise.facilitationExperience === null;
      if (unrated === 0 && !expertiseUnknown) return done('All rated');
      if (unrated === DRIVER_KEYS.length && expertiseUnknown) return todo('Not rated yet');
      return todo(
        `${plural(unrated, 'driver', 'drivers')} not rated${expertiseUnknown ? ', expertise incomplete' : ''}`,
      );
    }
    case 'support-level': {
      const { advice } = reading;
      if (advice.overridden && advice.overrideReason.trim() === '')
        return attention('Say why you overrode the advice');
      return e.supportLevel.chosen !== null || advice.confidence === 'firm'
        ? done(upperFirst(advice.effective))
        : todo('Advice is tentative');
    }
    case 'north-star':
      return e.lines.length > 0 ? done(plural(e.lines.length, 'line', 'lines')) : todo('No services yet');
    case 'budget-timeline':
      return e.budget.amountCents > 0 ? done('Budget set') : todo('No budget yet');
    case 'sizing': {
      if (e.lines.length === 0) return todo('Add services first');
      const warnings = reading.checks.filter((c) => c.severity === 'warning').length;
      if (warnings > 0) return attention(`${plural(warnings, 'plan check', 'plan checks')} to read`);
      return done('Plan checks pass');
    }
    case 'review-export':
      return revisions > 0
        ? done(`${plural(revisions, 'version', 'versions')} exported`)
        : todo('Not exported yet');
  }
}
