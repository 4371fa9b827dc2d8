import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../src/renderer/src/dates';

describe('parseDateText', () => {
  it.each([
    ['2027-01-04', '2027-01-04'],
    ['1/4/2027', '2027-01-04'],
    ['01/04/2027', '2027-01-04'],
    ['Jan 4, 2027', '2027-01-04'],
    ['jan 4 2027', '2027-01-04'],
    ['January 4, 2027', '2027-01-04'],
    ['Sept. 30, 2026', '2026-09-30'],
    ['4 Jan 2027', '2027-01-04'],
    ['Jan 4th, 2027', '2027-01-04'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['2/30/2027', /not a date/],
    ['13/1/2027', /not a date/],
    ['1/4/27', /year in full, like 1\/4\/2027/],
    ['1/4/202', /not a date/],
    ['', /Enter a date/],
  ])('refuses %j with a reason', (text, message) => {
    const parsed = parseDateText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
