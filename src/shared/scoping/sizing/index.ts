import { formatMoneyPlain } from '../../money';
import { discountCents } from '../costing';
import { subtotalCents } from '../pricing';
import { quantityText } from '../quantity';
import { deferredParts } from './deferred';
import { campusesAt } from './ladder';
import { prepareSizing, type PreparedLine, type PreparedSizing } from './prepare';
import { reasonFor, type ReasonContext } from './reasons';
import { sizeRound, type RoundResult } from './round';
import { coverageOf, summaryOf } from './summary';
import type { SizedLine, Sizing } from './types';
import type { Engagement } from '../../domain';
import type { SupportLevelAdvice } from '../advice';
import type { Costing } from '../costing';

/**
 * Sizing turns the north star into a funded phase ("start here") and the work that waits,
 * grouped by what it waits for. How it decides, step by step, is in docs/scoping.md:
 * `prepare` works out each line once (its sizes on a `ladder`, the funding `order`), `round`
 * funds and grows back, `reasons` words every trade-off, `deferred` groups and dates what
 * waits, `summary` measures coverage.
 */

export * from './types';
export { prepareSizing, FOLLOW_UP_CATEGORIES } from './prepare';
export { sizeAt, followerGroups, campusesAt } from './ladder';
export type { PreparedLine, PreparedSizing } from './prepare';
export type { Size } from './ladder';
export { pdDaysNeeded, visitDaysNeeded, sessionDays } from './round';

/**
 * What a funding round decided, in numbers: each funded line's size and what the funded phase
 * costs at sizing's own prices (after any discount). Words come later, for the round kept.
 */
export interface Funding {
  round: RoundResult;
  fundedGroups: Record<string, number>;
  fundedCounts: Record<string, number>;
  /** What the funded phase costs at sizing's own prices, before and after any discount. */
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  /** What each step waiting for money (directly, or behind a priority above) would cost. */
  needs: number[];
}

/**
 * The funding round at a budget. `topUpCents` is money found once the plan was costed (what
 * shared trips save, see savings.ts): the round at the budget goes on with it.
 */
export function fundAt(prep: PreparedSizing, budget: number, topUpCents = 0): Funding {
  const round = sizeRound(prep, budget, topUpCents);
  const fundedGroups: Record<string, number> = {};
  const fundedCounts: Record<string, number> = {};
  let subtotal = 0;
  for (const item of prep.items) {
    const groups = round.groups[item.index] ?? 0;
    const count = round.counts[item.index] ?? 0;
    if (groups === 0) continue;
    fundedGroups[item.line.id] = groups;
    fundedCounts[item.line.id] = count;
    subtotal += subtotalCents(item.pricing, groups, count);
  }
  const discount = discountCents(subtotal, prep.discount);
  const needs: number[] = [];
  for (const r of round.reasons) if (r?.code === 'budget' || r?.code === 'sources') needs.push(r.needCents);
  return {
    round,
    fundedGroups,
    fundedCounts,
    subtotalCents: subtotal,
    discountCents: discount,
    totalCents: subtotal - discount,
    needs,
  };
}

/** Sizes the plan at a budget (the engagement's unless given). */
export function sizePrepared(prep: PreparedSizing, budgetCents?: number): Sizing {
  const budget = budgetCents ?? prep.engagement.budget.amountCents;
  return sizeFunding(prep, budget, fundAt(prep, budget));
}

/**
 * A funding round in full, in the words and figures a district reads. `leftCents` is what the
 * costed plan leaves of the budget, when it has been costed: the reasons say that figure.
 */
export function sizeFunding(
  prep: PreparedSizing,
  budget: number,
  funding: Funding,
  leftCents?: number,
): Sizing {
  const { items, engagement } = prep;
  const { round, fundedGroups, fundedCounts } = funding;
  const money = (c: number) => formatMoneyPlain(c, prep.currency);
  const ctx: ReasonContext = {
    prep,
    round,
    budget,
    money,
    ...(leftCents === undefined ? {} : { leftCents }),
  };

  const sized = items.map((item) => sizedLine(item, ctx));
  const deferred = deferredParts(prep, round, sized, prep.discount, money);
  for (const s of sized) s.deferredPhase = deferred.phaseOf.get(s.lineId) ?? null;
  const { subtotalCents: fundedSubtotal, discountCents: fundedDiscount, totalCents: fundedTotal } = funding;
  const overBudget = Math.max(0, fundedTotal - budget);
  const coverage = coverageOf(prep, sized);
  const northStarSubtotal = sized.reduce((s, l) => s + l.northStarCents, 0);

  return {
    currency: prep.currency,
    budgetCents: budget,
    fundedPhaseName: 'Start here',
    fundedWindow: prep.fundedWindow,
    funded: {
      subtotalCents: fundedSubtotal,
      discountCents: fundedDiscount,
      totalCents: fundedTotal,
      lines: Object.keys(fundedGroups).length,
    },
    remainingCents: Math.max(0, budget - fundedTotal),
    overBudgetCents: overBudget,
    travelSavedCents: 0,
    northStar: { subtotalCents: northStarSubtotal, lines: items.length },
    lines: sized,
    fundedGroups,
    fundedCounts,
    deferredPhases: deferred.phases,
    capacity: {
      pdDays: {
        available: prep.fundedCalendar.pdDayCount,
        used: round.pdDaysUsed,
        recorded: engagement.timeline.pdDays.length > 0,
      },
      visitDays: { available: prep.fundedCalendar.visitCapacity, used: round.visitDaysUsed },
    },
    coverage,
    summary: summaryOf({
      sized,
      coverage,
      deferred: deferred.phases,
      budget,
      fundedTotal,
      overBudget,
      money,
    }),
  };
}

/** One line as the round funded it: funded in full, trimmed or deferred, with its quantities, cost and why. */
function sizedLine(item: PreparedLine, ctx: ReasonContext): SizedLine {
  const { round } = ctx;
  const i = item.index;
  const groups = round.groups[i] ?? 0;
  const count = round.counts[i] ?? 0;
  const fundedCents = groups > 0 ? subtotalCents(item.pricing, groups, count) : 0;
  const full = groups === item.northStar.groups && count === item.northStar.count;
  const status = groups === 0 ? 'deferred' : full ? 'funded' : 'trimmed';
  return {
    lineId: item.line.id,
    name: item.name,
    serviceId: item.line.serviceId,
    priority: item.line.priority,
    pin: item.line.pin,
    phaseId: item.line.phaseId,
    level: item.pricing.level,
    status,
    northStarGroups: item.northStar.groups,
    fundedGroups: groups,
    northStarCount: item.northStar.count,
    fundedCount: count,
    groupLabel: item.groupWord.plural,
    northStarQuantity: item.northStarQuantity,
    fundedQuantity:
      groups === 0
        ? ''
        : full
          ? item.northStarQuantity
          : quantityText(item.line, item.service, groups, count),
    fundedCampusIds: campusesAt(item, groups),
    northStarCents: item.northStarCents,
    fundedCents,
    reason: status === 'funded' ? null : reasonFor(ctx, item, round.reasons[i] ?? null),
    note: round.notes[i] ?? null,
    deferredPhase: null,
  };
}

/** Sizes the engagement's north star to its budget (or `budgetCents`) and calendar. */
export function sizeEngagement(
  engagement: Engagement,
  options: { budgetCents?: number; advice?: SupportLevelAdvice } = {},
): Sizing {
  return sizePrepared(prepareSizing(engagement, options.advice), options.budgetCents);
}

/**
 * The sizing with its money as the costing has it, once the schedule has shared consultant
 * trips across lines and days: each funded line's cost, the totals, what is left, and the
 * summary. What the sharing saves is stated, so the funded phase, the deferred parts and the
 * saving add up to the north star.
 */
export function settleSizing(prep: PreparedSizing, sizing: Sizing, costing: Costing): Sizing {
  const money = (c: number) => formatMoneyPlain(c, prep.currency);
  const actual = new Map(costing.lines.map((l) => [l.lineId, l.subtotalCents]));
  const budget = sizing.budgetCents;
  const remaining = Math.max(0, budget - costing.totalCents);
  const lines = sizing.lines.map((s) =>
    s.fundedGroups > 0 ? { ...s, fundedCents: actual.get(s.lineId) ?? s.fundedCents } : s,
  );
  const coverage = coverageOf(prep, lines);
  const overBudget = Math.max(0, costing.totalCents - budget);
  const saved = Math.max(0, sizing.funded.subtotalCents - costing.subtotalCents);
  const summary = summaryOf({
    sized: lines,
    coverage,
    deferred: sizing.deferredPhases,
    budget,
    fundedTotal: costing.totalCents,
    overBudget,
    money,
  });
  summary.push(northStarSum(sizing, costing.subtotalCents, saved, money));
  return {
    ...sizing,
    lines,
    coverage,
    funded: {
      subtotalCents: costing.subtotalCents,
      discountCents: costing.discountCents,
      totalCents: costing.totalCents,
      lines: sizing.funded.lines,
    },
    remainingCents: remaining,
    overBudgetCents: overBudget,
    travelSavedCents: saved,
    summary,
  };
}

/**
 * The one sentence that reconciles the figures: what is funded now (before the discount), what
 * waits and what shared consultant trips save add up to the north star, to the cent.
 */
export function northStarSum(
  sizing: Pick<Sizing, 'deferredPhases' | 'northStar'>,
  fundedSubtotalCents: number,
  savedCents: number,
  money: (cents: number) => string,
): string {
  const waiting = sizing.deferredPhases.reduce((sum, p) => sum + p.subtotalCents, 0);
  const parts = [
    `Funded now (${money(fundedSubtotalCents)} before any discount)`,
    `what waits (${money(waiting)})`,
  ];
  if (savedCents > 0)
    parts.push(`what sharing consultant trips on the schedule saves (${money(savedCents)})`);
  const joined =
    parts.length === 3 ? `${parts[0] ?? ''}, ${parts[1] ?? ''} and ${parts[2] ?? ''}` : parts.join(' and ');
  return `${joined} add up to the north star’s ${money(sizing.northStar.subtotalCents)}.`;
}
