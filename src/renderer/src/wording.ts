import { plural } from '@shared/words';

/*
 * Two forms the UI needs that src/shared/words.ts does not have yet. Everything else about
 * counts and lists in sentences comes from there (plural, pluralOf, joinAnd, quoteList).
 */

/** "One field" for a single one, as a sentence starts; "3 fields" otherwise. */
export function countSaid(n: number, one: string, many: string): string {
  return n === 1 ? `One ${one}` : plural(n, one, many);
}

/** The word alone, agreeing with a count said elsewhere in the sentence: "its" or "their". */
export function agree(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
