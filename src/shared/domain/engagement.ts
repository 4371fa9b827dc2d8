import { z } from 'zod';
import { BudgetSchema } from './budget';
import { CatalogSchema, DiscountSchema, RateCardSchema } from './catalog';
import { ClientProfileSchema } from './client';
import { checkEngagement } from './engagement-checks';
import { PlanLineSchema } from './plan-line';
import { cappedList, IdSchema, NameSchema, TextSchema } from './primitives';
import {
  DriversSchema,
  ExpertiseSchema,
  InventoryItemSchema,
  PriorityNeedSchema,
  SupportLevelChoiceSchema,
} from './readiness';
import { DEFAULT_SCOPE_OF_WORK, ScopeOfWorkSchema } from './scope-of-work';
import { TimelineSchema } from './timeline';
import { LIMITS } from './bounds';
import { EngagementStatusSchema } from './vocabulary';

/**
 * The engagement: one document holding the client, where the district starts from, the
 * north-star plan, the budget and timeline, its own catalog and rate card, and the scope of
 * work. Its parts are in client.ts, readiness.ts, plan-line.ts, budget.ts and timeline.ts; the
 * checks across them in engagement-checks.ts.
 */

/** Bumped whenever a stored document needs a migration (see migrate.ts). */
export const ENGAGEMENT_SCHEMA_VERSION = 2;

const EngagementShape = z.object({
  schemaVersion: z.literal(ENGAGEMENT_SCHEMA_VERSION, {
    error: `This engagement was saved by a different version of the app (expected schema version ${ENGAGEMENT_SCHEMA_VERSION})`,
  }),
  id: IdSchema,
  name: NameSchema('Engagement name'),
  status: EngagementStatusSchema,
  notes: TextSchema.default(''),
  client: ClientProfileSchema,
  needs: cappedList(PriorityNeedSchema, LIMITS.needs, 'priority needs').default([]),
  inventory: cappedList(InventoryItemSchema, LIMITS.inventory, 'inventory items').default([]),
  drivers: DriversSchema,
  expertise: ExpertiseSchema,
  supportLevel: SupportLevelChoiceSchema,
  /** The north star: the full ideal engagement. Sizing decides what is funded first. */
  lines: cappedList(PlanLineSchema, LIMITS.lines, 'plan lines').default([]),
  budget: BudgetSchema,
  timeline: TimelineSchema,
  catalog: CatalogSchema,
  rateCard: RateCardSchema,
  discount: DiscountSchema,
  /** Terms, invoicing, deliverables and the other parts of the scope of work a district signs. */
  scopeOfWork: ScopeOfWorkSchema.default(DEFAULT_SCOPE_OF_WORK),
});

export const EngagementSchema = EngagementShape.superRefine(checkEngagement);
export type Engagement = z.infer<typeof EngagementSchema>;
export type EngagementInput = z.input<typeof EngagementSchema>;
