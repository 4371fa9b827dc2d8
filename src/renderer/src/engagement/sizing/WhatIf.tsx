import { Group, Paper, Slider, Stack, Text } from '@mantine/core';
import { formatMoneyWhole } from '@shared/money';
import { DateRange } from '../budget-timeline/DateRange';
import { MoneyField } from '../fields';

/** A round slider range: a bit past the north star, with steps people can land on. */
function sliderRange(northStarCents: number, budgetCents: number): { max: number; step: number } {
  const top = Math.max(northStarCents * 1.25, budgetCents * 1.25, 1_000_000);
  const magnitude = 10 ** Math.floor(Math.log10(top / 100));
  const step = Math.max(10_000, magnitude);
  return { max: Math.ceil(top / (step * 10)) * step * 10, step };
}

interface Props {
  currency: string;
  northStarCents: number;
  /** The budget the slider shows: the one being tried, or the engagement's. */
  budgetCents: number;
  /** Each slider move: sizing follows at once, without waiting for the save. */
  onTry: (cents: number) => void;
  /** Typing in the budget field ends any try in progress. */
  onTyped: () => void;
}

/** "What does $40k more buy?": the budget and the window, moved live. */
export function WhatIf({ currency, northStarCents, budgetCents, onTry, onTyped }: Props) {
  const { max, step } = sliderRange(northStarCents, budgetCents);
  return (
    <Paper withBorder p="md" data-testid="what-if">
      <Stack gap="sm">
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
        <Slider
          mb="md"
          mx="lg"
          min={0}
          max={max}
          step={step}
          value={Math.min(budgetCents, max)}
          onChange={onTry}
          label={(v) => formatMoneyWhole(v, currency)}
          thumbLabel="Budget"
          marks={[
            { value: 0, label: formatMoneyWhole(0, currency) },
            ...(northStarCents > 0 && northStarCents < max
              ? [{ value: northStarCents, label: 'North star' }]
              : []),
            { value: max, label: formatMoneyWhole(max, currency) },
          ]}
          styles={{ markLabel: { whiteSpace: 'nowrap' } }}
          data-testid="budget-slider"
        />
      </Stack>
    </Paper>
  );
}
