import { CADENCE_MONTHS, type Cadence, type Timeline } from '../domain';

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

/** One weekday inside the window. */
export interface CalendarDay {
  date: string;
  /** Index into `months`. */
  month: number;
  /** Monday-based week number, shared by the days of one week. */
  week: number;
  /** Outside every blackout: any work can happen. */
  workday: boolean;
  /** A workday outside the classroom-only blackouts too: students are in class. */
  classroom: boolean;
  /** A usable district PD day. */
  pd: boolean;
}

export interface DistrictCalendar {
  months: CalendarMonth[];
  /** Every weekday of the window, in date order. */
  days: CalendarDay[];
  /** The first day after each assessment window, in date order (data reviews follow them). */
  afterAssessments: string[];
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

export function toDayNumber(date: string): number {
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

const pad2 = (n: number) => (n < 10 ? `0${String(n)}` : String(n));

/** YYYY-MM-DD of a day number, by arithmetic (the civil calendar from days): the schedule calls it often. */
export function fromDayNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y)}-${pad2(m)}-${pad2(d)}`;
}

/** The week a day falls in, Monday to Sunday: days of one week share it. */
function weekOf(day: number): number {
  // Day 0 (1970-01-01) was a Thursday, so day 4 is the first Monday.
  return Math.floor((day + 3) / 7);
}

/** A month counts towards a cadence's periods when it holds at least a week of work. */
const ACTIVE_MONTH_WORKDAYS = 5;

/**
 * How many periods of a cadence a window holds ("a semester" in August to December is one):
 * the months with at least a week of work, over the months in a period, rounded, at least one.
 */
export function periodsIn(calendar: DistrictCalendar, from: string, to: string, cadence: Cadence): number {
  const months = CADENCE_MONTHS[cadence];
  if (months === null) return 1;
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const workdays = new Map<number, number>();
  for (const d of calendar.days) {
    const n = toDayNumber(d.date);
    if (n < first || n > last || !d.workday) continue;
    workdays.set(d.month, (workdays.get(d.month) ?? 0) + 1);
  }
  let active = 0;
  for (const count of workdays.values()) if (count >= ACTIVE_MONTH_WORKDAYS) active += 1;
  return Math.max(1, Math.round(active / months));
}

export function buildCalendar(timeline: Timeline, fiscalYearStartMonth: number): DistrictCalendar {
  const start = toDayNumber(timeline.start);
  const end = toDayNumber(timeline.end);
  const span = (b: Timeline['blackouts'][number]) => [toDayNumber(b.start), toDayNumber(b.end)] as const;
  const blackouts = timeline.blackouts.filter((b) => b.scope === 'all').map(span);
  const classroomOnly = timeline.blackouts.filter((b) => b.scope === 'classroom').map(span);
  const within = (list: readonly (readonly [number, number])[], day: number) =>
    list.some(([s, e]) => day >= s && day <= e);
  const blackedOut = (day: number) => within(blackouts, day);
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
  const days: CalendarDay[] = [];
  [...byMonth.values()].forEach((entry, monthIndex) => {
    const y = Number(entry.month.slice(0, 4));
    const m = Number(entry.month.slice(5, 7));
    const first = Math.max(start, Date.UTC(y, m - 1, 1) / 86_400_000);
    const last = Math.min(end, Date.UTC(y, m, 0) / 86_400_000);
    for (let day = first; day <= last; day++) {
      // 1970-01-01 (day 0) was a Thursday.
      const weekday = (day + 4) % 7;
      if (weekday === 0 || weekday === 6) continue;
      const workday = !blackedOut(day);
      if (workday) entry.workdays += 1;
      else entry.blackoutDays += 1;
      days.push({
        date: fromDayNumber(day),
        month: monthIndex,
        week: weekOf(day),
        workday,
        classroom: workday && !within(classroomOnly, day),
        pd: false,
      });
    }
  });
  const dayAt = new Map(days.map((d) => [d.date, d]));
  const unusablePdDays: string[] = [];
  const pdDays = [...timeline.pdDays].map((d) => d.date).sort();
  for (const date of pdDays) {
    const day = toDayNumber(date);
    const entry = byMonth.get(date.slice(0, 7));
    const weekday = dayAt.get(date);
    if (!entry || !weekday || day < start || day > end || blackedOut(day)) unusablePdDays.push(date);
    else {
      entry.pdDays.push(date);
      weekday.pd = true;
    }
  }
  const afterAssessments = timeline.blackouts
    .filter((b) => b.assessment)
    .map((b) => fromDayNumber(toDayNumber(b.end) + 1))
    .filter((date) => date <= timeline.end)
    .sort();
  let pdDayCount = 0;
  let visitCapacity = 0;
  for (const entry of byMonth.values()) {
    entry.visitCapacity = Math.min(timeline.visitDaysPerMonth, entry.workdays);
    pdDayCount += entry.pdDays.length;
    visitCapacity += entry.visitCapacity;
  }
  return { months: [...byMonth.values()], days, afterAssessments, pdDayCount, visitCapacity, unusablePdDays };
}
