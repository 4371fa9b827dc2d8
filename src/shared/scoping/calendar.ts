import type { Timeline } from '../domain';

/**
 * The district's calendar inside the engagement window, month by month: the working days
 * left once blackout windows are removed, the PD days that can host face-to-face sessions,
 * and how many consultant visit days the month can take.
 */
export interface CalendarMonth {
  /** YYYY-MM */
  month: string;
  /** "Sep 2025" */
  label: string;
  fiscalYear: string;
  /** Weekdays inside the window and outside every blackout. */
  workdays: number;
  /** Weekdays inside the window lost to blackouts. */
  blackoutDays: number;
  /** PD days in this month that fall inside the window and outside blackouts, in date order. */
  pdDays: string[];
  visitCapacity: number;
}

export interface DistrictCalendar {
  months: CalendarMonth[];
  /** Usable PD days across the window. */
  pdDayCount: number;
  /** Consultant visit days the window can take. */
  visitCapacity: number;
  /** PD days recorded but lost to a blackout or outside the window, so a person can fix them. */
  unusablePdDays: string[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? m} ${y}`;
}

/**
 * Fiscal years are named by the calendar year they end in, as US districts do: with a July
 * start, September 2025 is in FY2026. A January start makes the fiscal year the calendar year.
 */
export function fiscalYearOf(month: string, fiscalYearStartMonth: number): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (fiscalYearStartMonth === 1) return `FY${year}`;
  return `FY${m >= fiscalYearStartMonth ? year + 1 : year}`;
}

function toDayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/** Inclusive whole months between two YYYY-MM values. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endKey = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= endKey) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function buildCalendar(timeline: Timeline, fiscalYearStartMonth: number): DistrictCalendar {
  const start = toDayNumber(timeline.start);
  const end = toDayNumber(timeline.end);
  const blackouts = timeline.blackouts.map((b) => [toDayNumber(b.start), toDayNumber(b.end)] as const);
  const blackedOut = (day: number) => blackouts.some(([s, e]) => day >= s && day <= e);
  const months = monthsBetween(timeline.start.slice(0, 7), timeline.end.slice(0, 7));
  const byMonth = new Map<string, CalendarMonth>();
  for (const month of months) {
    byMonth.set(month, {
      month,
      label: monthLabel(month),
      fiscalYear: fiscalYearOf(month, fiscalYearStartMonth),
      workdays: 0,
      blackoutDays: 0,
      pdDays: [],
      visitCapacity: 0,
    });
  }
  for (const entry of byMonth.values()) {
    const y = Number(entry.month.slice(0, 4));
    const m = Number(entry.month.slice(5, 7));
    const first = Math.max(start, Date.UTC(y, m - 1, 1) / 86_400_000);
    const last = Math.min(end, Date.UTC(y, m, 0) / 86_400_000);
    for (let day = first; day <= last; day++) {
      // 1970-01-01 (day 0) was a Thursday.
      const weekday = (day + 4) % 7;
      if (weekday === 0 || weekday === 6) continue;
      if (blackedOut(day)) entry.blackoutDays += 1;
      else entry.workdays += 1;
    }
  }
  const unusablePdDays: string[] = [];
  const pdDays = [...timeline.pdDays].map((d) => d.date).sort();
  for (const date of pdDays) {
    const day = toDayNumber(date);
    const entry = byMonth.get(date.slice(0, 7));
    if (!entry || day < start || day > end || blackedOut(day)) unusablePdDays.push(date);
    else entry.pdDays.push(date);
  }
  let pdDayCount = 0;
  let visitCapacity = 0;
  for (const entry of byMonth.values()) {
    entry.visitCapacity = Math.min(timeline.visitDaysPerMonth, entry.workdays);
    pdDayCount += entry.pdDays.length;
    visitCapacity += entry.visitCapacity;
  }
  return { months: [...byMonth.values()], pdDayCount, visitCapacity, unusablePdDays };
}
