import fc from 'fast-check';
import {
  defaultCatalog,
  EngagementSchema,
  PRIORITIES,
  SUPPORT_LEVELS,
  type Engagement,
  type PlanLine,
} from '../../../src/shared/domain';
import { engagement, line, uid } from './build';

/**
 * Random but valid engagements for properties: up to 20 lines of any service with acyclic
 * dependencies, dosage floors, counts per period and follow-up ties, budgets from nothing to
 * generous and sometimes for the first part of the window only, discounts, blackouts (some only
 * for classrooms, some assessment windows), PD days, a facilitator limit, phases with step-downs
 * and (optionally) pins.
 */

const START = Date.UTC(2025, 7, 1) / 86_400_000;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const lineShape = fc.record({
  service: fc.nat({ max: defaultCatalog.length - 1 }),
  count: fc.integer({ min: 1, max: 5 }),
  groups: fc.integer({ min: 1, max: 15 }),
  minShare: fc.double({ min: 0, max: 1, noNaN: true }),
  scalable: fc.boolean(),
  priority: fc.constantFrom(...PRIORITIES),
  mode: fc.nat({ max: 2 }),
  deps: fc.array(fc.nat({ max: 19 }), { maxLength: 3 }),
  pin: fc.constantFrom('none', 'none', 'none', 'none', 'funded', 'deferred'),
  phase: fc.nat({ max: 3 }),
  stage: fc.option(fc.constantFrom('plan' as const, 'do' as const, 'check' as const, 'act' as const), {
    nil: undefined,
  }),
  minCountShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  per: fc.constantFrom(
    'engagement' as const,
    'engagement' as const,
    'engagement' as const,
    'semester' as const,
    'quarter' as const,
  ),
  /** A later line (by offset) this one names as its follow-up, when there is one. */
  followUp: fc.option(
    fc.record({ offset: fc.integer({ min: 1, max: 5 }), coverage: fc.integer({ min: 1, max: 100 }) }),
    { nil: null },
  ),
  /** Campuses the line serves (a rotation of the client's), and dates of its own. */
  campusShift: fc.option(fc.nat({ max: 5 }), { nil: null }),
  dates: fc.option(
    fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
    {
      nil: null,
    },
  ),
  level: fc.option(fc.constantFrom(...SUPPORT_LEVELS), { nil: null }),
});

export interface ArbitraryOptions {
  pins?: boolean;
  maxBudgetCents?: number;
}

export function arbitraryEngagement(options: ArbitraryOptions = {}): fc.Arbitrary<Engagement> {
  return fc
    .record({
      lines: fc.array(lineShape, { minLength: 1, maxLength: 20 }),
      budget: fc.integer({ min: 0, max: options.maxBudgetCents ?? 40_000_000 }),
      discount: fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.record({
          kind: fc.constant('percent' as const),
          basisPoints: fc.integer({ min: 0, max: 3000 }),
          label: fc.constant(''),
        }),
        fc.record({
          kind: fc.constant('amount' as const),
          cents: fc.integer({ min: 0, max: 500_000 }),
          label: fc.constant(''),
        }),
      ),
      months: fc.integer({ min: 2, max: 24 }),
      blackouts: fc.array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          days: fc.integer({ min: 1, max: 40 }),
          classroom: fc.boolean(),
          assessment: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      fundsThrough: fc.option(fc.double({ min: 0.2, max: 1, noNaN: true }), { nil: null }),
      facilitatorsPerDay: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      pdDays: fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
      visitDaysPerMonth: fc.integer({ min: 0, max: 12 }),
      phaseCount: fc.integer({ min: 0, max: 3 }),
      chosen: fc.option(fc.constantFrom(...SUPPORT_LEVELS), { nil: null }),
      stepDown: fc.array(fc.constantFrom(...SUPPORT_LEVELS), { minLength: 3, maxLength: 3 }),
      fiscalStart: fc.integer({ min: 1, max: 12 }),
      campuses: fc.integer({ min: 0, max: 6 }),
    })
    .map((r) => {
      const days = Math.round(r.months * 30.4);
      const end = START + days;
      const at = (share: number) => START + Math.min(days, Math.floor(share * days));
      const phases = Array.from({ length: r.phaseCount }, (_, k) => ({
        id: uid(`phase-${String(k)}`),
        name: `Phase ${String(k + 1)}`,
        start: iso(START + Math.floor((k * days) / r.phaseCount) + (k > 0 ? 1 : 0)),
        end: iso(START + Math.floor(((k + 1) * days) / r.phaseCount)),
      }));
      const campuses = Array.from({ length: r.campuses }, (_, k) => ({
        id: uid(`campus-${String(k)}`),
        name: `Campus ${String(k + 1)}`,
        gradeBand: '',
        teachers: 20,
      }));
      const lines: PlanLine[] = r.lines.map((shape, i) => {
        const service = defaultCatalog[shape.service] ?? defaultCatalog[0];
        if (!service) throw new Error('empty catalog');
        const deps = [...new Set(shape.deps.filter((d) => d < i))].map((d) => uid(`line-${String(d)}`));
        return line(`line-${String(i)}`, service.id, {
          count: shape.count,
          per: shape.per,
          groups: shape.groups,
          minGroups: Math.max(1, Math.ceil(shape.minShare * shape.groups)),
          minCount:
            shape.minCountShare === null ? null : Math.max(1, Math.ceil(shape.minCountShare * shape.count)),
          scalable: shape.scalable,
          priority: shape.priority,
          deliveryMode:
            service.deliveryModes[shape.mode % service.deliveryModes.length] ?? service.defaultDeliveryMode,
          dependsOn: deps,
          pin: options.pins ? shape.pin : 'none',
          phaseId:
            phases.length > 0 && shape.phase < phases.length ? (phases[shape.phase]?.id ?? null) : null,
          pdcaStage: shape.stage ?? service.pdcaStage,
          level: shape.level,
        });
      });
      r.lines.forEach((shape, i) => {
        const own = lines[i];
        if (!own) return;
        const shift = shape.campusShift;
        if (shift !== null && campuses.length > 0)
          own.campusIds = campuses.map((_, k) => campuses[(k + shift) % campuses.length]?.id ?? '');
        if (shape.dates !== null) {
          const phase = phases.find((p) => p.id === own.phaseId);
          const lo = phase ? Date.parse(phase.start) / 86_400_000 : START;
          const hi = phase ? Date.parse(phase.end) / 86_400_000 : end;
          own.dates = [...new Set(shape.dates.map((d) => iso(lo + Math.floor(d * (hi - lo)))))];
        }
      });
      r.lines.forEach((shape, i) => {
        const target = shape.followUp ? lines[i + shape.followUp.offset] : undefined;
        const own = lines[i];
        if (target && own) own.followUps = [{ lineId: target.id, coverage: shape.followUp?.coverage ?? 100 }];
      });
      // A line kept by hand cannot need one deferred by hand (what it depends on, or the training
      // of a follow-up among them); drop such pins as a person would.
      const byId = new Map(lines.map((l) => [l.id, l]));
      const trainings = (id: string) => lines.filter((t) => t.followUps.some((f) => f.lineId === id));
      const needsDeferred = (l: PlanLine): boolean => {
        const seen = new Set<string>([l.id]);
        const stack = [...l.dependsOn, ...trainings(l.id).map((t) => t.id)];
        while (stack.length > 0) {
          const d = stack.pop() ?? '';
          if (seen.has(d)) continue;
          seen.add(d);
          const dep = byId.get(d);
          if (!dep) continue;
          if (dep.pin === 'deferred') return true;
          stack.push(...dep.dependsOn, ...trainings(d).map((t) => t.id));
        }
        return false;
      };
      for (const l of lines) if (l.pin === 'funded' && needsDeferred(l)) l.pin = 'none';

      return engagement((e) => ({
        client: { ...e.client, fiscalYearStartMonth: r.fiscalStart, campuses },
        lines,
        budget: {
          amountCents: r.budget,
          fundingSources: [],
          fundsThrough: r.fundsThrough === null ? null : iso(at(r.fundsThrough)),
        },
        discount: r.discount,
        supportLevel: {
          ...e.supportLevel,
          chosen: r.chosen,
          stepDown: phases.map((p, k) => ({ phaseId: p.id, level: r.stepDown[k] ?? 'coach' })),
        },
        timeline: {
          start: iso(START),
          end: iso(end),
          blackouts: r.blackouts.map((b, k) => ({
            id: uid(`blackout-${String(k)}`),
            label: `Blackout ${String(k + 1)}`,
            start: iso(at(b.at)),
            end: iso(Math.min(end, at(b.at) + b.days)),
            scope: b.classroom ? ('classroom' as const) : ('all' as const),
            assessment: b.assessment,
          })),
          pdDays: [...new Set(r.pdDays.map((d) => iso(at(d))))].map((date) => ({ date, label: '' })),
          visitDaysPerMonth: r.visitDaysPerMonth,
          facilitatorsPerDay: r.facilitatorsPerDay,
          phases,
        },
      }));
    })
    .filter((e) => EngagementSchema.safeParse(e).success);
}
