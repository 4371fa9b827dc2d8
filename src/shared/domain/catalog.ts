import { z } from 'zod';
import {
  cappedList,
  CentsSchema,
  CountSchema,
  CurrencySchema,
  HoursSchema,
  NameSchema,
  PositiveCountSchema,
  RateCentsSchema,
  SlugOrIdSchema,
  TextSchema,
  uniqueIds,
} from './primitives';
import {
  DeliveryModeSchema,
  DriverKeySchema,
  PartySchema,
  PdcaStageSchema,
  ServiceCategorySchema,
  StandardIdSchema,
} from './vocabulary';
import { LIMITS } from './bounds';
import servicesJson from '../../../resources/catalog/services.json';
import rateCardJson from '../../../resources/catalog/rate-card.json';

const UnitNameSchema = z.object({ singular: NameSchema('Unit name'), plural: NameSchema('Unit name') });

/** Consultant hours for one delivered unit at one support level, and who does what. */
export const LevelWorkSchema = z.object({
  planHours: HoursSchema,
  leadHours: HoursSchema,
  plans: PartySchema,
  leads: PartySchema,
});
export type LevelWork = z.infer<typeof LevelWorkSchema>;

/**
 * Where a unit lands on the district's calendar when delivered in person: on a district PD
 * day, as a consultant visit day (capped per month), or anywhere (flexible).
 */
export const CalendarNeedSchema = z.enum(['pd_day', 'visit', 'flexible']);
export type CalendarNeed = z.infer<typeof CalendarNeedSchema>;

export const ServiceSchema = z
  .object({
    id: SlugOrIdSchema,
    name: NameSchema('Service name'),
    description: TextSchema.default(''),
    category: ServiceCategorySchema,
    unit: UnitNameSchema,
    /** What a unit is multiplied by: cohorts, campuses, teachers, leaders. */
    group: UnitNameSchema,
    /** How long one unit runs for the people attending, for the schedule and the PDF. */
    hoursPerUnit: HoursSchema,
    deliveryModes: z
      .array(DeliveryModeSchema)
      .min(1, { error: 'A service needs at least one delivery mode' }),
    defaultDeliveryMode: DeliveryModeSchema,
    /** Rate-card role that prices this service. */
    consultantRole: SlugOrIdSchema,
    work: z.object({
      facilitate: LevelWorkSchema,
      collaborate: LevelWorkSchema,
      coach: LevelWorkSchema,
    }),
    /** In-person units one consultant trip can cover (two visit days per trip, say). */
    unitsPerTrip: PositiveCountSchema('Units per trip', LIMITS.unitsPerGroup),
    /** Units that fit in one consultant visit day (three coaching cycles a day, say). */
    unitsPerDay: PositiveCountSchema('Units per day', LIMITS.unitsPerGroup),
    calendar: CalendarNeedSchema,
    /** In person it needs students in class (observation, learning walks), so never on staff-only days. */
    classroom: z.boolean().default(false),
    /** Printed materials charged once per participant of the line. */
    materials: z.boolean(),
    /** On-demand seats charged per participant for each unit (module). */
    licensed: z.boolean(),
    /** Whether sizing may fund fewer groups than the north star asks for. */
    scalable: z.boolean(),
    defaultParticipantsPerGroup: CountSchema('Participants per group', LIMITS.participantsPerGroup),
    pdcaStage: PdcaStageSchema,
    drivers: cappedList(DriverKeySchema, LIMITS.tags, 'drivers').default([]),
    standards: cappedList(StandardIdSchema, LIMITS.tags, 'standards').default([]),
  })
  .superRefine((service, ctx) => {
    if (!service.deliveryModes.includes(service.defaultDeliveryMode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultDeliveryMode'],
        message: `“${service.name}” defaults to a delivery mode it does not offer`,
      });
    }
  });
export type CatalogService = z.infer<typeof ServiceSchema>;

export const CatalogSchema = cappedList(ServiceSchema, LIMITS.services, 'services').superRefine(
  (services, ctx) => uniqueIds(services, ctx, 'services'),
);
export type Catalog = z.infer<typeof CatalogSchema>;

export const RateRoleSchema = z.object({
  id: SlugOrIdSchema,
  title: NameSchema('Role title'),
  dayCents: RateCentsSchema,
  halfDayCents: RateCentsSchema,
  hourlyCents: RateCentsSchema,
  virtualHourlyCents: RateCentsSchema,
});
export type RateRole = z.infer<typeof RateRoleSchema>;

export const RateCardSchema = z
  .object({
    name: NameSchema('Rate card name'),
    currency: CurrencySchema,
    /** Hours a billed day and a billed half day cover. */
    hoursPerDay: HoursSchema,
    hoursPerHalfDay: HoursSchema,
    roles: cappedList(RateRoleSchema, LIMITS.roles, 'roles').refine((roles) => roles.length >= 1, {
      error: 'A rate card needs at least one role',
    }),
    travelPerTripCents: RateCentsSchema,
    materialsPerParticipantCents: RateCentsSchema,
    licensePerParticipantCents: RateCentsSchema,
  })
  .superRefine((card, ctx) => {
    uniqueIds(card.roles, ctx, 'roles');
    if (card.hoursPerHalfDay < 0.5) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursPerHalfDay'],
        message: 'A billed half day must cover at least half an hour',
      });
    }
    if (card.hoursPerHalfDay >= card.hoursPerDay) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursPerHalfDay'],
        message: 'A half day must cover fewer hours than a full day',
      });
    }
  });
export type RateCard = z.infer<typeof RateCardSchema>;

export const DiscountSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('percent'),
      /** Hundredths of a percent, so 12.5 % is 1250 and nothing is lost to floating point. */
      basisPoints: z
        .number()
        .int({ error: 'A percentage discount is kept in hundredths of a percent' })
        .min(0, { error: 'A discount cannot be negative' })
        .max(10_000, { error: 'A discount cannot exceed 100%' }),
      label: TextSchema.default(''),
    }),
    z.object({ kind: z.literal('amount'), cents: CentsSchema, label: TextSchema.default('') }),
  ],
  { error: 'A discount is none, a percentage or an amount' },
);
export type Discount = z.infer<typeof DiscountSchema>;

/** Reused when an engagement is created; each engagement keeps its own copy. */
export const defaultCatalog: Catalog = CatalogSchema.parse(servicesJson);
export const defaultRateCard: RateCard = RateCardSchema.parse(rateCardJson);
