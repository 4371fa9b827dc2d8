import { z } from 'zod';

/** One channel of the IPC contract: what it takes and what it answers. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** For channels that take no argument. */
export const NoInput = z.undefined();
