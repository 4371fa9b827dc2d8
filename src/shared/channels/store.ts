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
  kind: z.enum([
    'recovered',
    'recovered_empty',
    'migrated',
    'restored',
    'purged',
    'damage_found',
    'read_only',
  ]),
  message: z.string(),
  at: z.string(),
});

export const StoreStatusSchema = z.object({
  dataDir: z.string(),
  dbPath: z.string(),
  /** Open read-only, at the person's choice, because the folder or file cannot be written. */
  readOnly: z.boolean(),
  schemaVersion: z.number().int(),
  /** What happened when the database was opened or restored, for the person to read. */
  notices: z.array(StoreNoticeSchema),
  backups: z.array(BackupInfoSchema),
});
export type StoreStatusResult = z.infer<typeof StoreStatusSchema>;

export const RecoveryActionSchema = z.enum([
  'restore_backup',
  'start_empty',
  'open_read_only',
  'choose_folder',
]);
export type RecoveryAction = z.infer<typeof RecoveryActionSchema>;

/** Why the database could not be opened, and what the person can do about it. */
export const StoreProblemSchema = z.object({
  kind: z.enum([
    'empty_file',
    'foreign_file',
    'missing_table',
    'read_only_folder',
    'read_only_file',
    'unusable_folder',
  ]),
  title: z.string(),
  message: z.string(),
  dataDir: z.string(),
  dbPath: z.string(),
  actions: z.array(RecoveryActionSchema),
  backup: z.object({ name: z.string(), createdAt: z.string() }).nullable(),
});
export type StoreProblemResult = z.infer<typeof StoreProblemSchema>;

const ProblemAnswer = z.object({ problem: StoreProblemSchema.nullable() });

export const storeChannels = {
  'store:status': { input: NoInput, output: StoreStatusSchema },
  /** Answers even when the database could not be opened: null when all is well. */
  'store:problem': { input: NoInput, output: ProblemAnswer },
  /** Carries out one of the problem's actions; answers the problem that remains, if any. */
  'store:recover': { input: z.strictObject({ action: RecoveryActionSchema }), output: ProblemAnswer },
} as const satisfies Record<`store:${string}`, ChannelSpec>;

export const backupChannels = {
  'backup:create': { input: NoInput, output: BackupInfoSchema },
  /** Replaces the database with the named backup, after backing up the current one. */
  'backup:restore': {
    input: z.strictObject({ name: z.string().min(1).max(200) }),
    output: StoreStatusSchema,
  },
} as const satisfies Record<`backup:${string}`, ChannelSpec>;
