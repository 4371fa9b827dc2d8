import { Group, Paper, SimpleGrid, Slider, Text } from '@mantine/core';
import { formatMoneyWhole } from '../../../../shared/money';
import { MoneyInput } from '../../components/MoneyInput';
import { DateField } from '../budget-timeline/BudgetTimelineStep';
import { useEngagementForm, useWorkspace } from '../context';
import { useInput, useSetField } from '../fields';

/** A round slider range: a bit past the north star, with steps people can land on. */
function sliderRange(northStarCents: number, budgetCents: number): { max: number; step: number } {
  const top = Math.max(northStarCents * 1.25, budgetCents * 1.25, 1_000_000);
  const magnitude = 10 ** Math.floor(Math.log10(top / 100));
  const step = Math.max(10_000, magnitude);
  return { max: Math.ceil(top / (step * 10)) * step * 10, step };
}

/** "What does $40k more buy?": the budget and the window, moved live. */
export function WhatIf() {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const { scope } = useWorkspace();
  const currency = form.values.rateCard.currency;
  const budget = typeof form.values.budget.amountCents === 'number' ? form.values.budget.amountCents : 0;
  const { max, step } = sliderRange(scope.sizing.northStar.subtotalCents, budget);
  return (
    <Paper withBorder p="md" data-testid="what-if">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Group justify="space-between" align="flex-end" gap="sm" wrap="nowrap">
            <MoneyInput
              label="Budget"
              currency={currency}
              w={200}
              {...input('budget.amountCents')}
              data-testid="what-if-budget"
            />
            <Text size="sm" c="dimmed" pb={6}>
              North star {formatMoneyWhole(scope.sizing.northStar.subtotalCents, currency)}
            </Text>
          </Group>
          <Slider
            mt="md"
            mb="lg"
            min={0}
            max={max}
            step={step}
            value={Math.min(budget, max)}
            onChange={(v) => set('budget.amountCents', v)}
            label={(v) => formatMoneyWhole(v, currency)}
            thumbLabel="Budget"
            marks={[
              { value: 0, label: formatMoneyWhole(0, currency) },
              { value: max, label: formatMoneyWhole(max, currency) },
            ]}
            data-testid="budget-slider"
          />
        </div>
        <SimpleGrid cols={2}>
          <DateField path="timeline.start" label="Starts" />
          <DateField path="timeline.end" label="Ends" />
        </SimpleGrid>
      </SimpleGrid>
    </Paper>
  );
}
