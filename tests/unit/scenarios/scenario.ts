import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateEngagement, type Engagement } from '../../../src/shared/domain';
import { scopeEngagement, type Placement, type Scope, type SizedLine } from '../../../src/shared/scoping';

/**
 * The three districts of tests/fixtures/scenarios, scoped the way the app and the PDF scope
 * them, with the lookups the expert's expectations are written in: a line by the start of its
 * title, its funded size, the days the schedule puts it on.
 */

export type Slug = 'rec-k3-foundational-reading' | 'urban-multilingual-two-year' | 'charter-coaching-network';

export function loadScenario(slug: Slug): Engagement {
  const file = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', `${slug}.json`);
  return migrateEngagement(JSON.parse(readFileSync(file, 'utf8')));
}

export interface Scenario {
  engagement: Engagement;
  scope: Scope;
  /** The sized line whose title starts with `prefix`. */
  line: (prefix: string) => SizedLine;
  /** The days the schedule puts that line on, in date order. */
  days: (prefix: string) => Placement[];
  dates: (prefix: string) => string[];
  /** Funded cost of a line after discount, from the costing (what the PDF prints). */
  cost: (prefix: string) => number;
}

export function scenario(slug: Slug, change: (e: Engagement) => Engagement = (e) => e): Scenario {
  const engagement = change(loadScenario(slug));
  const scope = scopeEngagement(engagement);
  const line = (prefix: string) => {
    const found = scope.sizing.lines.find((l) => l.name.startsWith(prefix));
    if (!found) throw new Error(`no line starting “${prefix}” in ${slug}`);
    return found;
  };
  const days = (prefix: string) => {
    const id = line(prefix).lineId;
    return scope.schedule.placements.filter((p) => p.lineId === id);
  };
  return {
    engagement,
    scope,
    line,
    days,
    dates: (prefix) => days(prefix).map((p) => p.date),
    cost: (prefix) => scope.costing.lines.find((l) => l.lineId === line(prefix).lineId)?.totalCents ?? 0,
  };
}

/** Whether a line funded with a tier below essential has any funding. */
export const isFunded = (l: SizedLine) => l.fundedGroups > 0;
