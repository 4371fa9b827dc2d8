import { lineName, type Engagement, type PlanLine } from '../../domain';
import { lowerFirst } from '../../words';
import { engagementChecks } from './engagement';
import { principles } from './principles';
import type { CheckOptions, PlanCheck, View } from './types';

/**
 * Reads the plan against the field's principles and says, in words, what is missing and how
 * to fix it. Each principle is read on the north star and on the funded phase, because the
 * funded phase is what the district will actually receive: a plan whose north star is sound can
 * still fund training while its coaching waits.
 */

export type { CheckOptions, PlanCheck, PlanCheckCode } from './types';

export function checkPlan(engagement: Engagement, options: CheckOptions = {}): PlanCheck[] {
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const name = (l: PlanLine) => lineName(l, engagement.catalog);
  const plannedCount = new Map(options.sizing?.lines.map((s) => [s.lineId, s.northStarCount]) ?? []);
  const make = (lines: PlanLine[], count: (l: PlanLine) => number): View => ({
    lines,
    ids: new Set(lines.map((l) => l.id)),
    category: (l) => categories.get(l.serviceId),
    name,
    count,
  });
  const northStar = make(engagement.lines, (l) => plannedCount.get(l.id) ?? l.quantity.count);
  const sizing = options.sizing;
  const fundedCounts = sizing?.fundedCounts ?? {};
  const funded = sizing
    ? make(
        engagement.lines.filter((l) => (sizing.fundedGroups[l.id] ?? 0) > 0),
        (l) => fundedCounts[l.id] ?? 0,
      )
    : null;
  const out: PlanCheck[] = [];

  for (const principle of principles) {
    const onNorthStar = principle(northStar, engagement);
    if (onNorthStar) out.push({ ...onNorthStar, plan: 'north_star' });
    const onFunded = funded && funded.lines.length > 0 ? principle(funded, engagement) : null;
    if (!onFunded) continue;
    // Only what the funded phase adds: lines or findings the north star does not already show.
    const known = new Set(onNorthStar?.lineIds ?? []);
    const fresh = onFunded.lineIds.filter((id) => !known.has(id));
    if (
      onNorthStar &&
      (onFunded.lineIds.length === 0 ? onNorthStar.message === onFunded.message : fresh.length === 0)
    )
      continue;
    out.push({
      ...onFunded,
      plan: 'funded',
      message: `In the funded phase: ${lowerFirst(onFunded.message)}`,
      fix: `${onFunded.fix} If the north star already has it, keep at least part of it funded (pin it, or trim other services) rather than deferring it.`,
    });
  }

  out.push(...engagementChecks(engagement, options, categories, name));
  return out;
}
