import type { z } from 'zod';
import type { CatalogService } from './catalog';
import { LIMITS, planCostCeiling } from './bounds';
import type { Engagement } from './engagement';
import { lineName, type PlanLine } from './plan-line';
import { uniqueIds } from './primitives';
import { DELIVERY_MODE_WORDS } from './vocabulary';

/**
 * The checks that read across the engagement, which no single field's schema can: ids are
 * unique, every reference points at something real, floors stay under what the north star
 * asks, nothing depends on itself or in a circle, pins agree with each other, and the plan is
 * small enough to price exactly. Each problem is one issue on the field to fix, in the order
 * the engagement lists them, so a form shows every problem at once.
 */

type Issue = (path: (string | number)[], message: string) => void;

/** What the checks of one line look things up in. */
interface PlanIndex {
  services: ReadonlyMap<string, CatalogService>;
  lineById: ReadonlyMap<string, PlanLine>;
  /** The trainings each follow-up is funded with, so pins can follow them too. */
  trainingsOf: ReadonlyMap<string, readonly PlanLine[]>;
  needIds: ReadonlySet<string>;
  itemIds: ReadonlySet<string>;
  campusIds: ReadonlySet<string>;
  phaseById: ReadonlyMap<string, { start: string; end: string }>;
  timeline: { start: string; end: string };
  nameOf: (line: { title: string; serviceId: string }) => string;
}

export function checkEngagement(e: Engagement, ctx: z.RefinementCtx): void {
  checkUniqueIds(e, ctx);
  checkServiceRoles(e, ctx);
  checkFundsThrough(e, ctx);
  const plan = indexPlan(e);
  e.lines.forEach((line, i) => {
    checkLine(line, plan, (path, message) =>
      ctx.addIssue({ code: 'custom', path: ['lines', i, ...path], message }),
    );
  });
  if (planCostCeiling(e) > LIMITS.planCents) {
    ctx.addIssue({
      code: 'custom',
      path: ['lines'],
      message: 'The quantities and rates of this plan multiply to an amount too large to price exactly',
    });
  }
  checkDependencyCircle(e, plan, ctx);
  checkStepDowns(e, ctx);
}

function checkUniqueIds(e: Engagement, ctx: z.RefinementCtx): void {
  uniqueIds(e.needs, ctx, 'needs');
  uniqueIds(e.inventory, ctx, 'inventory items');
  uniqueIds(e.lines, ctx, 'plan lines');
  uniqueIds(e.client.contacts, ctx, 'contacts');
  uniqueIds(e.client.campuses, ctx, 'campuses');
  uniqueIds(e.budget.fundingSources, ctx, 'funding sources');
}

/** Every service is priced by a role the rate card has. */
function checkServiceRoles(e: Engagement, ctx: z.RefinementCtx): void {
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
}

/** The last day the budget pays for falls inside the engagement. */
function checkFundsThrough(e: Engagement, ctx: z.RefinementCtx): void {
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
}

function indexPlan(e: Engagement): PlanIndex {
  // A follow-up is funded only with its training, so for pins it needs the training too.
  const trainingsOf = new Map<string, PlanLine[]>();
  for (const l of e.lines)
    for (const f of l.followUps) trainingsOf.set(f.lineId, [...(trainingsOf.get(f.lineId) ?? []), l]);
  return {
    services: new Map(e.catalog.map((s) => [s.id, s])),
    lineById: new Map(e.lines.map((l) => [l.id, l])),
    trainingsOf,
    needIds: new Set(e.needs.map((n) => n.id)),
    itemIds: new Set(e.inventory.map((n) => n.id)),
    campusIds: new Set(e.client.campuses.map((c) => c.id)),
    phaseById: new Map(e.timeline.phases.map((p) => [p.id, p])),
    timeline: e.timeline,
    nameOf: (line) => lineName(line, e.catalog),
  };
}

/** One line's checks, in the order its fields are shown. */
function checkLine(line: PlanLine, plan: PlanIndex, issue: Issue): void {
  const name = plan.nameOf(line);
  checkServiceAndMode(line, name, plan, issue);
  checkFloors(line, name, issue);
  checkLineLinks(line, name, plan, issue);
  checkDependencies(line, name, plan, issue);
  checkGrounds(line, name, plan, issue);
}

/** The line's service is in the catalog and is offered the way the line delivers it. */
function checkServiceAndMode(line: PlanLine, name: string, plan: PlanIndex, issue: Issue): void {
  const service = plan.services.get(line.serviceId);
  if (!service) {
    issue(
      ['serviceId'],
      `Line “${name}” uses service “${line.serviceId}”, which is not in this engagement’s catalog`,
    );
  } else if (!service.deliveryModes.includes(line.deliveryMode)) {
    issue(
      ['deliveryMode'],
      `“${name}” cannot be delivered ${DELIVERY_MODE_WORDS[line.deliveryMode]}; ${service.name} is offered ${service.deliveryModes.map((m) => DELIVERY_MODE_WORDS[m]).join(' or ')}`,
    );
  }
}

/** The coverage and dosage floors ask no more than the north star does. */
function checkFloors(line: PlanLine, name: string, issue: Issue): void {
  if (line.quantity.minGroups > line.quantity.groups) {
    issue(
      ['quantity', 'minGroups'],
      `“${name}” cannot be trimmed to ${line.quantity.minGroups} groups when the north star asks for only ${line.quantity.groups}`,
    );
  }
  if (line.quantity.minCount !== null && line.quantity.minCount > line.quantity.count) {
    issue(
      ['quantity', 'minCount'],
      `“${name}” cannot keep at least ${line.quantity.minCount} units per group when the north star asks for only ${line.quantity.count}`,
    );
  }
}

/** Follow-ups, district follow-up, campuses and dates of one line: each must point at something real. */
function checkLineLinks(line: PlanLine, name: string, plan: PlanIndex, issue: Issue): void {
  const window = plan.phaseById.get(line.phaseId ?? '') ?? plan.timeline;
  const seen = new Set<string>();
  line.followUps.forEach((f, j) => {
    if (f.lineId === line.id) issue(['followUps', j, 'lineId'], `“${name}” cannot follow itself up`);
    else if (!plan.lineById.has(f.lineId))
      issue(['followUps', j, 'lineId'], `“${name}” is followed up by a line that is not in the plan`);
    else if (seen.has(f.lineId))
      issue(['followUps', j, 'lineId'], `“${name}” lists the same follow-up twice`);
    seen.add(f.lineId);
  });
  line.districtFollowUp.forEach((item, j) => {
    if (!plan.itemIds.has(item))
      issue(
        ['districtFollowUp', j],
        `“${name}” is followed up by an inventory item that is not in the inventory`,
      );
  });
  const campuses = new Set<string>();
  line.campusIds.forEach((c, j) => {
    if (!plan.campusIds.has(c))
      issue(['campusIds', j], `“${name}” serves a campus that is not in the client profile`);
    else if (campuses.has(c)) issue(['campusIds', j], `“${name}” lists the same campus twice`);
    campuses.add(c);
  });
  const dates = new Set<string>();
  line.dates.forEach((d, j) => {
    if (d < window.start || d > window.end)
      issue(
        ['dates', j],
        `“${name}” has a date, ${d}, outside its window (${window.start} to ${window.end})`,
      );
    else if (dates.has(d)) issue(['dates', j], `“${name}” lists ${d} twice`);
    dates.add(d);
  });
}

/** What the line depends on is another line of the plan, named once, and not deferred by hand when the line is kept funded. */
function checkDependencies(line: PlanLine, name: string, plan: PlanIndex, issue: Issue): void {
  const seenDeps = new Set<string>();
  line.dependsOn.forEach((dep, j) => {
    if (dep === line.id) {
      issue(['dependsOn', j], `“${name}” cannot depend on itself`);
    } else if (!plan.lineById.has(dep)) {
      issue(['dependsOn', j], `“${name}” depends on a line that is not in the plan`);
    } else if (seenDeps.has(dep)) {
      issue(['dependsOn', j], `“${name}” lists the same dependency twice`);
    }
    seenDeps.add(dep);
  });
  if (line.pin === 'funded') {
    const deferred = pinnedDeferredDependency(line, plan.lineById, plan.trainingsOf);
    if (deferred) {
      issue(
        ['pin'],
        `“${name}” is kept funded by hand but depends on “${plan.nameOf(deferred)}”, which is deferred by hand`,
      );
    }
  }
}

/** The inventory it builds on, the needs it serves and its phase are all recorded. */
function checkGrounds(line: PlanLine, name: string, plan: PlanIndex, issue: Issue): void {
  line.buildsOn.forEach((item, j) => {
    if (!plan.itemIds.has(item)) {
      issue(['buildsOn', j], `“${name}” builds on an inventory item that is not in the inventory`);
    }
  });
  line.needIds.forEach((need, j) => {
    if (!plan.needIds.has(need)) {
      issue(['needIds', j], `“${name}” serves a priority need that is not recorded`);
    }
  });
  if (line.phaseId !== null && !plan.phaseById.has(line.phaseId)) {
    issue(['phaseId'], `“${name}” is placed in a phase that does not exist`);
  }
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

/** Lines that depend on each other in a circle, so none could start first. */
function checkDependencyCircle(e: Engagement, plan: PlanIndex, ctx: z.RefinementCtx): void {
  const cycle = findDependencyCycle(e.lines);
  if (!cycle) return;
  const first = e.lines.findIndex((l) => l.id === cycle[0]);
  const names = cycle.map((id) => {
    const line = plan.lineById.get(id);
    return line ? `“${plan.nameOf(line)}”` : id;
  });
  ctx.addIssue({
    code: 'custom',
    path: ['lines', first, 'dependsOn'],
    message: `These lines depend on each other in a circle, so none could start first: ${[...names, names[0] ?? ''].join(' → ')}`,
  });
}

/**
 * Returns the ids of one dependency cycle in plan order, or null. Self-dependencies and
 * missing targets are reported separately, so they are skipped here.
 */
function findDependencyCycle(
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

/** Each support-level step-down names a phase that exists, and no phase has two. */
function checkStepDowns(e: Engagement, ctx: z.RefinementCtx): void {
  const phaseIds = new Set(e.timeline.phases.map((p) => p.id));
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
}
