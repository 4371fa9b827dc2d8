import { z } from 'zod';
import {
  DeliveryModeSchema,
  EngagementSchema,
  IdSchema,
  PrioritySchema,
  SupportLevelSchema,
} from '../domain';
import type { EngagementDiff } from '../scoping';
import type { ChannelSpec } from './spec';

export const RevisionSchema = z.object({
  engagementId: z.string(),
  number: z.number().int(),
  createdAt: z.string(),
  note: z.string(),
  engagementVersion: z.number().int(),
});
export type RevisionInfo = z.infer<typeof RevisionSchema>;

const RevisionNumber = z.number().int().min(1, { error: 'Revisions are numbered from 1' });

const LineSnapshotSchema = z.object({
  name: z.string(),
  serviceId: z.string(),
  quantity: z.string(),
  fundedQuantity: z.string(),
  count: z.number(),
  groups: z.number(),
  priority: PrioritySchema,
  deliveryMode: DeliveryModeSchema,
  status: z.enum(['funded', 'trimmed', 'deferred']),
  fundedGroups: z.number(),
  fundedCents: z.number().int(),
});

const Window = z.object({ start: z.string(), end: z.string() });

/** The engine's diff (src/shared/scoping/diff.ts), as the UI receives it. */
export const EngagementDiffSchema = z.object({
  hasChanges: z.boolean(),
  lines: z.array(
    z.object({
      lineId: z.string(),
      name: z.string(),
      kind: z.enum(['added', 'removed', 'changed']),
      fields: z.array(z.enum(['service', 'quantity', 'priority', 'delivery', 'status', 'cost'])),
      before: LineSnapshotSchema.nullable(),
      after: LineSnapshotSchema.nullable(),
      deltaCents: z.number().int(),
      sentence: z.string(),
    }),
  ),
  supportLevel: z.object({ before: SupportLevelSchema, after: SupportLevelSchema }).nullable(),
  budget: z.object({ beforeCents: z.number().int(), afterCents: z.number().int() }).nullable(),
  timeline: z.object({ before: Window, after: Window }).nullable(),
  totals: z.object({
    beforeCents: z.number().int(),
    afterCents: z.number().int(),
    deltaCents: z.number().int(),
  }),
  agreement: z.array(z.string()),
  sentences: z.array(z.string()),
});

// Fails to compile if the engine's diff and this schema drift apart, in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type DiffSchemaMatchesEngine = Assert<Same<z.infer<typeof EngagementDiffSchema>, EngagementDiff>>;

export const revisionChannels = {
  'revision:list': { input: z.strictObject({ engagementId: IdSchema }), output: z.array(RevisionSchema) },
  /** Read-only: there is no channel that changes a revision. */
  'revision:open': {
    input: z.strictObject({ engagementId: IdSchema, number: RevisionNumber }),
    output: z.object({ revision: RevisionSchema, engagement: EngagementSchema }),
  },
  /** What changed from revision `from` to revision `to`, or to the engagement as saved now. */
  'revision:diff': {
    input: z.strictObject({
      engagementId: IdSchema,
      from: RevisionNumber,
      to: z.union([RevisionNumber, z.literal('current')]),
    }),
    output: z.object({ from: RevisionSchema, to: RevisionSchema.nullable(), diff: EngagementDiffSchema }),
  },
} as const satisfies Record<`revision:${string}`, ChannelSpec>;
