import { z } from 'zod';
import { cappedList, CountSchema, IdSchema, NameSchema, PositiveCountSchema, TextSchema } from './primitives';
import { LIMITS } from './bounds';
import {
  DriverRatingSchema,
  ExpertiseLevelSchema,
  InventoryKindSchema,
  InventoryLevelSchema,
  InventoryStatusSchema,
  LeadershipChallengeSchema,
  SupportLevelSchema,
} from './vocabulary';

/**
 * Where the district starts from: its priority needs and their evidence, the inventory of what
 * it already does, its implementation drivers and its staff's expertise, and the support level
 * chosen from them.
 */

export const EvidenceSchema = z.object({
  source: z.string().max(300).default(''),
  measure: z.string().max(300).default(''),
  baseline: z.string().max(120).default(''),
  target: z.string().max(120).default(''),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PriorityNeedSchema = z.object({
  id: IdSchema,
  statement: NameSchema('Need'),
  /** Whose learning the need is about. */
  learners: z.enum(['students', 'educators']),
  evidence: EvidenceSchema,
  /** 1 is the highest priority. */
  rank: PositiveCountSchema('Rank'),
});
export type PriorityNeed = z.infer<typeof PriorityNeedSchema>;

export const InventoryItemSchema = z.object({
  id: IdSchema,
  name: NameSchema('Inventory item'),
  level: InventoryLevelSchema,
  kind: InventoryKindSchema,
  evidence: TextSchema.default(''),
  status: InventoryStatusSchema,
  notes: TextSchema.default(''),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const DriverAssessmentSchema = z.object({
  /** null until someone has rated it: "not rated" is different from "not in place". */
  rating: DriverRatingSchema.nullable(),
  notes: TextSchema.default(''),
});
export type DriverAssessment = z.infer<typeof DriverAssessmentSchema>;

export const DriversSchema = z.object({
  selection: DriverAssessmentSchema,
  training: DriverAssessmentSchema,
  coaching: DriverAssessmentSchema,
  internal_systems: DriverAssessmentSchema,
  external_systems: DriverAssessmentSchema,
  data_support_systems: DriverAssessmentSchema,
  leadership: DriverAssessmentSchema.extend({
    challenge: LeadershipChallengeSchema.nullable().default(null),
  }),
});
export type Drivers = z.infer<typeof DriversSchema>;

export const ExpertiseSchema = z.object({
  /** How familiar district staff are with the content; null until asked. */
  contentFamiliarity: ExpertiseLevelSchema.nullable(),
  /** Experience and comfort planning and facilitating adult learning on it. */
  facilitationExperience: ExpertiseLevelSchema.nullable(),
  inHouseFacilitators: CountSchema('In-house facilitators'),
  inHouseCoaches: CountSchema('In-house coaches'),
  notes: TextSchema.default(''),
});
export type Expertise = z.infer<typeof ExpertiseSchema>;

export const SupportLevelChoiceSchema = z.object({
  /** What the advice recommended when the level was chosen, so a later override is visible. */
  recommended: SupportLevelSchema.nullable(),
  /** null follows the advice. */
  chosen: SupportLevelSchema.nullable(),
  overrideReason: TextSchema.default(''),
  /** A different level for some phases: facilitate, then collaborate, then coach. */
  stepDown: cappedList(
    z.object({ phaseId: IdSchema, level: SupportLevelSchema }),
    LIMITS.phases,
    'step-downs',
  ).default([]),
});
export type SupportLevelChoice = z.infer<typeof SupportLevelChoiceSchema>;
