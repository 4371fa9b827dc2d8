import { memo, useMemo } from 'react';
import { Group, Paper, Slider, Stack, Text } from '@mantine/core';
import { formatMoneyWhole } from '@shared/money';
import { DateRange } from '../budget-timeline/DateRange';
import { MoneyField } from '../fields';
import { sliderRange } from './budget-slider';

interface Props {
  currency: string;
  northStarCents: number;
  /** The budget the slider shows: the one being tried, or the engagement's. */
  budgetCents: number;
  /** Each slider move: sizing follows at once, without waiting for the save. */
  onTry: (cents: number) => void;
  /** Typing in the budget field ends any try in progress. */
  onTyped: () => void;
  /** The thumb came to rest on a budget (focused, moved by a key, dropped): keys may follow. */
  onLand: (cents: number) => void;
}

/** "What does $40k more buy?": the budget and the window, moved live. */
export function WhatIf({ currency, northStarCents, budgetCents, onTry, onTyped, onLand }: Props) {
  const { max, step } = sliderRange(northStarCents, budgetCents);
  const value = Math.min(budgetCents, max);
  const marks = useMemo(
    () => [
      { value: 0, label: formatMoneyWhole(0, currency) },
      ...(northStarCents > 0 && northStarCents < max ? [{ value: northStarCents, label: 'North star' }] : []),
      { value: max, label: formatMoneyWhole(max, currency) },
    ],
    [currency, northStarCents, max],
  );
  return (
    <Paper withBorder p="md" data-testid="what-if">
      <Stack gap="sm">
        <BudgetAndWindow currency={currency} northStarCents={northStarCents} onTyped={onTyped} />
        <Slider
          mb="md"
          mx="lg"
          min={0}
          max={max}
          step={step}
          value={value}
          onChange={onTry}
          onChangeEnd={onLand}
          onFocus={() => onLand(value)}
          label={(v) => formatMoneyWhole(v, currency)}
          thumbLabel="Budget"
          marks={marks}
          styles={SLIDER_STYLES}
          data-testid="budget-slider"
        />
      </Stack>
    </Paper>
  );
}

const SLIDER_STYLES = { markLabel: { whiteSpace: 'nowrap' } } as const;

/** The fields above the slider: a slider step leaves them as they are. */
const BudgetAndWindow = memo(function BudgetAndWindow({
  currency,
  northStarCents,
  onTyped,
}: Pick<Props, 'currency' | 'northStarCents' | 'onTyped'>) {
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <MoneyField
        path="budget.amountCents"
        label="Budget"
        w={190}
        onInput={onTyped}
        data-testid="what-if-budget"
      />
      <DateRange base="timeline" />
      <Text size="sm" c="dimmed" pb={8} ml="auto">
        North star {formatMoneyWhole(northStarCents, currency)}
      </Text>
    </Group>
  );
});
