import type { Engagement } from '../domain';
import { allocateCents } from '../money';
import type { Costing } from './costing';
import type { Schedule } from './schedule';

/**
 * Whether the funding sources can pay for the funded work when the schedule says it happens:
 * after each source's spend-by date, only the sources that run longer can pay, so the work
 * scheduled after that date must fit in what they hold.
 */
export interface LateWork {
  /** The spend-by date the work falls after. */
  date: string;
  workCents: number;
  availableCents: number;
  /** Sources that can still pay after the date. */
  sources: string[];
  lineIds: string[];
}

/** Each funded line's cost after discount, spread over the days the schedule places its units. */
export function fundedWorkByDate(
  costing: Costing,
  schedule: Schedule,
): { date: string; lineId: string; cents: number }[] {
  const byLine = new Map<string, Schedule['placements']>();
  for (const p of schedule.placements) {
    const list = byLine.get(p.lineId) ?? [];
    list.push(p);
    byLine.set(p.lineId, list);
  }
  const out: { date: string; lineId: string; cents: number }[] = [];
  for (const line of costing.lines) {
    const days = byLine.get(line.lineId) ?? [];
    if (days.length === 0) continue;
    const shares = allocateCents(
      line.totalCents,
      days.map((d) => d.units),
    );
    days.forEach((d, k) => out.push({ date: d.date, lineId: line.lineId, cents: shares[k] ?? 0 }));
  }
  return out;
}

export function fundingAfterDeadlines(
  engagement: Engagement,
  costing: Costing,
  schedule: Schedule,
): LateWork[] {
  const sources = engagement.budget.fundingSources;
  const work = fundedWorkByDate(costing, schedule);
  const deadlines = [...new Set(sources.flatMap((s) => (s.endDate === null ? [] : [s.endDate])))].sort();
  const out: LateWork[] = [];
  for (const date of deadlines) {
    const after = work.filter((w) => w.date > date);
    const workCents = after.reduce((s, w) => s + w.cents, 0);
    const still = sources.filter((s) => s.endDate === null || s.endDate > date);
    const availableCents = still.reduce((s, src) => s + src.amountCents, 0);
    if (workCents > availableCents) {
      out.push({
        date,
        workCents,
        availableCents,
        sources: still.map((s) => s.name),
        lineIds: [...new Set(after.map((w) => w.lineId))],
      });
    }
  }
  return out;
}
