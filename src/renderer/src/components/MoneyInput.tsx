import { NumberInput, type NumberInputProps } from '@mantine/core';
import { parseMoney } from '../../../shared/money';

interface MoneyInputProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** Integer cents, or '' while the field is empty. */
  value?: number | string;
  onChange: (cents: number | string) => void;
  currency?: string;
}

function currencySymbol(currency: string): string {
  const part = new Intl.NumberFormat('en-US', { style: 'currency', currency })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  return part?.value ?? currency;
}

/**
 * Money typed as dollars and kept as integer cents. The typed text goes through parseMoney so
 * 0.1 + 0.2 never becomes 30.000000000000004 cents.
 */
export function MoneyInput({ value = '', onChange, currency = 'USD', ...props }: MoneyInputProps) {
  const shown = typeof value === 'number' ? value / 100 : value;
  return (
    <NumberInput
      {...props}
      value={shown}
      onChange={(next) => {
        if (next === '') {
          onChange('');
          return;
        }
        const parsed = parseMoney(String(next));
        onChange(parsed.ok ? parsed.cents : String(next));
      }}
      prefix={currencySymbol(currency)}
      thousandSeparator=","
      decimalScale={2}
      allowNegative={false}
      hideControls
      inputMode="decimal"
    />
  );
}
