import { z } from 'zod';
import { NoInput, type ChannelSpec } from './spec';

export const BackupInfoSchema = z.object({
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
  reason: z.enum(['scheduled', 'manual', 'before-migration', 'before-restore']),
  sizeBytes: z.number().int(),
});
export type BackupInfoResult = z.infer<typeof BackupInfoSchema>;

export const StoreNoticeSchema = z.object({
  level: z.enum(['info', 'warning']),
  kind: z.enum(['recovered', 'recovered_empty', 'migrated', 'restored', 'purged', 'damage_found']),
  message: z.string(),
  at: z.string(),
});

export const StoreStatusSchema = z.object({
  dataDir: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  /** What happened when the database was opened or restored, for the person to read. */
  notices: z.array(StoreNoticeSchema),
  backups: z.array(BackupInfoSchema),
});
export type StoreStatusResult = z.infer<typeof StoreStatusSchema>;

export const storeChannels = {
  'store:status': { input: NoInput, output: StoreStatusSchema },
} as const satisfies Record<`store:${string}`, ChannelSpec>;

export const backupChannels = {
  'backup:list': { input: NoInput, output: z.array(BackupInfoSchema) },
  'backup:create': { input: NoInput, output: BackupInfoSchema },
  /** Replaces the database with the named backup, after backing up the current one. */
  'backup:restore': {
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    output: StoreStatusSchema,
  },
} as const satisfies Record<`backup:${string}`, ChannelSpec>;
