import { fromDayNumber, monthLabel, toDayNumber } from '../calendar';
import type { PdcaCycle, Placement } from './types';

/**
 * PLAN-DO-CHECK-ACT cycles read off the schedule. Each day that holds a data review (or, without
 * one, other check work) closes a cycle: the cycle runs from the day after the previous check,
 * or the first day with work, and its do is everything placed before the check. Acting on the
 * check is the next month, when the next cycle plans (or the check's own month at the window's end).
 */
/** `placements` in date order. */
export function pdcaCycles(
  placements: readonly Placement[],
  closesCycle: (p: Placement) => boolean,
  lastMonth: string,
): PdcaCycle[] {
  const ordered = placements;
  const first = ordered[0];
  if (!first) return [];
  // One check per month: the first closing day of the month.
  const checks: string[] = [];
  for (const p of ordered) {
    if (!closesCycle(p)) continue;
    const last = checks[checks.length - 1];
    if (last === undefined || last.slice(0, 7) !== p.date.slice(0, 7)) checks.push(p.date);
  }
  const cycles: PdcaCycle[] = [];
  let start = first.date;
  let cursor = 0;
  for (const check of checks) {
    if (check < start) continue;
    let firstWork: string | null = null;
    let lastWork: string | null = null;
    for (; cursor < ordered.length; cursor++) {
      const p = ordered[cursor];
      if (!p || p.date >= check) break;
      if (p.date < start || closesCycle(p)) continue;
      firstWork ??= p.date;
      lastWork = p.date;
    }
    const work = firstWork === null ? [] : [firstWork];
    const doFrom = (firstWork ?? start).slice(0, 7);
    const doTo = (lastWork ?? start).slice(0, 7);
    const checkMonth = check.slice(0, 7);
    // The last check of the window is acted on as it closes.
    const actMonth = nextMonth(checkMonth) > lastMonth ? checkMonth : nextMonth(checkMonth);
    const number = cycles.length + 1;
    const planMonth = start.slice(0, 7);
    const doText =
      doFrom === doTo ? `do ${monthLabel(doFrom)}` : `do ${monthLabel(doFrom)} to ${monthLabel(doTo)}`;
    cycles.push({
      number,
      start: planMonth,
      checkMonth,
      actMonth,
      startDate: start,
      checkDate: check,
      sentence: `Cycle ${number}: plan ${monthLabel(planMonth)}, ${work.length > 0 ? doText : 'no new work'}, check ${monthLabel(checkMonth)}, act ${monthLabel(actMonth)}.`,
    });
    start = dayAfter(check);
  }
  return cycles;
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function dayAfter(date: string): string {
  return fromDayNumber(toDayNumber(date) + 1);
}
