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
  /** Shows the data folder (database and backups) in the OS file manager. */
  'app:openDataFolder': { input: NoInput, output: z.null() },
  /** Shows the error log (`<dataDir>/logs/northstar.log`) in the OS file manager; `not_found` when nothing was logged. */
  'app:openLog': { input: NoInput, output: z.null() },
} as const satisfies Record<`app:${string}`, ChannelSpec>;
