import type { Discount } from '../../domain';
import { dateWords, pluralOf } from '../../words';
import { fiscalYearOf, fromDayNumber, monthLabel, toDayNumber } from '../calendar';
import { discountCents } from '../costing';
import { subtotalCents } from '../pricing';
import type { Size } from './ladder';
import type { PreparedLine, PreparedSizing } from './prepare';
import { causeOf, quantityAt } from './reasons';
import type { RoundResult } from './round';
import type { DeferralCause, DeferredPhase, DeferredPhaseLine, SizedLine } from './types';

/**
 * What waits, grouped by what it waits for and dated: work for a later year with its own budget,
 * work that waits for funds, work the calendar cannot hold, and work deferred by hand. Each
 * part costs what the north star costs less what is funded, so the funded phase and the
 * deferred parts add up to the north star exactly.
 */

const CAUSE_ORDER: Record<DeferralCause, number> = { funds: 0, calendar: 1, by_hand: 2, later: 3 };

function price(item: PreparedLine, size: Size): number {
  return size.groups <= 0 || size.count <= 0 ? 0 : subtotalCents(item.pricing, size.groups, size.count);
}

/** What of a line waits, in words, given what is funded and the most it could get in the window. */
function remainderWords(item: PreparedLine, funded: Size, top: Size): string {
  if (funded.groups === 0) return quantityAt(item, top);
  const unit = item.service.unit;
  const moreCount = top.count - funded.count;
  const moreGroups = top.groups - funded.groups;
  const dosage =
    moreCount > 0
      ? `${pluralOf(moreCount, { singular: `more ${unit.singular}`, plural: `more ${unit.plural}` })} for each of ${pluralOf(funded.groups, item.groupWord)}`
      : '';
  const coverage = moreGroups > 0 ? quantityAt(item, { groups: moreGroups, count: top.count }) : '';
  return [dosage, coverage].filter((t) => t !== '').join(', and ');
}

function windowWords(start: string, end: string): string {
  return `${monthLabel(start.slice(0, 7))} to ${monthLabel(end.slice(0, 7))}`;
}

/** A part of what waits before it is numbered and priced. */
type DeferredGroup = Omit<DeferredPhase, 'number' | 'subtotalCents' | 'discountCents' | 'totalCents'>;

export function deferredParts(
  prep: PreparedSizing,
  round: RoundResult,
  sized: readonly SizedLine[],
  discount: Discount,
  money: (cents: number) => string,
): { phases: DeferredPhase[]; phaseOf: Map<string, number> } {
  const groups = new Map<string, DeferredGroup>();
  const add = (cause: DeferralCause, phaseId: string | null, line: DeferredPhaseLine) => {
    if (line.subtotalCents <= 0 && line.groups <= 0) return;
    const key = cause === 'later' ? `later:${phaseId ?? ''}` : cause;
    let group = groups.get(key);
    if (!group) {
      group = cause === 'later' ? laterGroup(prep, phaseId) : waitingGroup(cause, prep.fundedWindow);
      groups.set(key, group);
    }
    group.lines.push(line);
  };

  for (const i of prep.order) {
    const item = prep.items[i];
    const s = sized[i];
    if (!item || !s) continue;
    const reasonText = s.reason?.sentence ?? '';
    const later = laterPart(item, prep.fundedWindow, reasonText);
    if (later) add('later', item.fundable ? null : item.line.phaseId, later);
    if (!item.fundable) continue;
    const funded = { groups: round.groups[i] ?? 0, count: round.counts[i] ?? 0 };
    const waiting = waitingPart(item, funded, reasonText);
    if (waiting) add(causeOf(round.reasons, round.reasons[i] ?? null), null, waiting);
  }

  const phases = priced([...groups.values()], discount, money);
  const phaseOf = new Map<string, number>();
  for (const p of phases)
    for (const l of p.lines) if (!phaseOf.has(l.lineId)) phaseOf.set(l.lineId, p.number);
  return { phases, phaseOf };
}

/** Work for after the budget's window, under the later phase it belongs to or "After" the window's end. */
function laterGroup(prep: PreparedSizing, phaseId: string | null): DeferredGroup {
  const { engagement, fundedWindow } = prep;
  const fy = engagement.client.fiscalYearStartMonth;
  const after = fromDayNumber(toDayNumber(fundedWindow.end) + 1);
  const phase = engagement.timeline.phases.find((p) => p.id === phaseId);
  const later = {
    start: phase && phase.start > fundedWindow.end ? phase.start : after,
    end: phase?.end ?? engagement.timeline.end,
  };
  const years = [
    ...new Set([fiscalYearOf(later.start.slice(0, 7), fy), fiscalYearOf(later.end.slice(0, 7), fy)]),
  ].join('–');
  return {
    cause: 'later',
    name: phase && phase.start > fundedWindow.end ? phase.name : `After ${dateWords(fundedWindow.end)}`,
    ...later,
    note: `${years}, subject to budget approval (${windowWords(later.start, later.end)}).`,
    lines: [],
  };
}

/** Work that could happen in the budget's window: when funds allow, when the calendar allows, or deferred by hand. */
function waitingGroup(
  cause: Exclude<DeferralCause, 'later'>,
  fundedWindow: { start: string; end: string },
): DeferredGroup {
  const { name, note } =
    cause === 'funds'
      ? {
          name: 'When funds allow',
          note: `Ready to add from ${windowWords(fundedWindow.start, fundedWindow.end)} if more funds are found, in the order listed.`,
        }
      : cause === 'calendar'
        ? {
            name: 'When the calendar allows',
            note: 'Needs more PD days, visit days or dates inside the window; each part says what it lacks.',
          }
        : { name: 'Deferred by hand', note: 'Held back by the consultant.' };
  return { cause, name, ...fundedWindow, note, lines: [] };
}

/** The part of a line after the budget's window: the whole line, or the periods past its end. */
function laterPart(
  item: PreparedLine,
  fundedWindow: { start: string; end: string },
  reasonText: string,
): DeferredPhaseLine | null {
  if (item.fundable && item.top.count >= item.northStar.count) return null;
  const inWindow = item.fundable ? price(item, item.top) : 0;
  const laterCount = item.northStar.count - (item.fundable ? item.top.count : 0);
  return {
    lineId: item.line.id,
    name: item.name,
    groups: item.northStar.groups,
    quantity: item.fundable
      ? `${pluralOf(laterCount, item.service.unit)} for each of ${pluralOf(item.northStar.groups, item.groupWord)}`
      : item.northStarQuantity,
    subtotalCents: item.northStarCents - inWindow,
    reason: item.fundable
      ? `The ${item.service.unit.plural} planned after ${dateWords(fundedWindow.end)} wait for the budget of that period.`
      : reasonText,
  };
}

/** What of a line the budget's window could hold but the funded phase does not, if anything. */
function waitingPart(item: PreparedLine, funded: Size, reasonText: string): DeferredPhaseLine | null {
  const rest = price(item, item.top) - price(item, funded);
  if (rest <= 0 && funded.groups >= item.top.groups && funded.count >= item.top.count) return null;
  return {
    lineId: item.line.id,
    name: item.name,
    groups: item.top.groups - (funded.count >= item.top.count ? funded.groups : 0),
    quantity: remainderWords(item, funded, item.top),
    subtotalCents: rest,
    reason: reasonText,
  };
}

/**
 * The parts in order (funds, calendar, by hand, later; then by start) and priced: an amount off
 * is the funded phase's, a percentage applies to later work as well.
 */
function priced(
  groups: readonly DeferredGroup[],
  discount: Discount,
  money: (cents: number) => string,
): DeferredPhase[] {
  const ordered = [...groups].sort(
    (a, b) =>
      CAUSE_ORDER[a.cause] - CAUSE_ORDER[b.cause] || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  );
  return ordered.map((g, k) => {
    const sub = g.lines.reduce((s, l) => s + l.subtotalCents, 0);
    const disc = discount.kind === 'percent' ? discountCents(sub, discount) : 0;
    const note = g.cause === 'funds' ? `${money(sub - disc)} more would fund all of it. ${g.note}` : g.note;
    return { ...g, note, number: k + 1, subtotalCents: sub, discountCents: disc, totalCents: sub - disc };
  });
}
