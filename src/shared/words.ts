/**
 * How the app words counts and lists in sentences people read, in the UI and in the scope of
 * work alike: one place, so "1 coach" and "2 coaches" are never written two ways.
 */

const thousands = new Intl.NumberFormat('en-US');

/**
 * The word alone, as it agrees with a count: "coach" for 1 and "coaches" for any other number;
 * verbs too ("is" and "are", "waits" and "wait"). Without `many`, the plural adds an s.
 */
export function agree(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** The same, for a `{ singular, plural }` word such as a service's unit. */
export function agreeOf(n: number, word: { singular: string; plural: string }): string {
  return agree(n, word.singular, word.plural);
}

/** "1 coach", "3 coaches", "1,200 teachers"; without `many`, the plural adds an s ("4 lines"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${Math.abs(n) < 1000 ? String(n) : thousands.format(n)} ${agree(n, one, many)}`;
}

/** The same, for a `{ singular, plural }` word such as a service's unit. */
export function pluralOf(n: number, word: { singular: string; plural: string }): string {
  return plural(n, word.singular, word.plural);
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** "a, b, c and 2 more": the first `shown` of a list and a count of the rest. */
function firstAndMore(parts: readonly string[], shown: number): string {
  return `${parts.slice(0, shown).join(', ')} and ${parts.length - shown} more`;
}

/** "A, B, C, D and 4 more" for lists that could run to hundreds of names: all of them up to `max`. */
export function someOf(names: readonly string[], max = 4): string {
  if (names.length <= max) return joinAnd(names);
  return firstAndMore(names, max);
}

/** Names in curly quotes, the first three and a count of the rest when there are more than four. */
export function quoteList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length > 4) return firstAndMore(quoted, 3);
  return joinAnd(quoted);
}

/**
 * Names in curly quotes separated by commas alone, the first three and a count of the rest when
 * there are more than three: for a list inside parentheses or a sentence that has its own "and".
 */
export function quoteCommas(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length > 3) return firstAndMore(quoted, 3);
  return quoted.join(', ');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The months' names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "June 12, 2026" from 2026-06-12, as a date is written in a sentence. */
export function dateWords(iso: string): string {
  const month = MONTH_NAMES[Number(iso.slice(5, 7)) - 1];
  if (month === undefined) return iso;
  return `${month} ${String(Number(iso.slice(8, 10)))}, ${iso.slice(0, 4)}`;
}

const SMALL = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** A count that opens a sentence: "One", "Four", "12". */
export function countOpening(n: number): string {
  return SMALL[n] ?? plural(n, '', '').trim();
}
