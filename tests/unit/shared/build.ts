import {
  defaultCatalog,
  EngagementSchema,
  newEngagement,
  newFundingSource,
  type Engagement,
  type EngagementInput,
  type FundingSource,
  type PlanLine,
} from '../../../src/shared/domain';

/** Test builders: small valid engagements with readable, stable ids. */

let counter = 0;
/** A deterministic UUID per label, so failures name the same ids on every run. */
export function uid(label: string): string {
  let h = 0x811c9dc5;
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + h.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function freshId(): string {
  counter += 1;
  return uid(`fresh-${String(counter)}`);
}

export type LineOptions = Partial<Omit<PlanLine, 'quantity'>> & {
  count?: number;
  groups?: number;
  minGroups?: number;
  minCount?: number | null;
  per?: PlanLine['quantity']['per'];
  participantsPerGroup?: number;
};

export function line(key: string, serviceId: string, options: LineOptions = {}): PlanLine {
  const service = defaultCatalog.find((s) => s.id === serviceId);
  if (!service) throw new Error(`no service ${serviceId}`);
  const { count, groups, minGroups, minCount, per, participantsPerGroup, ...rest } = options;
  return {
    id: uid(key),
    serviceId,
    title: '',
    quantity: {
      count: count ?? 2,
      per: per ?? 'engagement',
      groups: groups ?? 1,
      participantsPerGroup: participantsPerGroup ?? service.defaultParticipantsPerGroup,
      minGroups: minGroups ?? 1,
      minCount: minCount ?? null,
    },
    groupLabel: null,
    deliveryMode: service.defaultDeliveryMode,
    priority: 'essential',
    scalable: service.scalable,
    dependsOn: [],
    buildsOn: [],
    needIds: [],
    drivers: [],
    standards: [],
    pdcaStage: service.pdcaStage,
    phaseId: null,
    pin: 'none',
    level: null,
    campusIds: [],
    followUps: [],
    districtFollowUp: [],
    dates: [],
    notes: '',
    ...rest,
  };
}

/** A blank engagement for a school year, changed by `patch`, then validated. */
export function engagement(patch: (e: Engagement) => Partial<EngagementInput> = () => ({})): Engagement {
  const base = newEngagement({ name: 'Test engagement', clientName: 'Test District', today: '2025-08-01' });
  base.timeline = { ...base.timeline, start: '2025-08-01', end: '2026-06-30', visitDaysPerMonth: 8 };
  return EngagementSchema.parse({ ...base, ...patch(base) });
}

/** Like `engagement`, without validating: for checking what the schema refuses. */
export function draft(patch: Partial<Record<keyof Engagement, unknown>> = {}): Record<string, unknown> {
  return { ...engagement(), ...patch };
}

/** A funding source with no dates or restrictions unless `fields` gives them. */
export function fundingSource(
  key: string,
  fields: Partial<FundingSource> & { amountCents: number },
): FundingSource {
  return { ...newFundingSource(uid(key), key), ...fields };
}
