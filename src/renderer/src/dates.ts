import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const formatter = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-09-01" → "Sep 1, 2026"; the date people mean, with no time zone shifting it. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** "Sep 1, 2026 – Jun 4, 2027" */
export function formatRange(start: string, end: string): string {
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** The format date fields show a date in; it is also one of those they read back. */
export const DATE_FIELD_FORMAT = 'MMM D, YYYY';

/**
 * What people type for a date, after leading zeros are dropped and month names capitalized:
 * ISO, US month/day/year, and month names either way round. Strict, so "2/30/2027" is no date
 * rather than March 2.
 */
const FORMATS = [
  'YYYY-M-D',
  'M/D/YYYY',
  'M-D-YYYY',
  'MMM D, YYYY',
  'MMM D YYYY',
  'MMMM D, YYYY',
  'MMMM D YYYY',
  'D MMM YYYY',
  'D MMMM YYYY',
];

export type ParsedDate = { ok: true; iso: string } | { ok: false; error: string };

function normalize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/[a-z]+\.?/gi, (word) => {
      const bare = word.replace(/\.$/, '').toLowerCase();
      const month = bare === 'sept' ? 'sep' : bare;
      return month.charAt(0).toUpperCase() + month.slice(1);
    });
}

/**
 * Reads a typed date: "2027-01-04", "1/4/2027", "01/04/2027", "Jan 4, 2027", "4 January 2027".
 * Returns YYYY-MM-DD, or a sentence saying what to type instead.
 */
export function parseDateText(text: string): ParsedDate {
  const shown = text.trim();
  if (shown === '') return { ok: false, error: 'Enter a date' };
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2}$/.test(shown))
    return { ok: false, error: `Write the year in full, like ${shown.slice(0, -2)}20${shown.slice(-2)}` };
  const parsed = dayjs(normalize(shown), FORMATS, 'en', true);
  if (!parsed.isValid())
    return {
      ok: false,
      error: `“${shown}” is not a date: type it like 1/4/2027, 2027-01-04 or Jan 4, 2027`,
    };
  return { ok: true, iso: parsed.format('YYYY-MM-DD') };
}
