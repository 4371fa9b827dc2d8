/**
 * Money is integer cents (minor units) everywhere; these helpers are the only places that
 * turn it into text or back, so rounding never creeps in through floating point.
 */

interface CurrencyFormat {
  nf: Intl.NumberFormat;
  digits: number;
  /** Amounts already written: the engine puts the same few amounts into many sentences. */
  written: Map<number, string>;
}

/** Amounts kept per format before the oldest are forgotten. */
const WRITTEN_KEPT = 4096;

const formatters = new Map<string, CurrencyFormat>();

function formatter(currency: string, locale: string): CurrencyFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    const nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
    f = { nf, digits: nf.resolvedOptions().maximumFractionDigits ?? 2, written: new Map() };
    formatters.set(key, f);
  }
  return f;
}

/** `cents` in format `f`, written once and then remembered. */
function write(f: CurrencyFormat, cents: number): string {
  let text = f.written.get(cents);
  if (text === undefined) {
    text = f.nf.format(centsToDecimal(cents, f.digits) as Intl.StringNumericLiteral);
    if (f.written.size >= WRITTEN_KEPT) f.written.clear();
    f.written.set(cents, text);
  }
  return text;
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
  return write(formatter(currency, locale), cents);
}

const wholeFormatters = new Map<string, CurrencyFormat>();

/** "$1,235" for headlines where cents are noise; rounds half away from zero. */
export function formatMoneyWhole(cents: number, currency = 'USD', locale = 'en-US'): string {
  const key = `${locale}|${currency}`;
  let f = wholeFormatters.get(key);
  if (!f) {
    const nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    f = { nf, digits: minorUnitDigits(currency), written: new Map() };
    wholeFormatters.set(key, f);
  }
  return write(f, cents);
}

/** "$1,200" for a whole amount and "$1,247.50" otherwise: exact, without noise, for sentences. */
export function formatMoneyPlain(cents: number, currency = 'USD', locale = 'en-US'): string {
  const digits = minorUnitDigits(currency);
  return cents % 10 ** digits === 0
    ? formatMoneyWhole(cents, currency, locale)
    : formatMoney(cents, currency, locale);
}

export type ParsedMoney = { ok: true; cents: number } | { ok: false; error: string };

/** Spaces people and locales put between groups of thousands: plain, no-break, thin, narrow. */
const SPACES = /[\s\u00a0\u2009\u202f]/g;
const NUMBER = /^(\d*)(?:\.(\d*))?$/;
const SCALES: Record<string, number> = { k: 3, m: 6 };

/** "48,500" or "48 500" → "48500"; groups must be three digits, or the text is not read at all. */
function ungroup(text: string): string | null {
  const [whole = '', ...after] = text.split('.');
  const separators = new Set(whole.replace(/\d/g, ''));
  if (separators.size === 0) return text;
  const sep = [...separators][0];
  if (separators.size > 1 || (sep !== ',' && sep !== ' ')) return null;
  const [first, ...rest] = whole.split(sep);
  if (!first || first.length > 3 || rest.some((g) => g.length !== 3)) return null;
  return [whole.split(sep).join(''), ...after].join('.');
}

/**
 * Reads an amount the way people write it into cents: "$48,500", "48,500.00", "48 500",
 * "$1,234.56", "48.5k", "1.2M". Nothing is guessed: thousands must come in groups of three,
 * a fraction of a cent, a negative amount or anything else is refused with a sentence saying
 * why, so a typed amount is never stored as something else.
 */
export function parseMoney(text: string): ParsedMoney {
  const shown = text.trim();
  let body = shown.replace(/^(?:US\s*\$|USD|\$)/i, '').trim();
  if (body === '') return { ok: false, error: 'Enter an amount' };
  if (body.startsWith('-') || body.startsWith('(') || body.startsWith('−'))
    return { ok: false, error: 'The amount cannot be negative' };
  let shift = 0;
  const scale = /([kKmM])$/.exec(body);
  if (scale) {
    shift = SCALES[(scale[1] ?? '').toLowerCase()] ?? 0;
    body = body.slice(0, -1).trim();
  }
  // Spaces between groups are read like commas; anywhere else they are not part of a number.
  const spaced = body.replace(SPACES, ' ');
  const grouped = ungroup(spaced);
  const notAmount = `“${shown}” is not an amount: write it like 48,500 or 48500.00${shift === 0 ? ' or 48.5k' : ''}`;
  if (grouped === null) {
    return /[, ]/.test(spaced)
      ? { ok: false, error: `“${shown}”: separate thousands in groups of three, like 48,500` }
      : { ok: false, error: notAmount };
  }
  const match = NUMBER.exec(grouped);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, error: notAmount };
  // Move the decimal point for k / M on the digits themselves, so nothing goes through a float.
  const digits = whole + fraction;
  const point = whole.length + shift;
  const intPart = digits
    .slice(0, point)
    .padEnd(point, '0')
    .replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  if (fracPart.length > 2)
    return {
      ok: false,
      error:
        shift === 0 ? 'Use at most two decimals (whole cents)' : `${shown} is not a whole number of cents`,
    };
  const cents = Number(intPart || '0') * 100 + Number(fracPart.padEnd(2, '0'));
  if (intPart.length > 13 || !Number.isSafeInteger(cents))
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
function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = checked(total + checked(v, 'An amount'), 'The total');
  return total;
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
  if (total === 0) return weights.map(() => 0);
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
  // BigInt keeps weight × total exact where the product would pass 2^53; below that, numbers are exact.
  const exact = Number.isSafeInteger(Math.max(...weights) * abs);
  weights.forEach((w, index) => {
    let part: number;
    let rem: number;
    if (exact) {
      const product = Math.max(0, w) * abs;
      rem = product % sumWeights;
      part = (product - rem) / sumWeights;
    } else {
      const product = BigInt(Math.max(0, w)) * BigInt(abs);
      part = Number(product / BigInt(sumWeights));
      rem = Number(product % BigInt(sumWeights));
    }
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
