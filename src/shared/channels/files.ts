import { z } from 'zod';
import { IdSchema } from '../domain';
import { projectChannels } from './project';
import { NoInput, type ChannelSpec } from './spec';

const Cancelled = z.object({ cancelled: z.literal(true) });

/** Project files through the native save and open dialogs: main picks and reads the path. */
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
      projectChannels['project:import'].output.extend({ cancelled: z.literal(false), fileName: z.string() }),
    ]),
  },
} as const satisfies Record<`project:${string}`, ChannelSpec>;
