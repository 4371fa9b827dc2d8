import { z } from 'zod';
import {
  cappedList,
  CountSchema,
  IdSchema,
  IsoDateSchema,
  PositiveCountSchema,
  TextSchema,
} from './primitives';
import { LIMITS } from './bounds';
import {
  CadenceSchema,
  DeliveryModeSchema,
  DriverKeySchema,
  PdcaStageSchema,
  PinSchema,
  PrioritySchema,
  StandardIdSchema,
  SupportLevelSchema,
} from './vocabulary';

/** A line of the north-star plan: a catalog service, how much of it, for whom, when and why. */

export const LineQuantitySchema = z.object({
  /** Units per group (sessions, visit days, coaching cycles), in all or per period (`per`). */
  count: PositiveCountSchema('The number of units', LIMITS.unitsPerGroup),
  /** How the count is said: in all, or per month, quarter, semester or year of the line's window. */
  per: CadenceSchema.default('engagement'),
  /** Groups the units are multiplied by: cohorts, campuses, teachers. */
  groups: PositiveCountSchema('The number of groups', LIMITS.groups),
  /** Participants in each group, for materials and on-demand seats. */
  participantsPerGroup: CountSchema('Participants per group', LIMITS.participantsPerGroup),
  /** The fewest groups sizing may trim a scalable line to: its coverage floor. */
  minGroups: PositiveCountSchema('The fewest groups', LIMITS.groups),
  /**
   * The fewest units per group (said like `count`) sizing may fund: its dosage floor. null keeps
   * the full count, so the line shrinks only by groups.
   */
  minCount: PositiveCountSchema('The fewest units per group', LIMITS.unitsPerGroup).nullable().default(null),
});
export type LineQuantity = z.infer<typeof LineQuantitySchema>;

/** A plan line that follows another up: funded with it, reaching at least `coverage` % of what it reaches. */
export const FollowUpSchema = z.object({
  lineId: IdSchema,
  coverage: z
    .number({ error: 'Coverage must be a percentage' })
    .int({ error: 'Coverage must be a whole percentage' })
    .min(1, { error: 'Coverage must be at least 1%' })
    .max(100, { error: 'Coverage cannot exceed 100%' })
    .default(100),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const PlanLineSchema = z.object({
  id: IdSchema,
  serviceId: z.string().min(1, { error: 'Choose a service' }),
  /** A name for this line when the service name alone is not enough. */
  title: z.string().max(300).default(''),
  quantity: LineQuantitySchema,
  /** What the groups are called on this line when the service's word does not fit ("grade-level teams"). */
  groupLabel: z
    .object({
      singular: z.string().trim().min(1, { error: 'Name one group' }).max(80),
      plural: z.string().trim().min(1, { error: 'Name the groups' }).max(80),
    })
    .nullable()
    .default(null),
  deliveryMode: DeliveryModeSchema,
  priority: PrioritySchema,
  /** Whether sizing may fund fewer groups than asked. */
  scalable: z.boolean(),
  dependsOn: cappedList(IdSchema, LIMITS.links, 'dependencies').default([]),
  buildsOn: cappedList(IdSchema, LIMITS.links, 'inventory links').default([]),
  needIds: cappedList(IdSchema, LIMITS.links, 'needs served').default([]),
  drivers: cappedList(DriverKeySchema, LIMITS.tags, 'drivers').default([]),
  standards: cappedList(StandardIdSchema, LIMITS.tags, 'standards').default([]),
  pdcaStage: PdcaStageSchema,
  phaseId: IdSchema.nullable().default(null),
  /** A consultant's hand: keep it funded, or defer it, whatever sizing would do. */
  pin: PinSchema.default('none'),
  /**
   * The line's own support level, when it differs from the engagement's or its phase's (the
   * consultant leads the content institute; the staff it prepares lead the sessions).
   */
  level: SupportLevelSchema.nullable().default(null),
  /** Campuses from the client profile the line's groups serve, in the order a pilot takes them. */
  campusIds: cappedList(IdSchema, LIMITS.campuses, 'campuses').default([]),
  /** Plan lines that follow this one up (visits, coaching): sized with it, never without it. */
  followUps: cappedList(FollowUpSchema, LIMITS.links, 'follow-ups').default([]),
  /**
   * Inventory items through which the district follows this line up itself (its own coaching
   * cycles, PLCs), at no cost to the contract.
   */
  districtFollowUp: cappedList(IdSchema, LIMITS.links, 'district follow-ups').default([]),
  /** Dates the line's sessions may fall on (principals' meetings, an institute's days); empty lets the schedule choose. */
  dates: cappedList(IsoDateSchema, LIMITS.pdDays, 'dates').default([]),
  notes: TextSchema.default(''),
});
export type PlanLine = z.infer<typeof PlanLineSchema>;

/** The label a person knows a line by. */
export function lineName(
  line: { title: string; serviceId: string },
  catalog: readonly { id: string; name: string }[],
): string {
  if (line.title.trim() !== '') return line.title;
  return catalog.find((s) => s.id === line.serviceId)?.name ?? line.serviceId;
}
