/**
 * The ceilings every engagement stays under. Each is far above what a real district plan
 * holds (the largest sample has 17 lines, 12 PD days and 400 groups on one line), and low
 * enough that any document the schemas accept is read, sized and printed in bounded time,
 * and that its money never leaves the range where integer cents are exact.
 */
export const LIMITS = {
  contacts: 200,
  campuses: 2_000,
  needs: 100,
  inventory: 500,
  lines: 500,
  /** Dependencies, inventory links and needs one plan line may name. */
  links: 100,
  /** Drivers or standards on one line or service (each vocabulary is shorter). */
  tags: 50,
  fundingSources: 100,
  blackouts: 500,
  pdDays: 1_000,
  phases: 100,
  services: 500,
  roles: 100,
  /** Units of a line per group, and units per trip or per day of a service. */
  unitsPerGroup: 1_000,
  groups: 10_000,
  participantsPerGroup: 10_000,
  /**
   * The most a whole plan may cost at its north star, in cents (ten trillion): about a ninth
   * of 2^53, so the engine's sums, discounts and splits of it stay exact.
   */
  planCents: 1e15,
} as const;

interface CostedLine {
  serviceId: string;
  quantity: { count: number; groups: number; participantsPerGroup: number; per?: string };
}

/** The most periods a count said per period can repeat over in a window of ten years or less. */
const MOST_PERIODS: Record<string, number> = {
  engagement: 1,
  month: 122,
  quarter: 42,
  semester: 22,
  year: 12,
};
interface CostedService {
  id: string;
  consultantRole: string;
  work: Record<string, { planHours: number; leadHours: number }>;
}
interface CostedRateCard {
  roles: readonly {
    id: string;
    dayCents: number;
    halfDayCents: number;
    hourlyCents: number;
    virtualHourlyCents: number;
  }[];
  travelPerTripCents: number;
  materialsPerParticipantCents: number;
  licensePerParticipantCents: number;
}

/**
 * An upper bound, in cents, of what the plan's lines can cost however they are delivered:
 * every quarter hour at the dearest of the role's rates (plus one block for rounding), a trip
 * per unit, materials and a seat for everyone. Counted in floating point, which cannot
 * overflow here; a plan under LIMITS.planCents can therefore be priced exactly.
 */
export function planCostCeiling(e: {
  lines: readonly CostedLine[];
  catalog: readonly CostedService[];
  rateCard: CostedRateCard;
}): number {
  const services = new Map(e.catalog.map((s) => [s.id, s]));
  const roles = new Map(e.rateCard.roles.map((r) => [r.id, r]));
  let total = 0;
  for (const line of e.lines) {
    const service = services.get(line.serviceId);
    const role = service ? roles.get(service.consultantRole) : undefined;
    if (!service || !role) continue;
    const quarterHours = Math.max(
      0,
      ...Object.values(service.work).map((w) => (w.planHours + w.leadHours) * 4),
    );
    const rate = Math.max(role.dayCents, role.halfDayCents, role.hourlyCents, role.virtualHourlyCents);
    const { count, groups, participantsPerGroup, per = 'engagement' } = line.quantity;
    const units = count * (MOST_PERIODS[per] ?? 122) * groups;
    total +=
      units * (2 * quarterHours + 1) * rate +
      units * e.rateCard.travelPerTripCents +
      groups * participantsPerGroup * e.rateCard.materialsPerParticipantCents +
      units * participantsPerGroup * e.rateCard.licensePerParticipantCents;
  }
  return total;
}
