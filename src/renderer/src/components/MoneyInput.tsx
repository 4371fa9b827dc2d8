import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseMoney } from '@shared/money';
import { moneyText } from './money-text';
import { afterPointerRelease } from './pointer';

export interface MoneyInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** Integer cents. */
  value: number;
  /** Called with exact cents whenever the text reads as an amount. */
  onChange: (cents: number) => void;
  /** Called with why the text does not read as an amount, and null once it does again. */
  onProblem?: (message: string | null) => void;
  currency?: string;
}

const symbols = new Map<string, string>();
function currencySymbol(currency: string): string {
  let symbol = symbols.get(currency);
  if (symbol === undefined) {
    symbol =
      new Intl.NumberFormat('en-US', { style: 'currency', currency })
        .formatToParts(0)
        .find((p) => p.type === 'currency')?.value ?? currency;
    symbols.set(currency, symbol);
  }
  return symbol;
}

/**
 * The one field money is typed in. It keeps the person's text as typed ("$48,500", "48.5k",
 * pasted or key by key) and hands over exact cents whenever the text reads as an amount.
 * Text that does not read keeps the last amount in the document and says why once the field
 * is left, rather than being turned into some other amount.
 */
export function MoneyInput({
  value,
  onChange,
  onProblem,
  currency = 'USD',
  error,
  onBlur,
  onFocus,
  ...props
}: MoneyInputProps) {
  const [text, setText] = useState(() => moneyText(value, currency));
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState({ value, currency });

  // An amount set elsewhere (the slider, "use that as the budget") shows here unless the
  // person is typing in this field.
  if (seen.value !== value || seen.currency !== currency) {
    setSeen({ value, currency });
    const typed = parseMoney(text);
    if (!focused && (!typed.ok || typed.cents !== value)) {
      setText(moneyText(value, currency));
      setProblem(null);
    }
  }

  const read = (next: string) => {
    setText(next);
    const parsed = parseMoney(next);
    if (parsed.ok) {
      setProblem(null);
      setShown(false);
      onProblem?.(null);
      if (parsed.cents !== value) onChange(parsed.cents);
    } else {
      setProblem(parsed.error);
      onProblem?.(parsed.error);
    }
  };

  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      leftSection={currencySymbol(currency)}
      value={text}
      onChange={(e) => read(e.currentTarget.value)}
      onFocus={(e) => {
        setFocused(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setFocused(false);
        const parsed = parseMoney(text);
        if (parsed.ok) setText(moneyText(parsed.cents, currency));
        afterPointerRelease(() => setShown(true));
        onBlur?.(e);
      }}
      error={(shown && problem) || error}
    />
  );
}
