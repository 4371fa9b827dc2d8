import { z } from 'zod';
import { short } from '../errors';

/**
 * The building blocks every schema shares. Messages are written for the consultant reading
 * them in a form or an import error, not for a developer.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Every date the app keeps falls in this window. A plan is for the years around now; a year
 * 1 or 9999 is a typo or a hostile file, and would make every calendar walk take minutes.
 */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2200;
/** The longest span a timeline, phase or blackout may cover: ten years and their leap days. */
export const MAX_SPAN_DAYS = 3653;

function inYearWindow(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export const IsoDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD' })
  .refine(isIsoDate, {
    error: (issue) => `“${excerpt(issue.input)}” is not a real date; use YYYY-MM-DD`,
    abort: true,
  })
  .refine(inYearWindow, { error: `Dates must fall between ${MIN_YEAR} and ${MAX_YEAR}` });
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * UUIDs are compared case-insensitively: an id is kept in lower case, so an upper-case copy
 * of a file is recognised as the same engagement rather than imported as a second one.
 */
export const IdSchema = z.uuid({ error: 'Must be an id in UUID form' }).overwrite((id) => id.toLowerCase());

/** An email address, or nothing yet. */
export const EmailSchema = z.union([
  z.literal(''),
  z.email({ error: 'That email address does not look right' }),
]);

/** Days from `start` to `end` (both YYYY-MM-DD), as the calendar counts them. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/**
 * A short quotation of what was given, for messages: input can be megabytes long, and a
 * message must stay a sentence a person can read.
 */
export function excerpt(value: unknown, max = 60): string {
  return short(typeof value === 'string' ? value : String(value), max);
}

/**
 * A list with a ceiling. The length is checked before any item is, so a file with a million
 * entries is refused at once instead of being validated item by item.
 */
export function cappedList<T extends z.ZodType>(item: T, max: number, what: string) {
  const gate = z.custom<z.input<T>[]>((value) => !Array.isArray(value) || value.length <= max, {
    error: `Too many ${what} (${max.toLocaleString('en-US')} at most)`,
  });
  return gate.pipe(z.array(item));
}

/**
 * Catalog entries and rate-card roles ship as data with readable, stable slugs so that
 * engagements written years apart still point at the same service; user-made ones get UUIDs.
 */
export const SlugOrIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, {
  error: 'Must be a short id of lowercase letters, digits and dashes',
});

/**
 * One number check that reports only its first failure, without aborting, so the
 * engagement-wide checks (dependencies, cycles) still run and every problem shows at once.
 */
function numberWith(rules: readonly [test: (n: number) => boolean, message: string][], typeMessage: string) {
  return z.number({ error: typeMessage }).superRefine((n, ctx) => {
    const broken = rules.find(([test]) => !test(n));
    if (broken) ctx.addIssue({ code: 'custom', message: broken[1], input: n });
  });
}

/**
 * The largest amount any one field may hold: one billion in the currency's major unit. Far
 * above any district's budget, and small enough that sums and products of amounts stay exact.
 */
export const MAX_CENTS = 100_000_000_000;
/** The largest price of one unit (a day, an hour, a trip, a seat): one million. */
export const MAX_RATE_CENTS = 100_000_000;

const centsRules = (max: number, tooLarge: string) =>
  numberWith(
    [
      [Number.isFinite, 'Enter an amount of money'],
      [Number.isInteger, 'Money must be a whole number of cents'],
      [(n) => n >= 0, 'Money cannot be negative'],
      [(n) => n <= max, tooLarge],
    ],
    'Enter an amount of money',
  );

export const CentsSchema = centsRules(MAX_CENTS, 'That amount is too large (one billion at most)');
/** A price per unit on the rate card. */
export const RateCentsSchema = centsRules(MAX_RATE_CENTS, 'That rate is too large (one million at most)');

/** The default ceiling of a count: people in a district, students, teachers. */
export const MAX_COUNT = 1_000_000;

export const CountSchema = (what = 'This number', max = MAX_COUNT) =>
  numberWith(
    [
      [Number.isInteger, `${what} must be a whole number`],
      [(n) => n >= 0, `${what} cannot be negative`],
      [(n) => n <= max, `${what} is unrealistically large (${max.toLocaleString('en-US')} at most)`],
    ],
    `${what} must be a number`,
  );

export const PositiveCountSchema = (what = 'This number', max = MAX_COUNT) =>
  numberWith(
    [
      [Number.isInteger, `${what} must be a whole number`],
      [(n) => n >= 0, `${what} cannot be negative`],
      [(n) => n >= 1, `${what} must be at least 1`],
      [(n) => n <= max, `${what} is unrealistically large (${max.toLocaleString('en-US')} at most)`],
    ],
    `${what} must be a number`,
  );

/** Hours are kept to the quarter hour so fees stay exact in cents. */
export const HoursSchema = numberWith(
  [
    [Number.isFinite, 'Hours must be a number'],
    [(n) => n >= 0, 'Hours cannot be negative'],
    [(n) => Number.isInteger(n * 4), 'Hours must be in quarter hours (0.25, 0.5, 0.75)'],
    [(n) => n <= 24, 'Hours per unit cannot exceed 24'],
  ],
  'Hours must be a number',
);

export const NameSchema = (what = 'Name') =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} cannot be empty` })
    .max(300, {
      error: `${what} is too long (300 characters at most)`,
    });

export const MAX_TEXT = 20_000;
export const TextSchema = z.string().max(MAX_TEXT, { error: 'Text is too long (20,000 characters at most)' });

export const ColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Colour must be written #rrggbb' });

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Currency must be a three-letter ISO code such as USD' });

/** Reports an error when two entries in a list share an id; the path points at the duplicate. */
export function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Two ${what} share the id “${item.id}”` });
    }
    seen.add(item.id);
  });
}
