/** The steps of an engagement, in the order the app guides them (DOMAIN.md, "The flow"). */
export const STEP_IDS = [
  'client-profile',
  'priority-needs',
  'inventory',
  'drivers',
  'support-level',
  'north-star',
  'budget-timeline',
  'sizing',
  'review-export',
] as const;
export type StepId = (typeof STEP_IDS)[number];
