import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { migrateEngagement, type Engagement } from '../../../src/shared/domain';
import { scopeEngagement, type Placement, type Scope, type SizedLine } from '../../../src/shared/scoping';

/**
 * The three districts of tests/fixtures/scenarios, scoped the way the app and the PDF scope
 * them, with the lookups the expert's expectations are written in: a line by the start of its
 * title, its funded size, the days the schedule puts it on. Each is read twice: as the district
 * gave it (given/, byte for byte) and enriched with the fields a careful consultant enters from
 * the district's own text (the file beside it).
 */

export type Slug = 'rec-k3-foundational-reading' | 'urban-multilingual-two-year' | 'charter-coaching-network';

export type Variant = 'enriched' | 'as given';
export const VARIANTS: readonly Variant[] = ['enriched', 'as given'];

export function loadScenario(slug: Slug, variant: Variant = 'enriched'): Engagement {
  const folder = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios');
  const file = join(folder, variant === 'as given' ? 'given' : '', `${slug}.json`);
  return migrateEngagement(JSON.parse(readFileSync(file, 'utf8')));
}

/** The scenario loader for one variant, so a test file reads both with the same code. */
export function scenarioAt(variant: Variant): typeof scenario {
  return (slug, change) => scenario(slug, change, variant);
}

/**
 * `it` for one variant. On the documents as given, an expectation listed in `lacks` needs a
 * field the document does not have: it is expected to fail, and its title names the field (when
 * the engine meets it without the field, the test says so and the entry goes).
 */
export function expectationsOf(variant: Variant, lacks: Readonly<Record<string, string>>) {
  return (title: string, body: () => void): void => {
    const field = variant === 'as given' ? (lacks[title.split(':')[0] ?? title] ?? lacks[title]) : undefined;
    if (field === undefined) it(title, body);
    else it.fails(`${title} — as given, the document lacks ${field}`, body);
  };
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

export function scenario(
  slug: Slug,
  change: (e: Engagement) => Engagement = (e) => e,
  variant: Variant = 'enriched',
): Scenario {
  const engagement = change(loadScenario(slug, variant));
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
