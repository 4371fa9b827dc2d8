import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateCents,
  basisPointsOf,
  centsToDecimal,
  formatMoney,
  parseMoney,
  parseMoneyToCents,
} from '../../../src/shared/money';

describe('formatMoney', () => {
  it('prints dollars and cents with grouping', () => {
    expect(formatMoney(123456)).toBe('$1,234.56');
    expect(formatMoney(5)).toBe('$0.05');
    expect(formatMoney(0)).toBe('$0.00');
  });

  it('stays exact to the cent beyond what a double holds as dollars', () => {
    expect(formatMoney(900719925474099)).toBe('$9,007,199,254,740.99');
  });

  it('prints negative amounts, other currencies and locales', () => {
    expect(formatMoney(-2550)).toBe('-$25.50');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(1234, 'JPY')).toBe('¥1,234');
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => formatMoney(10.5)).toThrow(/whole number of cents/);
  });
});

describe('parseMoney', () => {
  it.each([
    ['$12,500', 1_250_000],
    ['12500', 1_250_000],
    ['12500.5', 1_250_050],
    ['12,500.05', 1_250_005],
    ['.75', 75],
    ['  $ 40 ', 4000],
    ['0', 0],
    // Every way people write a budget, as the issue that found them listed them.
    ['$48,500', 4_850_000],
    ['48,500.00', 4_850_000],
    ['48500', 4_850_000],
    ['$1,234.56', 123_456],
    [' 48 500 ', 4_850_000],
    ['48\u00a0500', 4_850_000],
    ['48.5k', 4_850_000],
    ['48.5K', 4_850_000],
    ['$48.5k', 4_850_000],
    ['1.2M', 120_000_000],
    ['0.01234k', 1234],
    ['US$30,000', 3_000_000],
  ])('reads %j as %d cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['1.234', /two decimals/],
    ['-5', /negative/],
    ['(5)', /negative/],
    ['', /Enter an amount/],
    ['12x', /not an amount/],
    ['1,23', /groups of three/],
    ['1,2345', /groups of three/],
    ['48,50', /groups of three/],
    ['4 8500', /groups of three/],
    ['48.500,00', /not an amount/],
    ['1,234 567', /groups of three/],
    ['48.5kk', /not an amount/],
    ['1.234567k', /whole number of cents/],
    ['k', /not an amount/],
    ['.', /not an amount/],
    ['99999999999999', /too large/],
  ])('refuses %j', (text, message) => {
    const parsed = parseMoney(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('throws from parseMoneyToCents with the same message', () => {
    expect(parseMoneyToCents('250.10')).toBe(25_010);
    expect(() => parseMoneyToCents('2.505')).toThrow(/two decimals/);
  });

  it('reads back what centsToDecimal writes, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (cents) => {
        expect(parseMoney(centsToDecimal(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe('allocateCents', () => {
  it('splits by weight and gives leftover cents to the largest remainders', () => {
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateCents(10, [1, 3])).toEqual([3, 7]);
    expect(allocateCents(-100, [1, 2])).toEqual([-33, -67]);
  });

  it('never loses or invents a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = allocateCents(total, weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          for (const p of parts) expect(Number.isInteger(p)).toBe(true);
        },
      ),
    );
  });
});

describe('basisPointsOf', () => {
  it('rounds a percentage down to the cent, also past 2^53', () => {
    expect(basisPointsOf(10_001, 1250)).toBe(1250);
    expect(basisPointsOf(9_007_199_254_740_991, 5000)).toBe(4_503_599_627_370_495);
  });
});
