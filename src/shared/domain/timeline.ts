import { z } from 'zod';
import {
  cappedList,
  CountSchema,
  daysBetween,
  IdSchema,
  IsoDateSchema,
  MAX_SPAN_DAYS,
  NameSchema,
  PositiveCountSchema,
  uniqueIds,
} from './primitives';
import { LIMITS } from './bounds';
import { BlackoutScopeSchema } from './vocabulary';

/** The engagement's window: its phases, the blackouts and PD days of the district's calendar. */

export const PhaseSchema = z
  .object({
    id: IdSchema,
    name: NameSchema('Phase name'),
    start: IsoDateSchema,
    end: IsoDateSchema,
  })
  .refine((p) => p.end >= p.start, { path: ['end'], error: 'The phase ends before it starts' });
export type Phase = z.infer<typeof PhaseSchema>;

export const BlackoutSchema = z
  .object({
    id: IdSchema,
    label: NameSchema('Blackout name'),
    start: IsoDateSchema,
    end: IsoDateSchema,
    /** 'classroom': only work in classrooms stops (staff-only days before students arrive). */
    scope: BlackoutScopeSchema.default('all'),
    /** An assessment window: data reviews are placed just after it, when the results are in. */
    assessment: z.boolean().default(false),
  })
  .refine((b) => b.end >= b.start, { path: ['end'], error: 'The blackout ends before it starts' })
  .refine((b) => daysBetween(b.start, b.end) <= MAX_SPAN_DAYS, {
    path: ['end'],
    error: 'A blackout cannot last more than ten years',
  });
export type Blackout = z.infer<typeof BlackoutSchema>;

export const PdDaySchema = z.object({ date: IsoDateSchema, label: z.string().max(120).default('') });
export type PdDay = z.infer<typeof PdDaySchema>;

export const TimelineSchema = z
  .object({
    start: IsoDateSchema,
    end: IsoDateSchema,
    blackouts: cappedList(BlackoutSchema, LIMITS.blackouts, 'blackouts').default([]),
    pdDays: cappedList(PdDaySchema, LIMITS.pdDays, 'PD days').default([]),
    /** Consultant visit days the district can host in a month. */
    visitDaysPerMonth: CountSchema('Visit days per month', 1_000),
    /** Facilitators the consultancy can staff on any one day; null when there is no limit. */
    facilitatorsPerDay: PositiveCountSchema('Facilitators per day', 1_000).nullable().default(null),
    phases: cappedList(PhaseSchema, LIMITS.phases, 'phases').default([]),
  })
  .superRefine((t, ctx) => {
    if (t.end < t.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'The timeline ends before it starts' });
    } else if (daysBetween(t.start, t.end) > MAX_SPAN_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'A timeline cannot run longer than ten years' });
    }
    uniqueIds(t.blackouts, ctx, 'blackouts');
    uniqueIds(t.phases, ctx, 'phases');
    const days = new Set<string>();
    t.pdDays.forEach((d, i) => {
      if (days.has(d.date))
        ctx.addIssue({
          code: 'custom',
          path: ['pdDays', i, 'date'],
          message: `PD day ${d.date} is listed twice`,
        });
      days.add(d.date);
    });
    t.phases.forEach((p, i) => {
      if (p.start < t.start || p.end > t.end) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i],
          message: `Phase “${p.name}” runs outside the timeline (${t.start} to ${t.end})`,
        });
      }
    });
  });
export type Timeline = z.infer<typeof TimelineSchema>;
