import { agree, dateWords, lowerFirst, pluralOf, quoteList, someOf } from '../../words';
import { monthLabel } from '../calendar';
import { describeWhere, type CapacityBreak } from '../capacity';
import { subtotalCents } from '../pricing';
import { quantityText } from '../quantity';
import { campusesAt, followerGroups, sizeAt, type Size } from './ladder';
import type { PreparedLine, PreparedSizing } from './prepare';
import type { Pending, RoundResult } from './round';
import { noSourceWords, payerNames } from './source-words';
import type { DeferralCause, SizingReason } from './types';

/**
 * Every line sizing does not fund in full says why, in words a district leader follows: what
 * the trade-off is ("$1,200 more adds another coach"), or what would unblock it ("add a PD
 * day"), never the engine's bookkeeping.
 */

export interface ReasonContext {
  prep: PreparedSizing;
  round: RoundResult;
  budget: number;
  /**
   * What is left of the budget once the plan is costed with its trips shared, when it is: the
   * figure the scope states, which a trimmed line's reason then states too.
   */
  leftCents?: number;
  money: (cents: number) => string;
}

export function quantityAt(item: PreparedLine, size: Size): string {
  return quantityText(item.line, item.service, size.groups, size.count);
}

/**
 * "Trimmed to 2 visit days × 3 campuses (3 of 7 campuses: Ash Grove, Bellmeade Park and Briar
 * Hollow)": a line tied to campuses names who is served, so a restriction can be checked and the
 * delivery planned.
 */
function trimmedTo(prep: PreparedSizing, item: PreparedLine, size: Size): string {
  const all = item.line.campusIds;
  const reached = campusesAt(item, size.groups);
  if (all.length === 0 || reached.length >= all.length) return `Trimmed to ${quantityAt(item, size)}`;
  const names = new Map(prep.engagement.client.campuses.map((c) => [c.id, c.name]));
  const served = someOf(reached.map((id) => names.get(id) ?? ''));
  return `Trimmed to ${quantityAt(item, size)} (${String(reached.length)} of ${String(all.length)} campuses: ${served})`;
}

/** The cause a reason files its line under, following dependencies to the root. */
export function causeOf(
  reasons: readonly (Pending | null)[],
  reason: Pending | null,
  depth = 0,
): DeferralCause {
  if (!reason || depth > reasons.length) return 'funds';
  switch (reason.code) {
    case 'budget':
    case 'sources':
    case 'no_source':
      return 'funds';
    case 'pinned_deferred':
      return 'by_hand';
    case 'dependency_deferred':
    case 'follows_leader':
      return causeOf(reasons, reasons[reason.blocking] ?? null, depth + 1);
    case 'follow_up':
      return causeOf(reasons, reason.inner, depth + 1);
    default:
      return 'calendar';
  }
}

/** What the next step up the line's ladder adds, in words: "another coach", "a third cycle for each of 8 coaches". */
function nextStepWords(item: PreparedLine, from: Size, to: Size): string {
  if (to.groups > from.groups) {
    const more = to.groups - from.groups;
    return more === 1 ? `another ${item.groupWord.singular}` : `${pluralOf(more, item.groupWord)} more`;
  }
  return `another ${item.service.unit.singular} for each of the ${pluralOf(from.groups, item.groupWord)}`;
}

/** The extra cost of moving a line (and the follow-ups tied to it) from its funded size to `p`. */
function extraTo(ctx: ReasonContext, item: PreparedLine, p: number): { cents: number; to: Size } {
  const { items } = ctx.prep;
  const { groups, counts, position } = ctx.round;
  const from = { groups: groups[item.index] ?? 0, count: counts[item.index] ?? 0 };
  let to = sizeAt(item, p);
  if (item.leader >= 0)
    to = { groups: followerGroups(items, item, groups[item.leader] ?? 0, to.groups), count: to.count };
  const price = (it: PreparedLine, s: Size) =>
    s.groups === 0 ? 0 : subtotalCents(it.pricing, s.groups, s.count);
  let cents = price(item, to) - price(item, from);
  for (const f of item.followers) {
    const follower = items[f];
    if (!follower || (position[f] ?? -1) < 0) continue;
    const fFrom = { groups: groups[f] ?? 0, count: counts[f] ?? 0 };
    const own = sizeAt(follower, position[f] ?? 0);
    const fTo = { groups: followerGroups(items, follower, to.groups, own.groups), count: fFrom.count };
    cents += price(follower, fTo) - price(follower, fFrom);
  }
  return { cents, to };
}

export function reasonFor(
  ctx: ReasonContext,
  item: PreparedLine,
  reason: Pending | null,
): SizingReason | null {
  const { prep, round } = ctx;
  const i = item.index;
  const funded = { groups: round.groups[i] ?? 0, count: round.counts[i] ?? 0 };
  const trimmed = funded.groups > 0;
  if (reason?.code === 'follows_leader') return followsTraining(prep, item, funded, reason.blocking);
  if (!item.fundable || (trimmed && (round.position[i] ?? 0) >= item.steps)) {
    return laterWindow(prep, item, trimmed);
  }
  if (!reason) return null;
  // What the calendar reasons open with: the trim, or that none of it fits.
  const head = trimmed ? trimmedTo(prep, item, funded) : 'Does not fit the calendar';
  switch (reason.code) {
    case 'pinned_deferred':
      return { code: reason.code, sentence: 'Deferred by hand.' };
    case 'dependency_deferred': {
      const blocker = prep.items[reason.blocking];
      return {
        code: reason.code,
        sentence: `Waits for “${blocker?.name ?? ''}”, which it builds on and which is not funded now.`,
        ...(blocker ? { blockingLineId: blocker.line.id } : {}),
      };
    }
    case 'follow_up':
      return waitsWithFollowUp(ctx, item, reason);
    case 'sources': {
      const other = prep.items[reason.line];
      if (!other || other === item || trimmed) return shortOfSources(ctx, item, funded, reason);
      const payers = payerNames(prep, other, other.floor.groups);
      return {
        code: reason.code,
        sentence: `Waits for “${other.name}”, which it needs and which ${payers === '' ? 'no source with money left' : `the sources that may pay for it (${payers})`} cannot pay for with the rest.`,
        needCents: reason.needCents,
      };
    }
    case 'no_source': {
      const other = prep.items[reason.line];
      const words = noSourceWords(prep, other ?? item, reason.groups);
      return {
        code: reason.code,
        sentence:
          other && other !== item ? `Waits for “${other.name}”, which it needs: ${lowerFirst(words)}` : words,
      };
    }
    case 'budget':
      return trimmed ? trimmedByBudget(ctx, item, funded, reason) : waitsForFunds(ctx, item, reason);
    case 'pd_days':
      return shortOfPdDays(prep, item, reason, trimmed, head);
    case 'visit_days':
      return shortOfVisitDays(prep, reason, trimmed, head);
    case 'dates':
      return {
        code: reason.code,
        sentence: `${head}: its sessions need ${pluralOf(reason.need, { singular: 'date', plural: 'dates' })} and only ${reason.available} of the dates set for it fall in the window outside blackouts. Add dates.`,
      };
    case 'calendar_closed':
      return {
        code: reason.code,
        sentence: `Does not fit the calendar: ${describeWhere(prep.buckets, reason.bucket, reason.month)} has no working days outside blackouts${reason.month > (prep.buckets.lo[reason.bucket] ?? 0) ? ` from ${monthLabel(prep.fundedCalendar.months[reason.month]?.month ?? '')}` : ''}.`,
      };
  }
}

/** A follow-up reaches what its training reaches: more of it comes with more of the training. */
function followsTraining(
  prep: PreparedSizing,
  item: PreparedLine,
  funded: Size,
  blocking: number,
): SizingReason {
  const leader = prep.items[blocking];
  return {
    code: 'follows_training',
    sentence: `Follows its training, “${leader?.name ?? ''}”, to the same ${pluralOf(funded.groups, item.groupWord)}: more of the training brings more of this follow-up.`,
    ...(leader ? { blockingLineId: leader.line.id } : {}),
  };
}

/** Work planned after the last day the budget pays for, in part (funded up to it) or in whole. */
function laterWindow(prep: PreparedSizing, item: PreparedLine, trimmed: boolean): SizingReason | null {
  if (item.top.count >= item.northStar.count && item.fundable) return null;
  const through = dateWords(prep.fundedWindow.end);
  return {
    code: 'later_window',
    sentence: trimmed
      ? `Funded through ${through}, as far as this budget reaches; the rest waits for the budget after that.`
      : `Planned for after ${through}, the last day of work this budget pays for; it waits for its own budget.`,
  };
}

/** A training that waits with its follow-up, for the follow-up's own reason. */
function waitsWithFollowUp(
  ctx: ReasonContext,
  item: PreparedLine,
  reason: Extract<Pending, { code: 'follow_up' }>,
): SizingReason {
  const follower = ctx.prep.items[reason.blocking];
  const inner = reasonFor(ctx, follower ?? item, reason.inner);
  return {
    code: reason.code,
    sentence: `Waits with its follow-up “${follower?.name ?? ''}”, since training without follow-up would not last: ${lowerFirst(inner?.sentence ?? 'it cannot be funded now.')}`,
    ...(follower ? { blockingLineId: follower.line.id } : {}),
  };
}

/**
 * What more money buys a trimmed line: its next step and all of it (with the follow-up its full
 * size brings), in words, with the figures.
 */
function moreBuys(
  ctx: ReasonContext,
  item: PreparedLine,
  funded: Size,
): { words: string; nextCents: number; fullCents: number } {
  const full = extraTo(ctx, item, item.steps).cents;
  const next = extraTo(ctx, item, (ctx.round.position[item.index] ?? 0) + 1);
  const withFollowUps = item.followers.some((f) => (ctx.round.position[f] ?? -1) >= 0);
  const all =
    (item.coverageFirst && funded.groups < item.top.groups
      ? `all ${pluralOf(item.top.groups, item.groupWord)}`
      : `it in full (${quantityAt(item, item.top)})`) + (withFollowUps ? ' with its follow-up' : '');
  const words =
    next.cents >= full
      ? `${ctx.money(full)} more funds ${all}`
      : `${ctx.money(next.cents)} more adds ${nextStepWords(item, funded, next.to)}, and ${ctx.money(full)} more funds ${all}`;
  return { words, nextCents: next.cents, fullCents: full };
}

/** A line trimmed for money: what the next step and the whole line would cost, and what is left. */
function trimmedByBudget(
  ctx: ReasonContext,
  item: PreparedLine,
  funded: Size,
  reason: Extract<Pending, { code: 'budget' }>,
): SizingReason {
  const more = moreBuys(ctx, item, funded);
  const left = ctx.leftCents ?? reason.leftCents;
  return {
    code: reason.code,
    sentence: `${trimmedTo(ctx.prep, item, funded)}: ${more.words}; ${ctx.money(left)} of the ${ctx.money(ctx.budget)} budget is left.`,
    needCents: more.nextCents,
    leftCents: left,
    fullCents: more.fullCents,
  };
}

/** A line the sources that may pay for it cannot pay for (more of). */
function shortOfSources(
  ctx: ReasonContext,
  item: PreparedLine,
  funded: Size,
  reason: Extract<Pending, { code: 'sources' }>,
): SizingReason {
  const full = extraTo(ctx, item, item.steps).cents;
  const payers = payerNames(ctx.prep, item, Math.max(funded.groups, item.floor.groups));
  const who =
    payers === '' ? 'the sources that may pay for it' : `the sources that may pay for it (${payers})`;
  const cost = ctx.money(reason.needCents);
  if (funded.groups === 0)
    return {
      code: reason.code,
      sentence: `Waits for funds that may pay for it: the least of it worth doing (${quantityAt(item, item.floor)}) costs ${cost}, more than ${who} have left once the work ahead of it is funded.`,
      needCents: reason.needCents,
      fullCents: full,
    };
  const more = moreBuys(ctx, item, funded);
  return {
    code: reason.code,
    sentence: `${trimmedTo(ctx.prep, item, funded)}: ${more.words}, more than ${who} have left for it.`,
    needCents: more.nextCents,
    fullCents: more.fullCents,
  };
}

/**
 * A line not funded for money: what the least of it worth doing costs, that it was more than was
 * left for it once the work ahead of it was funded, and the work that money funds instead (later
 * in the order, so never above it). The money left is the one figure the scope states.
 */
function waitsForFunds(
  ctx: ReasonContext,
  item: PreparedLine,
  reason: Extract<Pending, { code: 'budget' }>,
): SizingReason {
  const { budget, prep, round } = ctx;
  const full = extraTo(ctx, item, item.steps).cents;
  const least = `the least of it worth doing (${quantityAt(item, item.floor)}) costs ${ctx.money(reason.needCents)}`;
  const after = prep.order.slice(prep.order.indexOf(item.index) + 1);
  const instead = after.flatMap((i) => {
    const other = prep.items[i];
    return other && (round.groups[i] ?? 0) > 0 && other.line.pin !== 'funded' ? [other.name] : [];
  });
  const goesTo = instead.length === 0 ? '' : `, which funds ${quoteList(instead)} instead`;
  const left = ctx.leftCents ?? reason.leftCents;
  return {
    code: reason.code,
    sentence:
      reason.needCents > budget
        ? `Waits for funds: even ${least}, more than the whole ${ctx.money(budget)} budget.`
        : `Waits for funds: ${least}, more than was left for it once the work ahead of it was funded${goesTo}; ${ctx.money(left)} of the ${ctx.money(budget)} budget is left.`,
    needCents: reason.needCents,
    leftCents: left,
    fullCents: full,
  };
}

/** Sessions that need more district PD days than are free where they fall. */
function shortOfPdDays(
  prep: PreparedSizing,
  item: PreparedLine,
  reason: CapacityBreak,
  trimmed: boolean,
  head: string,
): SizingReason {
  const where = describeWhere(prep.buckets, reason.bucket, reason.month);
  return {
    code: reason.code,
    sentence: `${head}: ${trimmed ? 'one more step' : 'its sessions'} need${trimmed ? 's' : ''} ${pluralOf(reason.need, { singular: 'district PD day', plural: 'district PD days' })} and ${reason.left} of the ${reason.total} usable PD days in ${where} ${agree(reason.left, 'is', 'are')} free. Add PD days${item.deps.length > 0 ? ', or let it start in the same month as the work it builds on' : ''}.`,
  };
}

/** Visits that need more consultant visit days than are free where they fall. */
function shortOfVisitDays(
  prep: PreparedSizing,
  reason: CapacityBreak,
  trimmed: boolean,
  head: string,
): SizingReason {
  const where = describeWhere(prep.buckets, reason.bucket, reason.month);
  const perMonth = prep.engagement.timeline.visitDaysPerMonth;
  return {
    code: reason.code,
    sentence: `${head}: ${where} holds ${pluralOf(reason.total, { singular: 'consultant visit day', plural: 'consultant visit days' })} (up to ${perMonth} a month outside blackouts) and ${trimmed ? 'one more step' : 'it'} needs ${reason.need} with ${reason.left} free. Allow more visit days a month, or give it a longer window.`,
  };
}
