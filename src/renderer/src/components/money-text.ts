import { centsToDecimal, minorUnitDigits } from '@shared/money';

/** 4850000 → "48,500"; 123456 → "1,234.56": how an amount reads back in the field it was typed in. */
export function moneyText(cents: number, currency = 'USD'): string {
  const digits = minorUnitDigits(currency);
  const [whole = '0', fraction = ''] = centsToDecimal(cents, digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return /^0*$/.test(fraction) ? grouped : `${grouped}.${fraction}`;
}
