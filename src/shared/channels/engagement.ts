import { z } from 'zod';
import { EngagementSchema, EngagementStatusSchema, IdSchema, NameSchema } from '../domain';
import { NoInput, type ChannelSpec } from './spec';

export const EngagementMetaSchema = z.object({
  id: z.string(),
  name: z.string(),
  clientName: z.string(),
  status: EngagementStatusSchema,
  /** Increments on every save; send it back as `baseVersion` with the next save. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** The newest version exported as a scope of work, or null before the first. */
  sentVersion: z.number().int().nullable(),
});
export type EngagementMeta = z.infer<typeof EngagementMetaSchema>;

export const StoredEngagementSchema = z.object({ engagement: EngagementSchema, meta: EngagementMetaSchema });
export type StoredEngagementResult = z.infer<typeof StoredEngagementSchema>;

const ClientNameSchema = z
  .string()
  .trim()
  .max(300, { error: 'Client name is too long (300 characters at most)' });
const PageSize = z.number().int().min(1).max(500);
const Offset = z.number().int().min(0).max(1_000_000_000);

export const CreateEngagementSchema = z.discriminatedUnion(
  'from',
  [
    z.strictObject({
      from: z.literal('blank'),
      name: NameSchema('Engagement name'),
      clientName: ClientNameSchema.optional(),
    }),
    z.strictObject({ from: z.literal('sample'), sampleId: z.string().min(1).max(100) }),
    z.strictObject({
      from: z.literal('template'),
      engagementId: IdSchema,
      name: NameSchema('Engagement name'),
      clientName: ClientNameSchema.optional(),
    }),
  ],
  { error: 'Say whether to start blank, from a sample or from another engagement' },
);

export const ShelfSchema = z.enum(['active', 'archived', 'all', 'deleted']);

export const ListEngagementsSchema = z.strictObject({
  shelf: ShelfSchema.optional(),
  status: EngagementStatusSchema.optional(),
  sort: z.enum(['updated', 'created', 'name', 'client']).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  offset: Offset.optional(),
  limit: PageSize.optional(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
  });

export const SearchHitSchema = EngagementMetaSchema.extend({
  /** Where the words matched, with the matching words marked. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});

export const SampleSchema = z.object({ id: z.string(), name: z.string(), description: z.string() });

const ById = z.strictObject({ id: IdSchema });

export const engagementChannels = {
  'engagement:create': { input: CreateEngagementSchema, output: StoredEngagementSchema },
  'engagement:get': { input: ById, output: StoredEngagementSchema },
  /** Durable when it answers; a stale `baseVersion` is refused with `conflict`. */
  'engagement:save': {
    input: z.strictObject({ engagement: EngagementSchema, baseVersion: z.number().int().min(1) }),
    output: z.object({ id: z.string(), version: z.number().int(), updatedAt: z.string() }),
  },
  'engagement:list': { input: ListEngagementsSchema, output: page(EngagementMetaSchema) },
  'engagement:search': {
    input: z.strictObject({
      text: z.string().max(500, { error: 'Search text is too long' }),
      shelf: z.enum(['active', 'archived', 'all']).optional(),
      offset: Offset.optional(),
      limit: PageSize.optional(),
    }),
    output: page(SearchHitSchema).extend({
      /** More engagements match than were counted (the count stops at 1,000). */
      capped: z.boolean(),
    }),
  },
  'engagement:duplicate': {
    input: z.strictObject({ id: IdSchema, name: NameSchema('Engagement name').optional() }),
    output: StoredEngagementSchema,
  },
  'engagement:archive': {
    input: z.strictObject({ id: IdSchema, archived: z.boolean() }),
    output: EngagementMetaSchema,
  },
  /** Soft delete: undone with `engagement:restore` until it is purged. */
  'engagement:delete': {
    input: ById,
    output: z.object({ meta: EngagementMetaSchema, purgeAfter: z.string() }),
  },
  'engagement:restore': { input: ById, output: EngagementMetaSchema },
  'engagement:samples': { input: NoInput, output: z.array(SampleSchema) },
} as const satisfies Record<`engagement:${string}`, ChannelSpec>;
