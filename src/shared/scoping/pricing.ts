import type { CatalogService, Party, PlanLine, RateCard, SupportLevel } from '../domain';

/**
 * What one plan line costs at a size: consultant hours from the service's work at the line's
 * support level, fees from the rate card, travel, materials and on-demand seats, all in integer
 * cents. Cheap enough for sizing to call inside its searches.
 */

/**
 * How a line's consultant trips grow with its units, before the schedule says exactly: cohorts
 * meeting on the same day each need their own facilitator ('concurrent'); a multi-day institute
 * is one trip per group ('block'); visits follow one another, a few to a trip ('pooled').
 */
export type TravelShape = 'concurrent' | 'block' | 'pooled';

/** The pieces of one line's price that do not depend on how much of it is funded. */
export interface LinePricing {
  lineId: string;
  level: SupportLevel;
  participantsPerGroup: number;
  /** Quarter hours of consultant work per unit. */
  quarterHoursPerUnit: number;
  feePerUnitCents: number;
  unitsPerTrip: number;
  unitsPerDay: number;
  travelPerTripCents: number;
  materialsPerParticipantCents: number;
  licensePerSeatCents: number;
  planHoursPerUnit: number;
  leadHoursPerUnit: number;
  plans: Party;
  leads: Party;
  /** The consultant is on site for this line (in person and leading part of it). */
  onSite: boolean;
  travelShape: TravelShape;
}

/** What an amount of work costs, part by part: a line's, or the whole plan's. */
export interface CostAmounts {
  consultantHours: number;
  feesCents: number;
  travelCents: number;
  materialsCents: number;
  licensesCents: number;
  subtotalCents: number;
}

export interface LineCostParts extends CostAmounts {
  units: number;
  participants: number;
  trips: number;
}

/** Price of one unit's consultant work billed in day, half-day and hourly blocks, whichever is less. */
export function blockFeeCents(quarterHours: number, role: RateCard['roles'][number], card: RateCard): number {
  const dayQ = Math.round(card.hoursPerDay * 4);
  const halfQ = Math.round(card.hoursPerHalfDay * 4);
  const days = Math.floor(quarterHours / dayQ);
  const rest = quarterHours - days * dayQ;
  let restFee = 0;
  if (rest > 0) {
    const hourly = Math.round((role.hourlyCents * rest) / 4);
    restFee = Math.min(hourly, rest <= halfQ ? role.halfDayCents : role.dayCents);
  }
  return days * role.dayCents + restFee;
}

export function linePricing(
  line: PlanLine,
  service: CatalogService,
  level: SupportLevel,
  card: RateCard,
): LinePricing {
  const role = card.roles.find((r) => r.id === service.consultantRole) ?? card.roles[0];
  if (!role) throw new Error('The rate card has no roles');
  const work = service.work[level];
  const quarterHoursPerUnit = Math.round((work.planHours + work.leadHours) * 4);
  let feePerUnitCents: number;
  if (line.deliveryMode === 'in_person') feePerUnitCents = blockFeeCents(quarterHoursPerUnit, role, card);
  else if (line.deliveryMode === 'virtual')
    feePerUnitCents = Math.round((role.virtualHourlyCents * quarterHoursPerUnit) / 4);
  else feePerUnitCents = Math.round((role.hourlyCents * quarterHoursPerUnit) / 4);
  const onSite = line.deliveryMode === 'in_person' && work.leadHours > 0;
  return {
    lineId: line.id,
    level,
    participantsPerGroup: line.quantity.participantsPerGroup,
    quarterHoursPerUnit,
    feePerUnitCents,
    unitsPerTrip: service.unitsPerTrip,
    unitsPerDay: service.unitsPerDay,
    travelPerTripCents: onSite ? card.travelPerTripCents : 0,
    materialsPerParticipantCents: service.materials ? card.materialsPerParticipantCents : 0,
    licensePerSeatCents: service.licensed ? card.licensePerParticipantCents : 0,
    planHoursPerUnit: work.planHours,
    leadHoursPerUnit: work.leadHours,
    plans: work.plans,
    leads: work.leads,
    onSite,
    travelShape:
      service.calendar === 'pd_day'
        ? 'concurrent'
        : service.category === 'capacity_building'
          ? 'block'
          : 'pooled',
  };
}

/**
 * Consultant trips for `groups` groups of `count` units, as the schedule will place them: each
 * cohort on a session day is a facilitator's trip; an institute is one run of days per group;
 * visits come `count` times, each reaching every group on consecutive days, a trip covering
 * the days one trip can (`unitsPerTrip` units). The schedule can share trips across lines and
 * days of one week, never add one, so this is what a line costs at most.
 */
export function tripsFor(p: LinePricing, groups: number, count: number): number {
  if (p.travelPerTripCents === 0 || groups === 0 || count === 0) return 0;
  const daysPerTrip = Math.max(1, Math.floor(p.unitsPerTrip / p.unitsPerDay));
  if (p.travelShape === 'concurrent') return count * groups;
  if (p.travelShape === 'block') return groups * Math.ceil(count / daysPerTrip);
  return count * Math.ceil(Math.ceil(groups / p.unitsPerDay) / daysPerTrip);
}

/**
 * The cost of a line at `groups` groups of `count` units; cheap enough to call inside sizing's
 * searches. `trips` replaces the estimate with the schedule's own count when it is known.
 */
export function costParts(p: LinePricing, groups: number, count: number, trips?: number): LineCostParts {
  const units = count * groups;
  const participants = groups * p.participantsPerGroup;
  const tripCount = trips ?? tripsFor(p, groups, count);
  const feesCents = units * p.feePerUnitCents;
  const travelCents = tripCount * p.travelPerTripCents;
  const materialsCents = participants * p.materialsPerParticipantCents;
  const licensesCents = units * p.participantsPerGroup * p.licensePerSeatCents;
  return {
    units,
    participants,
    trips: tripCount,
    consultantHours: (units * p.quarterHoursPerUnit) / 4,
    feesCents,
    travelCents,
    materialsCents,
    licensesCents,
    subtotalCents: feesCents + travelCents + materialsCents + licensesCents,
  };
}

export function subtotalCents(p: LinePricing, groups: number, count: number): number {
  const units = count * groups;
  return (
    units * p.feePerUnitCents +
    tripsFor(p, groups, count) * p.travelPerTripCents +
    groups * p.participantsPerGroup * p.materialsPerParticipantCents +
    units * p.participantsPerGroup * p.licensePerSeatCents
  );
}
