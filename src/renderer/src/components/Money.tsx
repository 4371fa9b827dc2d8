import { Text, type TextProps } from '@mantine/core';
import { formatMoney } from '@shared/money';

/** An amount to the cent, with figures that line up in columns. */
export function Money({ cents, currency, ...props }: { cents: number; currency: string } & TextProps) {
  return (
    <Text span size="sm" {...props} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {formatMoney(cents, currency)}
    </Text>
  );
}
