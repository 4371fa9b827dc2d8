import { z } from 'zod';
import { cappedList, CountSchema, EmailSchema, IdSchema, NameSchema, TextSchema } from './primitives';
import { LIMITS } from './bounds';
import { OrganizationTypeSchema } from './vocabulary';

/** The district (or network, or school) the engagement serves: who to talk to, its campuses and its size. */

export const ContactSchema = z.object({
  id: IdSchema,
  name: NameSchema('Contact name'),
  role: TextSchema.default(''),
  email: EmailSchema.default(''),
  phone: z.string().max(60).default(''),
});
export type Contact = z.infer<typeof ContactSchema>;

export const CampusSchema = z.object({
  id: IdSchema,
  name: NameSchema('Campus name'),
  gradeBand: z.string().max(60).default(''),
  teachers: CountSchema('Teachers on the campus').default(0),
});
export type Campus = z.infer<typeof CampusSchema>;

export const EducatorCountsSchema = z.object({
  teachers: CountSchema('Teachers'),
  coaches: CountSchema('Coaches'),
  principals: CountSchema('Principals'),
  centralOffice: CountSchema('Central office staff'),
});
export type EducatorCounts = z.infer<typeof EducatorCountsSchema>;

export const ClientProfileSchema = z.object({
  organizationType: OrganizationTypeSchema,
  name: z.string().max(300).default(''),
  region: z.string().max(300).default(''),
  contacts: cappedList(ContactSchema, LIMITS.contacts, 'contacts').default([]),
  campuses: cappedList(CampusSchema, LIMITS.campuses, 'campuses').default([]),
  educators: EducatorCountsSchema,
  students: CountSchema('Students'),
  /** 1 = January; most US districts start in July (7). */
  fiscalYearStartMonth: z
    .number()
    .int({ error: 'Fiscal-year start must be a month number 1–12' })
    .min(1, { error: 'Fiscal-year start must be a month number 1–12' })
    .max(12, { error: 'Fiscal-year start must be a month number 1–12' }),
});
export type ClientProfile = z.infer<typeof ClientProfileSchema>;
