/**
 * Money is integer cents (minor units) everywhere; these helpers are the only places that
 * turn it into text or back, so rounding never creeps in through floating point.
 */

interface CurrencyFormat {
  nf: Intl.NumberFormat;
  digits: number;
}

const formatters = new Map<string, CurrencyFormat>();

function formatter(currency: string, locale: string): CurrencyFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    const nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
    f = { nf, digits: nf.resolvedOptions().maximumFractionDigits ?? 2 };
    formatters.set(key, f);
  }
  return f;
}

/** Digits after the decimal point of the currency's minor unit (2 for USD, 0 for JPY). */
export function minorUnitDigits(currency: string): number {
  return formatter(currency, 'en-US').digits;
}

/** Exact decimal text of an amount in minor units: 123456 → "1234.56". */
export function centsToDecimal(cents: number, digits = 2): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`Money must be a whole number of cents, got ${String(cents)}`);
  const sign = cents < 0 ? '-' : '';
  const abs = String(Math.abs(cents));
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * "$1,234.56" from 123456. The amount reaches Intl as a decimal string, so even amounts past
 * what a double holds to the cent print exactly.
 */
export function formatMoney(cents: number, currency = 'USD', locale = 'en-US'): string {
  const { nf, digits } = formatter(currency, locale);
  return nf.format(centsToDecimal(cents, digits) as Intl.StringNumericLiteral);
}

const wholeFormatters = new Map<string, Intl.NumberFormat>();

/** "$1,235" for headlines where cents are noise; rounds half away from zero. */
export function formatMoneyWhole(cents: number, currency = 'USD', locale = 'en-US'): string {
  const key = `${locale}|${currency}`;
  let nf = wholeFormatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    wholeFormatters.set(key, nf);
  }
  const digits = minorUnitDigits(currency);
  return nf.format(centsToDecimal(cents, digits) as Intl.StringNumericLiteral);
}

export type ParsedMoney = { ok: true; cents: number } | { ok: false; error: string };

const PLAIN = /^(\d+)?(?:\.(\d*))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * Reads an amount a person typed ("$12,500", "12500.5", "  40k" is refused) into cents.
 * Refuses more than two decimals rather than rounding them away, and negative amounts.
 */
export function parseMoney(text: string): ParsedMoney {
  const trimmed = text
    .trim()
    .replace(/^(?:US)?\$\s*/, '')
    .replace(/\s/g, '');
  if (trimmed === '') return { ok: false, error: 'Enter an amount' };
  if (trimmed.startsWith('-') || trimmed.startsWith('('))
    return { ok: false, error: 'The amount cannot be negative' };
  const match = GROUPED.exec(trimmed) ?? PLAIN.exec(trimmed);
  if (!match || (match[1] === undefined && (match[2] === undefined || match[2] === ''))) {
    return { ok: false, error: `“${text.trim()}” is not an amount of money` };
  }
  const whole = (match[1] ?? '0').replace(/,/g, '');
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { ok: false, error: 'Use at most two decimals (whole cents)' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (whole.length > 13 || !Number.isSafeInteger(cents))
    return { ok: false, error: 'That amount is too large' };
  return { ok: true, cents };
}

/** parseMoney that throws, for code paths where a bad amount is a programming error. */
export function parseMoneyToCents(text: string): number {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.cents;
}

/** Thrown when a sum or product of amounts would leave the range where cents are exact. */
export class MoneyOverflowError extends RangeError {
  constructor(what: string) {
    super(`${what} is too large to count to the cent (more than ${Number.MAX_SAFE_INTEGER} cents)`);
    this.name = 'MoneyOverflowError';
  }
}

function checked(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new MoneyOverflowError(what);
  return value;
}

/** The exact sum of whole-cent amounts; refuses, rather than rounds, a total past 2^53. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = checked(total + checked(v, 'An amount'), 'The total');
  return total;
}

/** cents × a whole count (units, participants), exact or refused. */
export function mulCents(cents: number, count: number): number {
  checked(cents, 'An amount');
  checked(count, 'A count');
  return checked(cents * count, 'The amount times its count');
}

/**
 * Splits `total` cents in proportion to `weights` so the parts add up to `total` exactly:
 * each part gets its floor and the leftover cents go to the largest remainders, ties to the
 * earliest part, so the result is deterministic.
 */
export function allocateCents(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError('allocateCents needs whole cents');
  const sumWeights = sumCents(weights);
  if (weights.length === 0) return [];
  if (sumWeights <= 0) {
    // Nothing to be proportional to: spread evenly so no cent is lost.
    return allocateCents(
      total,
      weights.map(() => 1),
    );
  }
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const parts: number[] = [];
  const remainders: { index: number; rem: number }[] = [];
  let given = 0;
  weights.forEach((w, index) => {
    // BigInt keeps weight × total exact where the product would pass 2^53.
    const product = BigInt(Math.max(0, w)) * BigInt(abs);
    const part = Number(product / BigInt(sumWeights));
    const rem = Number(product % BigInt(sumWeights));
    parts.push(part);
    remainders.push({ index, rem });
    given += part;
  });
  remainders.sort((a, b) => b.rem - a.rem || a.index - b.index);
  for (let k = 0; k < abs - given; k++) {
    const target = remainders[k % remainders.length];
    if (target) parts[target.index] = (parts[target.index] ?? 0) + 1;
  }
  return parts.map((p) => p * sign);
}

/** A percentage of an amount, in basis points (1250 = 12.5 %), rounded down to the cent. */
export function basisPointsOf(cents: number, basisPoints: number): number {
  const product = cents * basisPoints;
  // Below 2^53 the product is exact and floor(product / 10 000) cannot be thrown off by rounding.
  if (Number.isSafeInteger(product) && product >= 0) return Math.floor(product / 10_000);
  checked(cents, 'An amount');
  checked(basisPoints, 'A percentage');
  return checked(Number((BigInt(cents) * BigInt(basisPoints)) / 10_000n), 'The percentage of the amount');
}
