import { z } from 'zod';
import { IdSchema } from '../domain';
import { EngagementMetaSchema } from './engagement';
import { NoInput, type ChannelSpec } from './spec';

const Cancelled = z.object({ cancelled: z.literal(true) });

/** What an import brought in: all of the file or, with an error naming the field, nothing. */
const ImportedSchema = z.object({
  engagement: EngagementMetaSchema,
  revisionCount: z.number().int(),
  idChanged: z.boolean(),
});

/**
 * Project files (the engagement and its revisions as one `.json` file) through the native save
 * and open dialogs: main picks, reads and writes the path; the page never sees it.
 */
export const projectFileChannels = {
  'project:saveToFile': {
    input: z.strictObject({ engagementId: IdSchema }),
    output: z.discriminatedUnion('cancelled', [
      Cancelled,
      z.object({ cancelled: z.literal(false), fileName: z.string() }),
    ]),
  },
  'project:openFromFile': {
    input: NoInput,
    output: z.discriminatedUnion('cancelled', [
      Cancelled,
      ImportedSchema.extend({ cancelled: z.literal(false), fileName: z.string() }),
    ]),
  },
} as const satisfies Record<`project:${string}`, ChannelSpec>;
