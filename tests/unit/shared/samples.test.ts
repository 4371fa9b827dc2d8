import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngagementSchema, migrateEngagement, type Engagement } from '../../../src/shared/domain';
import { levelResolver, scopeEngagement } from '../../../src/shared/scoping';

const dir = join(import.meta.dirname, '../../../resources/samples');
const load = (file: string): Engagement =>
  migrateEngagement(JSON.parse(readFileSync(join(dir, file), 'utf8')));

describe('sample engagements', () => {
  it('are the three sizes the issue asks for', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(['large-urban-system.json', 'mid-size-suburban-district.json', 'small-rural-district.json']);
  });

  it.each([
    ['small-rural-district.json', 2_500_000, 4, 6],
    ['mid-size-suburban-district.json', 12_000_000, 9, 13],
    ['large-urban-system.json', 60_000_000, 20, 25],
  ])('%s is valid and sizes sensibly to its budget', (file, budget, minMonths, maxMonths) => {
    const e = load(file);
    expect(EngagementSchema.safeParse(e).success).toBe(true);
    expect(e.budget.amountCents).toBe(budget);
    const scope = scopeEngagement(e);
    const months = scope.schedule.months.length;
    expect(months).toBeGreaterThanOrEqual(minMonths);
    expect(months).toBeLessThanOrEqual(maxMonths);
    // The north star asks for more than the budget, and the funded phase uses most of it.
    expect(scope.sizing.northStar.subtotalCents).toBeGreaterThan(budget);
    expect(scope.costing.totalCents).toBeLessThanOrEqual(budget);
    expect(scope.costing.totalCents).toBeGreaterThan(budget * 0.9);
    expect(scope.costing.totalCents).toBe(scope.sizing.funded.totalCents);
    expect(scope.schedule.unplaced).toEqual([]);
    expect(scope.sizing.deferredPhases.length).toBeGreaterThan(0);
    // Each sample shows the sizing of version 2: a follow-up tied to its training.
    expect(e.schemaVersion).toBe(2);
    expect(e.lines.some((l) => l.followUps.length > 0)).toBe(true);
    // Every line is tied to evidence: a priority need or something already working.
    for (const l of e.lines) expect(l.needIds.length + l.buildsOn.length).toBeGreaterThan(0);
    expect(e.lines.some((l) => l.dependsOn.length > 0)).toBe(true);
    expect(e.lines.some((l) => l.buildsOn.length > 0)).toBe(true);
  });

  it('the large urban system releases support gradually: facilitate, then collaborate, then coach', () => {
    const e = load('large-urban-system.json');
    const scope = scopeEngagement(e);
    const levelOf = levelResolver(e, scope.advice);
    const phases = [...e.timeline.phases].sort((a, b) => a.start.localeCompare(b.start));
    const levels = phases.map((p) => {
      const inPhase = e.lines.filter((l) => l.phaseId === p.id);
      return [...new Set(inPhase.map(levelOf))];
    });
    expect(levels).toEqual([['facilitate'], ['collaborate'], ['coach']]);
    expect(scope.advice.overridden).toBe(true);
    expect(scope.advice.overrideReason).not.toBe('');
    expect(scope.costing.byPhase.map((p) => p.totalCents).every((c) => c > 0)).toBe(true);
    expect(scope.costing.byFiscalYear.map((f) => f.label)).toEqual(['FY2026', 'FY2027']);
  });

  it('the small rural district trims coaching rather than dropping it', () => {
    const scope = scopeEngagement(load('small-rural-district.json'));
    const coaching = scope.sizing.lines.find((l) => l.serviceId === 'coaching-cycle');
    expect(coaching?.status).toBe('trimmed');
    expect(coaching?.fundedCount).toBe(2);
    expect(coaching?.reason?.sentence).toMatch(
      /^Trimmed to 2 coaching cycles × 6 teachers: \$3,800 more adds another teacher, and \$5,300 more funds all 8 teachers; \$67\.25 of the \$25,000 budget is left\.$/,
    );
  });

  it.each(['small-rural-district.json', 'mid-size-suburban-district.json', 'large-urban-system.json'])(
    '%s leaves no money a waiting step could use: what shared trips save goes back into the plan',
    (file) => {
      const { sizing, costing } = scopeEngagement(load(file));
      const left = sizing.remainingCents;
      expect(left).toBe(sizing.budgetCents - costing.totalCents);
      for (const l of sizing.lines) {
        if (l.reason?.code !== 'budget') continue;
        // Each step still waiting for money costs more than is left, and its reason says what is left.
        expect(l.reason.needCents).toBeGreaterThan(left);
        if (l.status === 'trimmed') expect(l.reason.leftCents).toBe(left);
      }
    },
  );
});
