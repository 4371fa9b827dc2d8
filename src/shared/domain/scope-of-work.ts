import { z } from 'zod';
import {
  cappedList,
  CentsSchema,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  SlugOrIdSchema,
  uniqueIds,
} from './primitives';
import { ServiceCategorySchema, type ServiceCategory } from './vocabulary';

/**
 * What a district's procurement office needs before it can sign: the consultancy's terms
 * (kept in settings as a library of named clauses, included in every engagement and edited or
 * dropped per engagement), the effective date, the purchase order, how and when invoices go
 * out, which funding source pays for which work, deliverables and how they are accepted, the
 * district's own commitments, who takes the work over afterwards, and the ways to start the
 * district chooses between. Every field has a default, so documents saved before these fields
 * existed still read.
 */

const ClauseTextSchema = z
  .string()
  .trim()
  .min(1, { error: 'A clause needs its wording' })
  .max(6_000, { error: 'A clause is too long (6,000 characters at most)' });

/** One named clause of the consultancy's standard terms. */
export const TermsClauseSchema = z.object({
  id: SlugOrIdSchema,
  title: NameSchema('Clause title'),
  text: ClauseTextSchema,
});
export type TermsClause = z.infer<typeof TermsClauseSchema>;

export const TermsLibrarySchema = z
  .array(TermsClauseSchema)
  .max(40, { error: 'Keep the terms to 40 clauses at most' })
  .superRefine((clauses, ctx) => uniqueIds(clauses, ctx, 'clauses'));
export type TermsLibrary = z.infer<typeof TermsLibrarySchema>;

/**
 * Fill-ins a clause may use; the scope of work replaces each with the engagement's own value.
 * Anything else written in double braces is left as a placeholder and refused at export.
 */
export const TERMS_FILL_INS = {
  client: 'the client’s name',
  consultancy: 'your consultancy’s name',
  effectiveDate: 'the effective date',
  periodStart: 'the first day of the period of performance',
  periodEnd: 'the last day of the period of performance',
  netDays: 'days the district has to pay an invoice',
  invoicing: 'how invoices go out (monthly in arrears, by phase, by milestone)',
  purchaseOrder: 'the purchase order number, or a note that the district issues one',
} as const;
export type TermsFillIn = keyof typeof TERMS_FILL_INS;

/** How invoices are raised for the funded work. */
export const InvoicingMethodSchema = z.enum(['monthly_arrears', 'by_phase', 'by_milestone'], {
  error: 'Invoicing is monthly in arrears, by phase or by milestone',
});
export type InvoicingMethod = z.infer<typeof InvoicingMethodSchema>;
export const INVOICING_METHOD_LABELS: Record<InvoicingMethod, string> = {
  monthly_arrears: 'Monthly in arrears',
  by_phase: 'At the end of each phase',
  by_milestone: 'At each milestone',
};

const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Enter a month as YYYY-MM' })
  .nullable()
  .default(null);

export const MilestoneSchema = z.object({
  id: IdSchema,
  name: NameSchema('Milestone'),
  date: IsoDateSchema,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const InvoicingSchema = z.object({
  method: InvoicingMethodSchema.default('monthly_arrears'),
  /** Days the district has to pay an invoice after receiving it. */
  netDays: z
    .number({ error: 'Net terms must be a number of days' })
    .int({ error: 'Net terms must be whole days' })
    .min(0, { error: 'Net terms cannot be negative' })
    .max(120, { error: 'Net terms of more than 120 days are not offered' })
    .default(30),
  /** For invoicing by milestone; work delivered up to each date is billed on it. */
  milestones: cappedList(MilestoneSchema, 24, 'milestones').default([]),
});
export type Invoicing = z.infer<typeof InvoicingSchema>;

/** An engagement's own wording of a library clause, a clause dropped, or one only it has. */
export const ClauseOverrideSchema = z.object({
  /** The library clause's id, or a new id for a clause only this engagement has. */
  clauseId: SlugOrIdSchema,
  mode: z.enum(['edit', 'drop', 'add']),
  title: z.string().trim().max(300).default(''),
  text: z.string().max(6_000).default(''),
});
export type ClauseOverride = z.infer<typeof ClauseOverrideSchema>;

/** Something the district commits to so the work can succeed ("protect coach time"). */
export const CommitmentSchema = z.object({
  id: IdSchema,
  text: z.string().trim().min(1, { error: 'Write the commitment' }).max(600),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

/** A deliverable of a funded service, as this engagement words it. */
export const DeliverableSchema = z.object({
  id: IdSchema,
  lineId: IdSchema,
  what: z.string().trim().min(1, { error: 'Name the deliverable' }).max(300),
  acceptance: z.string().trim().min(1, { error: 'Say how the district accepts it' }).max(600),
  /** YYYY-MM; null follows the schedule (the service's last month). */
  due: MonthSchema,
});
export type Deliverable = z.infer<typeof DeliverableSchema>;

/** Who in the district takes over what, written by the consultant. */
export const HandoffSchema = z.object({
  id: IdSchema,
  who: z.string().trim().min(1, { error: 'Say who takes it over' }).max(300),
  takesOver: z.string().trim().min(1, { error: 'Say what they take over' }).max(600),
  /** YYYY-MM, or null for "after the engagement". */
  from: MonthSchema,
});
export type Handoff = z.infer<typeof HandoffSchema>;

/** A named sizing of the same engagement at another budget or end date. */
export const SizingOptionSchema = z.object({
  id: IdSchema,
  name: NameSchema('Option name'),
  budgetCents: CentsSchema,
  /** A shorter window for this option; null keeps the engagement's end date. */
  end: IsoDateSchema.nullable().default(null),
});
export type SizingOption = z.infer<typeof SizingOptionSchema>;

/** Work put on a funding source by hand, before the rest is allocated automatically. */
export const CrosswalkAssignmentSchema = z.object({
  id: IdSchema,
  lineId: IdSchema,
  sourceId: IdSchema,
  /** null puts the whole service on the source. */
  amountCents: CentsSchema.nullable().default(null),
});
export type CrosswalkAssignment = z.infer<typeof CrosswalkAssignmentSchema>;

/** Notes whose printing was asked for: "expertise", "driver:<key>", "inventory:<id>". */
export const PrintedNoteKeySchema = z.string().regex(/^(expertise|driver:[a-z_]+|inventory:[0-9a-f-]{36})$/, {
  error: 'Not a note the scope of work can print',
});

export const MAX_OPTIONS = 3;

export const ScopeOfWorkSchema = z
  .object({
    /** null: the agreement takes effect when both parties have signed. */
    effectiveDate: IsoDateSchema.nullable().default(null),
    purchaseOrder: z
      .string()
      .trim()
      .max(60, { error: 'A purchase order number is 60 characters at most' })
      .default(''),
    invoicing: InvoicingSchema.default({ method: 'monthly_arrears', netDays: 30, milestones: [] }),
    clauses: cappedList(ClauseOverrideSchema, 60, 'changed clauses').default([]),
    commitments: cappedList(CommitmentSchema, 30, 'commitments').default([]),
    deliverables: cappedList(DeliverableSchema, 400, 'deliverables').default([]),
    handoffs: cappedList(HandoffSchema, 30, 'hand-overs').default([]),
    options: z
      .array(SizingOptionSchema)
      .max(MAX_OPTIONS, { error: `Up to ${MAX_OPTIONS} ways to start` })
      .default([]),
    /** The option the district accepts, once it has chosen; null leaves the choice on the signature page. */
    acceptedOptionId: IdSchema.nullable().default(null),
    crosswalk: cappedList(CrosswalkAssignmentSchema, 400, 'funding assignments').default([]),
    printedNotes: cappedList(PrintedNoteKeySchema, 200, 'printed notes').default([]),
  })
  .superRefine((sow, ctx) => {
    uniqueIds(sow.commitments, ctx, 'commitments');
    uniqueIds(sow.deliverables, ctx, 'deliverables');
    uniqueIds(sow.handoffs, ctx, 'handoffs');
    uniqueIds(sow.options, ctx, 'options');
    uniqueIds(sow.invoicing.milestones, ctx, 'milestones');
    uniqueIds(sow.crosswalk, ctx, 'funding assignments');
    const overridden = new Set<string>();
    sow.clauses.forEach((c, i) => {
      if (overridden.has(c.clauseId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'clauseId'],
          message: 'A clause is changed twice for this engagement',
        });
      }
      overridden.add(c.clauseId);
      if (c.mode !== 'drop' && c.text.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'text'], message: 'A clause needs its wording' });
      }
      if (c.mode === 'add' && c.title.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'title'], message: 'Name the clause' });
      }
    });
    if (sow.acceptedOptionId !== null && !sow.options.some((o) => o.id === sow.acceptedOptionId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['acceptedOptionId'],
        message: 'The accepted option is not one of the ways to start',
      });
    }
  });
export type ScopeOfWork = z.infer<typeof ScopeOfWorkSchema>;

export const DEFAULT_SCOPE_OF_WORK: ScopeOfWork = ScopeOfWorkSchema.parse({});

/** What a funding source may pay for. Empty lists mean no restriction of that kind. */
export const FundingRestrictionSchema = z.object({
  serviceCategories: z.array(ServiceCategorySchema).default([]),
  campusIds: z.array(IdSchema).default([]),
});
export type FundingRestriction = z.infer<typeof FundingRestrictionSchema>;

/**
 * "Professional learning only", as a preset of service categories: everything except
 * assessment and evaluation, which are services to the district rather than learning.
 */
export const PROFESSIONAL_LEARNING_CATEGORIES: readonly ServiceCategory[] =
  ServiceCategorySchema.options.filter((c) => c !== 'assessment' && c !== 'evaluation');

/** What a restriction tag says, in the words of a grant ("may pay for coaching"). */
export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  training: 'Training',
  implementation_support: 'Implementation support',
  coaching: 'Coaching',
  collaboration: 'Collaboration',
  leadership: 'Leadership',
  on_demand: 'On demand',
  capacity_building: 'Capacity building',
  data_review: 'Data review',
  assessment: 'Assessment',
  evaluation: 'Evaluation',
};
