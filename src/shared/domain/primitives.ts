import { z } from 'zod';

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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const IsoDateSchema = z
  .string({ error: 'Enter a date as YYYY-MM-DD' })
  .refine(isIsoDate, { error: (issue) => `“${String(issue.input)}” is not a real date; use YYYY-MM-DD` });
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const IdSchema = z.uuid({ error: 'Must be an id in UUID form' });

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

export const CentsSchema = numberWith(
  [
    [Number.isFinite, 'Enter an amount of money'],
    [Number.isInteger, 'Money must be a whole number of cents'],
    [(n) => n >= 0, 'Money cannot be negative'],
    [Number.isSafeInteger, 'That amount is too large'],
  ],
  'Enter an amount of money',
);

export const CountSchema = (what = 'This number') =>
  numberWith(
    [
      [Number.isInteger, `${what} must be a whole number`],
      [(n) => n >= 0, `${what} cannot be negative`],
      [(n) => n <= 1_000_000, `${what} is unrealistically large`],
    ],
    `${what} must be a number`,
  );

export const PositiveCountSchema = (what = 'This number') =>
  numberWith(
    [
      [Number.isInteger, `${what} must be a whole number`],
      [(n) => n >= 0, `${what} cannot be negative`],
      [(n) => n >= 1, `${what} must be at least 1`],
      [(n) => n <= 1_000_000, `${what} is unrealistically large`],
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

export const TextSchema = z.string().max(20_000, { error: 'Text is too long (20,000 characters at most)' });

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
