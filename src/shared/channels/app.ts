import { z } from 'zod';
import { NoInput, type ChannelSpec } from './spec';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDir: z.string(),
  versions: z.object({
    node: z.string(),
    electron: z.string().optional(),
    chrome: z.string().optional(),
  }),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appChannels = {
  'app:info': { input: NoInput, output: AppInfoSchema },
} as const satisfies Record<`app:${string}`, ChannelSpec>;
