import { z } from 'zod';
import { IdSchema } from '../domain';
import type { ChannelSpec } from './spec';

/** Notes on a revision are kept short: a line for "sent after the May board meeting". */
export const MAX_EXPORT_NOTE = 2_000;

export const ScopeExportSchema = z.discriminatedUnion('cancelled', [
  z.object({ cancelled: z.literal(true) }),
  z.object({
    cancelled: z.literal(false),
    /** Names the written file for `scope:openExport`; main keeps the path, the page never sees it. */
    exportId: z.uuid(),
    fileName: z.string(),
    /** The finance office's CSV (funded scope by fiscal year, funding source and month), beside the PDF. */
    csvFileName: z.string().optional(),
    /** The revision the PDF was frozen as (its "version N"). */
    revision: z.number().int().min(1),
    pageCount: z.number().int().min(1),
    byteLength: z.number().int().min(1),
  }),
]);
export type ScopeExport = z.infer<typeof ScopeExportSchema>;

export const scopeChannels = {
  /**
   * Renders the saved engagement's scope of work, asks where to save it, writes it, and
   * freezes the engagement as the next revision. Cancelling the dialog writes and freezes
   * nothing. Resolves once the file is on disk.
   */
  'scope:exportPdf': {
    input: z.strictObject({
      engagementId: IdSchema,
      note: z
        .string()
        .max(MAX_EXPORT_NOTE, { error: `Keep the note under ${MAX_EXPORT_NOTE} characters` })
        .optional(),
    }),
    output: ScopeExportSchema,
  },
  /** Opens a PDF this session exported, or shows it in its folder. */
  'scope:openExport': {
    input: z.strictObject({ exportId: z.uuid(), reveal: z.boolean().optional() }),
    output: z.object({ fileName: z.string() }),
  },
} as const satisfies Record<`scope:${string}`, ChannelSpec>;
