import { newId } from '../../ids';
import { Alert, Button, Grid, Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { newFundingSource, type FundingSource } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { ListEditor } from '../ListEditor';
import { useDraftSelect } from '../context';
import { DateField, MoneyField, useSetField } from '../fields';
import { FundingSourceFields } from './FundingSourceFields';
import { Pricing } from './Pricing';
import { Section, StepFrame } from '../StepFrame';
import { BlackoutsSection, PdDaysSection, PhasesSection, WindowSection } from './TimelineSections';

/** When the funding sources add up to something else than the budget, one click makes them agree. */
function FundingTotal() {
  const set = useSetField();
  const sources = useDraftSelect((e) => e.budget.fundingSources);
  const budget = useDraftSelect((e) => e.budget.amountCents);
  const currency = useDraftSelect((e) => e.rateCard.currency);
  const total = sources.reduce((sum, f) => sum + (typeof f.amountCents === 'number' ? f.amountCents : 0), 0);
  if (sources.length === 0 || total === budget) return null;
  return (
    <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />} p="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm">The funding sources add up to {formatMoney(total, currency)}.</Text>
        <Button size="compact-sm" variant="light" onClick={() => set('budget.amountCents', total)}>
          Use that as the budget
        </Button>
      </Group>
    </Alert>
  );
}

/** What the district can spend, until when, and the funding sources it comes from. */
function BudgetSection() {
  return (
    <Section title="Budget" description="What the district can spend on this work.">
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <MoneyField
            path="budget.amountCents"
            label="Budget available"
            size="md"
            data-testid="budget-input"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <DateField
            path="budget.fundsThrough"
            label="Pays for work through"
            description="Empty: the whole window. Later work waits for its own budget."
            clearable
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FundingTotal />
        </Grid.Col>
      </Grid>
      <ListEditor<FundingSource>
        path="budget.fundingSources"
        noun="funding source"
        itemName={(f) => f.name}
        empty="No funding sources recorded. Add Title II, ESSER, grants or the general fund, with their end dates and restrictions."
        newItem={() => newFundingSource(newId())}
        renderItem={(_f, _i, base) => <FundingSourceFields base={base} />}
      />
    </Section>
  );
}

export function BudgetTimelineStep() {
  return (
    <StepFrame>
      <BudgetSection />
      <WindowSection />
      <PhasesSection />
      <BlackoutsSection />
      <PdDaysSection />
      <Pricing />
    </StepFrame>
  );
}
