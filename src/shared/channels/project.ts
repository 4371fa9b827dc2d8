import { z } from 'zod';
import { IdSchema } from '../domain';
import { EngagementMetaSchema } from './engagement';
import type { ChannelSpec } from './spec';

export const projectChannels = {
  /** The engagement and its revisions as the text of one `.json` file. */
  'project:export': {
    input: z.strictObject({ engagementId: IdSchema }),
    output: z.object({ fileName: z.string(), content: z.string() }),
  },
  /** Takes the file's text; imports all of it or, with an error naming the field, nothing. */
  'project:import': {
    input: z.strictObject({ content: z.string() }),
    output: z.object({
      engagement: EngagementMetaSchema,
      revisionCount: z.number().int(),
      idChanged: z.boolean(),
    }),
  },
} as const satisfies Record<`project:${string}`, ChannelSpec>;
