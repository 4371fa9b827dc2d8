import { z } from 'zod';
import { cappedList, CentsSchema, IdSchema, IsoDateSchema, NameSchema, TextSchema } from './primitives';
import { LIMITS } from './bounds';
import { FundingRestrictionSchema } from './scope-of-work';

/** What the district can spend, and the funding sources the money comes from. */

export const FundingSourceSchema = z.object({
  id: IdSchema,
  name: NameSchema('Funding source'),
  amountCents: CentsSchema,
  /**
   * The first day of work the money may pay for (next year's general fund from July 1); null
   * when it is there from the start.
   */
  availableFrom: IsoDateSchema.nullable().default(null),
  /** Date by which the funds must be spent, if any. */
  endDate: IsoDateSchema.nullable().default(null),
  restrictions: TextSchema.default(''),
  /** What the money may pay for, as tags the funding crosswalk checks; the text above is what prints. */
  restrict: FundingRestrictionSchema.default({ serviceCategories: [], campusIds: [] }),
  /** The date invoices must reach the district by, when it is earlier than the spend-by date. */
  invoiceBy: IsoDateSchema.nullable().default(null),
  /**
   * Whether the restriction tags were set in the app. A source from a document that predates
   * them has not: the engine reads its wording (scoping/funding-wording.ts) until the consultant
   * confirms or changes what was read.
   */
  tagged: z.boolean().default(true),
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/** A funding source as the app starts one: no money, no dates, may pay for any service anywhere. */
export function newFundingSource(id: string, name = ''): FundingSource {
  return {
    id,
    name,
    amountCents: 0,
    availableFrom: null,
    endDate: null,
    restrictions: '',
    restrict: { serviceCategories: [], campusIds: [] },
    invoiceBy: null,
    tagged: true,
  };
}

export const BudgetSchema = z.object({
  amountCents: CentsSchema,
  fundingSources: cappedList(FundingSourceSchema, LIMITS.fundingSources, 'funding sources').default([]),
  /**
   * The last day of work this budget pays for (the end of year one of a two-year north star);
   * work planned after it waits for its own budget. null: the whole engagement window.
   */
  fundsThrough: IsoDateSchema.nullable().default(null),
});
export type Budget = z.infer<typeof BudgetSchema>;
