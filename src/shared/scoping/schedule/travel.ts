import { allocateCents } from '../../money';
import { tripsFor } from '../pricing';
import type { PlacedLine } from './place';
import type { Schedule } from './types';

/**
 * Consultant trips from the schedule, for the work a consultant is on site for (in person, with
 * lead hours, whether or not the consultant leads). A trip is one consultant's stay within one week, covering
 * as many on-site days as the service allows (`unitsPerTrip`): a week needs at least as many
 * trips as its busiest day has consultants, and enough to cover its consultant-days. Lines on
 * site in the same week share its trips in proportion to their consultant-days. A line is never
 * billed more trips than its own estimate (the price sizing worked with), so the schedule only
 * ever saves travel.
 */
export function travelOf(placed: readonly PlacedLine[]): Schedule['travel'] {
  interface Week {
    byDay: Map<string, number>;
    byLine: Map<string, number>;
    daysPerTrip: number;
  }
  const weeks = new Map<number, Week>();
  const dayTotals = new Map<string, number>();
  for (const line of placed) {
    const p0 = line.item.pricing;
    // Only work a consultant is on site for travels; one there beside a district lead travels too.
    if (!p0.onSite) continue;
    const daysPerTrip = Math.max(1, Math.floor(p0.unitsPerTrip / p0.unitsPerDay));
    for (const day of line.days) {
      const p = { ...day, consultants: Math.max(1, day.consultants) };
      let week = weeks.get(p.week);
      if (!week) {
        week = { byDay: new Map(), byLine: new Map(), daysPerTrip };
        weeks.set(p.week, week);
      }
      week.daysPerTrip = Math.max(week.daysPerTrip, daysPerTrip);
      week.byDay.set(p.date, (week.byDay.get(p.date) ?? 0) + p.consultants);
      week.byLine.set(p.lineId, (week.byLine.get(p.lineId) ?? 0) + p.consultants);
      dayTotals.set(p.date, (dayTotals.get(p.date) ?? 0) + p.consultants);
    }
  }
  const shares = new Map<string, number>();
  for (const week of weeks.values()) {
    const busiest = Math.max(0, ...week.byDay.values());
    const consultantDays = [...week.byDay.values()].reduce((s, n) => s + n, 0);
    const needed = Math.max(busiest, Math.ceil(consultantDays / week.daysPerTrip));
    const lines = [...week.byLine.keys()];
    const split = allocateCents(
      needed,
      lines.map((id) => week.byLine.get(id) ?? 0),
    );
    lines.forEach((id, k) => shares.set(id, (shares.get(id) ?? 0) + (split[k] ?? 0)));
  }
  const tripsByLine: Record<string, number> = {};
  for (const line of placed) {
    const estimate = tripsFor(line.item.pricing, line.size.groups, line.size.count);
    tripsByLine[line.item.line.id] = Math.min(estimate, shares.get(line.item.line.id) ?? 0);
  }
  const trips = Object.values(tripsByLine).reduce((sum, t) => sum + t, 0);
  let peak = { consultants: 0, date: null as string | null };
  for (const [date, n] of [...dayTotals].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > peak.consultants) peak = { consultants: n, date };
  }
  return { trips, tripsByLine, peak };
}
