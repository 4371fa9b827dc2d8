import { z } from 'zod';
import { EngagementSchema, IdSchema } from '../domain';
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

export const revisionChannels = {
  'revision:list': { input: z.strictObject({ engagementId: IdSchema }), output: z.array(RevisionSchema) },
  /** Read-only: there is no channel that changes a revision. */
  'revision:open': {
    input: z.strictObject({ engagementId: IdSchema, number: RevisionNumber }),
    output: z.object({ revision: RevisionSchema, engagement: EngagementSchema }),
  },
} as const satisfies Record<`revision:${string}`, ChannelSpec>;
