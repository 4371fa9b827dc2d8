import { describe, expect, it } from 'vitest';
import {
  agree,
  agreeOf,
  dateWords,
  joinAnd,
  plural,
  pluralOf,
  quoteCommas,
  quoteList,
  someOf,
} from '../../../src/shared/words';

describe('words', () => {
  it('counts a noun, with thousands separated and a plain s when no plural is given', () => {
    expect(plural(1, 'coach', 'coaches')).toBe('1 coach');
    expect(plural(0, 'coach', 'coaches')).toBe('0 coaches');
    expect(plural(1200, 'teacher', 'teachers')).toBe('1,200 teachers');
    expect(plural(4, 'line')).toBe('4 lines');
    expect(pluralOf(2, { singular: 'session day', plural: 'session days' })).toBe('2 session days');
  });

  it('gives the word alone as it agrees with a count', () => {
    expect(agree(1, 'is', 'are')).toBe('is');
    expect(agree(3, 'is', 'are')).toBe('are');
    expect(agree(2, 'field')).toBe('fields');
    expect(agreeOf(1, { singular: 'cohort', plural: 'cohorts' })).toBe('cohort');
  });

  it('joins lists in sentences', () => {
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
    expect(someOf(['a', 'b', 'c', 'd'])).toBe('a, b, c and d');
    expect(someOf(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more');
    expect(quoteList(['a', 'b'])).toBe('“a” and “b”');
    expect(quoteList(['a', 'b', 'c', 'd', 'e'])).toBe('“a”, “b”, “c” and 2 more');
    expect(quoteCommas(['a', 'b', 'c'])).toBe('“a”, “b”, “c”');
    expect(quoteCommas(['a', 'b', 'c', 'd'])).toBe('“a”, “b”, “c” and 1 more');
  });

  it('writes a date as a sentence does', () => {
    expect(dateWords('2026-06-12')).toBe('June 12, 2026');
  });
});
