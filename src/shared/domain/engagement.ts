import { z } from 'zod';
import { CatalogSchema, DiscountSchema, RateCardSchema } from './catalog';
import { DEFAULT_SCOPE_OF_WORK, FundingRestrictionSchema, ScopeOfWorkSchema } from './scope-of-work';
import {
  cappedList,
  CentsSchema,
  ColourSchema,
  CountSchema,
  daysBetween,
  IdSchema,
  IsoDateSchema,
  MAX_SPAN_DAYS,
  NameSchema,
  PositiveCountSchema,
  TextSchema,
  uniqueIds,
} from './primitives';
import { LIMITS, planCostCeiling } from './bounds';
import {
  BlackoutScopeSchema,
  CadenceSchema,
  DeliveryModeSchema,
  DriverKeySchema,
  DriverRatingSchema,
  EngagementStatusSchema,
  ExpertiseLevelSchema,
  InventoryKindSchema,
  InventoryLevelSchema,
  InventoryStatusSchema,
  LeadershipChallengeSchema,
  OrganizationTypeSchema,
  PdcaStageSchema,
  PinSchema,
  PrioritySchema,
  StandardIdSchema,
  SupportLevelSchema,
} from './vocabulary';

/** Bumped whenever a stored document needs a migration (see migrate.ts). */
export const ENGAGEMENT_SCHEMA_VERSION = 2;

const EmailSchema = z.union([z.literal(''), z.email({ error: 'That email address does not look right' })]);

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

export const EvidenceSchema = z.object({
  source: z.string().max(300).default(''),
  measure: z.string().max(300).default(''),
  baseline: z.string().max(120).default(''),
  target: z.string().max(120).default(''),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PriorityNeedSchema = z.object({
  id: IdSchema,
  statement: NameSchema('Need'),
  /** Whose learning the need is about. */
  learners: z.enum(['students', 'educators']),
  evidence: EvidenceSchema,
  /** 1 is the highest priority. */
  rank: PositiveCountSchema('Rank'),
});
export type PriorityNeed = z.infer<typeof PriorityNeedSchema>;

export const InventoryItemSchema = z.object({
  id: IdSchema,
  name: NameSchema('Inventory item'),
  level: InventoryLevelSchema,
  kind: InventoryKindSchema,
  evidence: TextSchema.default(''),
  status: InventoryStatusSchema,
  notes: TextSchema.default(''),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const DriverAssessmentSchema = z.object({
  /** null until someone has rated it: "not rated" is different from "not in place". */
  rating: DriverRatingSchema.nullable(),
  notes: TextSchema.default(''),
});
export type DriverAssessment = z.infer<typeof DriverAssessmentSchema>;

export const DriversSchema = z.object({
  selection: DriverAssessmentSchema,
  training: DriverAssessmentSchema,
  coaching: DriverAssessmentSchema,
  internal_systems: DriverAssessmentSchema,
  external_systems: DriverAssessmentSchema,
  data_support_systems: DriverAssessmentSchema,
  leadership: DriverAssessmentSchema.extend({
    challenge: LeadershipChallengeSchema.nullable().default(null),
  }),
});
export type Drivers = z.infer<typeof DriversSchema>;

export const ExpertiseSchema = z.object({
  /** How familiar district staff are with the content; null until asked. */
  contentFamiliarity: ExpertiseLevelSchema.nullable(),
  /** Experience and comfort planning and facilitating adult learning on it. */
  facilitationExperience: ExpertiseLevelSchema.nullable(),
  inHouseFacilitators: CountSchema('In-house facilitators'),
  inHouseCoaches: CountSchema('In-house coaches'),
  notes: TextSchema.default(''),
});
export type Expertise = z.infer<typeof ExpertiseSchema>;

export const PhaseSchema = z
  .object({
    id: IdSchema,
    name: NameSchema('Phase name'),
    start: IsoDateSchema,
    end: IsoDateSchema,
  })
  .refine((p) => p.end >= p.start, { path: ['end'], error: 'The phase ends before it starts' });
export type Phase = z.infer<typeof PhaseSchema>;

export const SupportLevelChoiceSchema = z.object({
  /** What the advice recommended when the level was chosen, so a later override is visible. */
  recommended: SupportLevelSchema.nullable(),
  /** null follows the advice. */
  chosen: SupportLevelSchema.nullable(),
  overrideReason: TextSchema.default(''),
  /** A different level for some phases: facilitate, then collaborate, then coach. */
  stepDown: cappedList(
    z.object({ phaseId: IdSchema, level: SupportLevelSchema }),
    LIMITS.phases,
    'step-downs',
  ).default([]),
});
export type SupportLevelChoice = z.infer<typeof SupportLevelChoiceSchema>;

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

export const FundingSourceSchema = z.object({
  id: IdSchema,
  name: NameSchema('Funding source'),
  amountCents: CentsSchema,
  /** Date by which the funds must be spent, if any. */
  endDate: IsoDateSchema.nullable().default(null),
  restrictions: TextSchema.default(''),
  /** What the money may pay for, as tags the funding crosswalk checks; the text above is what prints. */
  restrict: FundingRestrictionSchema.default({ serviceCategories: [], campusIds: [] }),
  /** The date invoices must reach the district by, when it is earlier than the spend-by date. */
  invoiceBy: IsoDateSchema.nullable().default(null),
});
export type FundingSource = z.infer<typeof FundingSourceSchema>;

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

const EngagementShape = z.object({
  schemaVersion: z.literal(ENGAGEMENT_SCHEMA_VERSION, {
    error: `This engagement was saved by a different version of the app (expected schema version ${ENGAGEMENT_SCHEMA_VERSION})`,
  }),
  id: IdSchema,
  name: NameSchema('Engagement name'),
  status: EngagementStatusSchema,
  notes: TextSchema.default(''),
  client: ClientProfileSchema,
  needs: cappedList(PriorityNeedSchema, LIMITS.needs, 'priority needs').default([]),
  inventory: cappedList(InventoryItemSchema, LIMITS.inventory, 'inventory items').default([]),
  drivers: DriversSchema,
  expertise: ExpertiseSchema,
  supportLevel: SupportLevelChoiceSchema,
  /** The north star: the full ideal engagement. Sizing decides what is funded first. */
  lines: cappedList(PlanLineSchema, LIMITS.lines, 'plan lines').default([]),
  budget: BudgetSchema,
  timeline: TimelineSchema,
  catalog: CatalogSchema,
  rateCard: RateCardSchema,
  discount: DiscountSchema,
  /** Terms, invoicing, deliverables and the other parts of the scope of work a district signs. */
  scopeOfWork: ScopeOfWorkSchema.default(DEFAULT_SCOPE_OF_WORK),
});

/** The label a person knows a line by. */
export function lineName(
  line: { title: string; serviceId: string },
  catalog: readonly { id: string; name: string }[],
): string {
  if (line.title.trim() !== '') return line.title;
  return catalog.find((s) => s.id === line.serviceId)?.name ?? line.serviceId;
}

export const EngagementSchema = EngagementShape.superRefine((e, ctx) => {
  uniqueIds(e.needs, ctx, 'needs');
  uniqueIds(e.inventory, ctx, 'inventory items');
  uniqueIds(e.lines, ctx, 'plan lines');
  uniqueIds(e.client.contacts, ctx, 'contacts');
  uniqueIds(e.client.campuses, ctx, 'campuses');
  uniqueIds(e.budget.fundingSources, ctx, 'funding sources');

  const services = new Map(e.catalog.map((s) => [s.id, s]));
  const roles = new Set(e.rateCard.roles.map((r) => r.id));
  e.catalog.forEach((s, i) => {
    if (!roles.has(s.consultantRole)) {
      ctx.addIssue({
        code: 'custom',
        path: ['catalog', i, 'consultantRole'],
        message: `“${s.name}” is priced by role “${s.consultantRole}”, which the rate card does not have`,
      });
    }
  });

  const needIds = new Set(e.needs.map((n) => n.id));
  const itemIds = new Set(e.inventory.map((n) => n.id));
  const campusIds = new Set(e.client.campuses.map((c) => c.id));
  const phaseById = new Map(e.timeline.phases.map((p) => [p.id, p]));
  const phaseIds = new Set(phaseById.keys());
  const { budget, timeline } = e;
  if (
    budget.fundsThrough !== null &&
    (budget.fundsThrough < timeline.start || budget.fundsThrough > timeline.end)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['budget', 'fundsThrough'],
      message: `The budget pays for work through ${budget.fundsThrough}, outside the engagement (${timeline.start} to ${timeline.end})`,
    });
  }
  const lineById = new Map(e.lines.map((l) => [l.id, l]));
  const nameOf = (line: { title: string; serviceId: string }) => lineName(line, e.catalog);
  // A follow-up is funded only with its training, so for pins it needs the training too.
  const trainingsOf = new Map<string, PlanLine[]>();
  for (const l of e.lines)
    for (const f of l.followUps) trainingsOf.set(f.lineId, [...(trainingsOf.get(f.lineId) ?? []), l]);

  e.lines.forEach((line, i) => {
    const name = nameOf(line);
    const service = services.get(line.serviceId);
    if (!service) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'serviceId'],
        message: `Line “${name}” uses service “${line.serviceId}”, which is not in this engagement’s catalog`,
      });
    } else if (!service.deliveryModes.includes(line.deliveryMode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'deliveryMode'],
        message: `“${name}” cannot be delivered ${line.deliveryMode.replace('_', ' ')}; ${service.name} is offered ${service.deliveryModes.map((m) => m.replace('_', ' ')).join(' or ')}`,
      });
    }
    if (line.quantity.minGroups > line.quantity.groups) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'quantity', 'minGroups'],
        message: `“${name}” cannot be trimmed to ${line.quantity.minGroups} groups when the north star asks for only ${line.quantity.groups}`,
      });
    }
    if (line.quantity.minCount !== null && line.quantity.minCount > line.quantity.count) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'quantity', 'minCount'],
        message: `“${name}” cannot keep at least ${line.quantity.minCount} units per group when the north star asks for only ${line.quantity.count}`,
      });
    }
    checkLineLinks(line, i, name, ctx, {
      lineById,
      itemIds,
      campusIds,
      window: phaseById.get(line.phaseId ?? '') ?? timeline,
    });
    const seenDeps = new Set<string>();
    line.dependsOn.forEach((dep, j) => {
      if (dep === line.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'dependsOn', j],
          message: `“${name}” cannot depend on itself`,
        });
      } else if (!lineById.has(dep)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'dependsOn', j],
          message: `“${name}” depends on a line that is not in the plan`,
        });
      } else if (seenDeps.has(dep)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'dependsOn', j],
          message: `“${name}” lists the same dependency twice`,
        });
      }
      seenDeps.add(dep);
    });
    if (line.pin === 'funded') {
      const deferred = pinnedDeferredDependency(line, lineById, trainingsOf);
      if (deferred) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'pin'],
          message: `“${name}” is kept funded by hand but depends on “${nameOf(deferred)}”, which is deferred by hand`,
        });
      }
    }
    line.buildsOn.forEach((item, j) => {
      if (!itemIds.has(item)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'buildsOn', j],
          message: `“${name}” builds on an inventory item that is not in the inventory`,
        });
      }
    });
    line.needIds.forEach((need, j) => {
      if (!needIds.has(need)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'needIds', j],
          message: `“${name}” serves a priority need that is not recorded`,
        });
      }
    });
    if (line.phaseId !== null && !phaseIds.has(line.phaseId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', i, 'phaseId'],
        message: `“${name}” is placed in a phase that does not exist`,
      });
    }
  });

  if (planCostCeiling(e) > LIMITS.planCents) {
    ctx.addIssue({
      code: 'custom',
      path: ['lines'],
      message: 'The quantities and rates of this plan multiply to an amount too large to price exactly',
    });
  }

  const cycle = findDependencyCycle(e.lines);
  if (cycle) {
    const first = e.lines.findIndex((l) => l.id === cycle[0]);
    const names = cycle.map((id) => {
      const line = lineById.get(id);
      return line ? `“${nameOf(line)}”` : id;
    });
    ctx.addIssue({
      code: 'custom',
      path: ['lines', first, 'dependsOn'],
      message: `These lines depend on each other in a circle, so none could start first: ${[...names, names[0] ?? ''].join(' → ')}`,
    });
  }

  e.supportLevel.stepDown.forEach((s, i) => {
    if (!phaseIds.has(s.phaseId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['supportLevel', 'stepDown', i, 'phaseId'],
        message: 'A support-level step-down points at a phase that does not exist',
      });
    }
  });
  const stepped = new Set<string>();
  e.supportLevel.stepDown.forEach((s, i) => {
    if (stepped.has(s.phaseId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['supportLevel', 'stepDown', i, 'phaseId'],
        message: 'A phase has two support levels',
      });
    }
    stepped.add(s.phaseId);
  });
});
export type Engagement = z.infer<typeof EngagementSchema>;
export type EngagementInput = z.input<typeof EngagementSchema>;

/** Follow-ups, district follow-up, campuses and dates of one line: each must point at something real. */
function checkLineLinks(
  line: PlanLine,
  i: number,
  name: string,
  ctx: z.RefinementCtx,
  known: {
    lineById: ReadonlyMap<string, PlanLine>;
    itemIds: ReadonlySet<string>;
    campusIds: ReadonlySet<string>;
    window: { start: string; end: string };
  },
): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['lines', i, ...path], message });
  const seen = new Set<string>();
  line.followUps.forEach((f, j) => {
    if (f.lineId === line.id) issue(['followUps', j, 'lineId'], `“${name}” cannot follow itself up`);
    else if (!known.lineById.has(f.lineId))
      issue(['followUps', j, 'lineId'], `“${name}” is followed up by a line that is not in the plan`);
    else if (seen.has(f.lineId))
      issue(['followUps', j, 'lineId'], `“${name}” lists the same follow-up twice`);
    seen.add(f.lineId);
  });
  line.districtFollowUp.forEach((item, j) => {
    if (!known.itemIds.has(item))
      issue(
        ['districtFollowUp', j],
        `“${name}” is followed up by an inventory item that is not in the inventory`,
      );
  });
  const campuses = new Set<string>();
  line.campusIds.forEach((c, j) => {
    if (!known.campusIds.has(c))
      issue(['campusIds', j], `“${name}” serves a campus that is not in the client profile`);
    else if (campuses.has(c)) issue(['campusIds', j], `“${name}” lists the same campus twice`);
    campuses.add(c);
  });
  const dates = new Set<string>();
  line.dates.forEach((d, j) => {
    if (d < known.window.start || d > known.window.end)
      issue(
        ['dates', j],
        `“${name}” has a date, ${d}, outside its window (${known.window.start} to ${known.window.end})`,
      );
    else if (dates.has(d)) issue(['dates', j], `“${name}” lists ${d} twice`);
    dates.add(d);
  });
}

/**
 * A line deferred by hand that `line` needs, directly or through other lines, if any: what it
 * depends on, and the training of any follow-up among them (a follow-up comes only with it).
 */
function pinnedDeferredDependency<T extends { id: string; dependsOn: readonly string[]; pin: string }>(
  line: T,
  lineById: ReadonlyMap<string, T>,
  trainingsOf: ReadonlyMap<string, readonly T[]>,
): T | null {
  const seen = new Set<string>([line.id]);
  const stack = [...line.dependsOn, ...(trainingsOf.get(line.id) ?? []).map((t) => t.id)];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    const dep = lineById.get(id);
    if (!dep) continue;
    if (dep.pin === 'deferred') return dep;
    stack.push(...dep.dependsOn, ...(trainingsOf.get(id) ?? []).map((t) => t.id));
  }
  return null;
}

/**
 * Returns the ids of one dependency cycle in plan order, or null. Self-dependencies and
 * missing targets are reported separately, so they are skipped here.
 */
export function findDependencyCycle(
  lines: readonly { id: string; dependsOn: readonly string[] }[],
): string[] | null {
  const deps = new Map(lines.map((l) => [l.id, l.dependsOn]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 1);
    stack.push(id);
    for (const dep of deps.get(id) ?? []) {
      if (dep === id || !deps.has(dep)) continue;
      const s = state.get(dep);
      if (s === 1) return stack.slice(stack.indexOf(dep));
      if (s === undefined) {
        const found = visit(dep);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const line of lines) {
    if (state.get(line.id) === undefined) {
      const found = visit(line.id);
      if (found) return found;
    }
  }
  return null;
}

export const ConsultancyProfileSchema = z.object({
  name: NameSchema('Consultancy name'),
  address: TextSchema.default(''),
  email: EmailSchema.default(''),
  phone: z.string().max(60).default(''),
  website: z.string().max(300).default(''),
  /** A data: URL so the PDF can embed it without touching the disk. */
  logo: z
    .string()
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
      error: 'The logo must be a PNG, JPEG or SVG image',
    })
    .optional(),
  primaryColour: ColourSchema,
  accentColour: ColourSchema,
});
export type ConsultancyProfile = z.infer<typeof ConsultancyProfileSchema>;
