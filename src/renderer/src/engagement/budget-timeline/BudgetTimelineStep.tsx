import { newId } from '../../ids';
import {
  Alert,
  Button,
  Collapse,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendar, IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import type { Blackout, FundingSource, PdDay, Phase } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import { Internal } from '../../app/meeting-mode';
import { ListEditor } from '../../components/ListEditor';
import { MoneyInput } from '../../components/MoneyInput';
import { RateCardEditor } from '../../components/RateCardEditor';
import { useEngagementForm, useWorkspace } from '../context';
import { useInput, useSetField } from '../fields';
import { detachReferences } from '../references';
import { FundingSourceFields } from './FundingSourceFields';
import { Section, StepFrame } from '../StepFrame';

const DATE_FORMAT = 'MMM D, YYYY';

/** A new PD day starts on a real, unused weekday so the engagement stays valid while it is picked. */
function nextFreeWeekday(from: string, taken: readonly string[]): string {
  const used = new Set(taken);
  const latest =
    [from, ...taken]
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1) ?? from;
  const day = new Date(`${latest}T12:00:00Z`);
  for (let i = 0; i < 400; i++) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !used.has(iso)) return iso;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return from;
}

/** A date field bound to a YYYY-MM-DD path. */
export function DateField({
  path,
  label,
  clearable = false,
  minDate,
}: {
  path: string;
  label: string;
  clearable?: boolean;
  minDate?: string;
}) {
  const input = useInput();
  const set = useSetField();
  const props = input(path);
  return (
    <DatePickerInput
      label={label}
      valueFormat={DATE_FORMAT}
      leftSection={<IconCalendar size={16} aria-hidden />}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      minDate={minDate}
      value={(props.value as string | null) ?? null}
      onChange={(v) => set(path, v === null ? (clearable ? null : '') : v)}
      error={props.error}
      onBlur={props.onBlur}
      placeholder="Pick a date"
      // Mantine's placeholder grey is too faint on white for an empty, clearable date.
      styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
    />
  );
}

function Pricing() {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const { errorFor, markVisited } = useWorkspace();
  const [ratesOpen, rates] = useDisclosure(false);
  const discount = form.values.discount;
  const currency = form.values.rateCard.currency;
  return (
    <Section
      title="Pricing"
      description="A discount applies to the funded scope; rates start from your defaults in Settings."
    >
      <Group align="flex-end" gap="md">
        <div>
          <Text size="sm" fw={500} id="discount-kind">
            Discount
          </Text>
          <SegmentedControl
            aria-labelledby="discount-kind"
            mt={4}
            data={[
              { value: 'none', label: 'None' },
              { value: 'percent', label: 'Percentage' },
              { value: 'amount', label: 'Amount' },
            ]}
            value={discount.kind}
            onChange={(kind) => {
              if (kind === 'none') set('discount', { kind: 'none' });
              if (kind === 'percent') set('discount', { kind: 'percent', basisPoints: 1000, label: '' });
              if (kind === 'amount') set('discount', { kind: 'amount', cents: 0, label: '' });
            }}
          />
        </div>
        {discount.kind === 'percent' && (
          <NumberInput
            label="Percent off"
            suffix=" %"
            min={0}
            max={100}
            decimalScale={2}
            w={140}
            value={typeof discount.basisPoints === 'number' ? discount.basisPoints / 100 : ''}
            onChange={(v) => set('discount.basisPoints', typeof v === 'number' ? Math.round(v * 100) : v)}
            error={errorFor('discount.basisPoints')}
            onBlur={() => markVisited('discount.basisPoints')}
          />
        )}
        {discount.kind === 'amount' && (
          <MoneyInput label="Amount off" currency={currency} w={180} {...input('discount.cents')} />
        )}
        {discount.kind !== 'none' && (
          <TextInput
            label="Shown as"
            placeholder="e.g. Multi-year partner discount"
            w={280}
            {...input('discount.label')}
          />
        )}
      </Group>
      <Internal>
        <Paper withBorder p="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={rates.toggle}
            aria-expanded={ratesOpen}
            leftSection={
              ratesOpen ? (
                <IconChevronDown size={14} aria-hidden />
              ) : (
                <IconChevronRight size={14} aria-hidden />
              )
            }
          >
            Rates for this engagement ({form.values.rateCard.name})
          </Button>
          <Collapse expanded={ratesOpen}>
            <div style={{ paddingTop: 12 }}>
              <RateCardEditor
                value={form.values.rateCard}
                onChange={(path, value) => set(`rateCard.${path}`, value)}
                errorFor={(path) => errorFor(`rateCard.${path}`)}
                onBlur={(path) => markVisited(`rateCard.${path}`)}
                rolesInUse={new Set(form.values.catalog.map((s) => s.consultantRole))}
              />
            </div>
          </Collapse>
        </Paper>
      </Internal>
    </Section>
  );
}

export function BudgetTimelineStep() {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const { budget, timeline } = form.values;
  const currency = form.values.rateCard.currency;
  const fundingTotal = budget.fundingSources.reduce(
    (sum, f) => sum + (typeof f.amountCents === 'number' ? f.amountCents : 0),
    0,
  );

  return (
    <StepFrame>
      <Section title="Budget" description="What the district can spend on this work.">
        <Grid align="flex-end">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <MoneyInput
              label="Budget available"
              currency={currency}
              size="md"
              {...input('budget.amountCents')}
              data-testid="budget-input"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {budget.fundingSources.length > 0 && fundingTotal !== budget.amountCents && (
              <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />} p="xs">
                <Group justify="space-between" gap="xs">
                  <Text size="sm">The funding sources add up to {formatMoney(fundingTotal, currency)}.</Text>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => set('budget.amountCents', fundingTotal)}
                  >
                    Use that as the budget
                  </Button>
                </Group>
              </Alert>
            )}
          </Grid.Col>
        </Grid>
        <ListEditor<FundingSource>
          path="budget.fundingSources"
          items={budget.fundingSources}
          noun="funding source"
          itemName={(f) => f.name}
          empty="No funding sources recorded. Add Title II, ESSER, grants or the general fund, with their end dates and restrictions."
          newItem={() => ({
            id: newId(),
            name: '',
            amountCents: 0,
            endDate: null,
            restrictions: '',
            restrict: { serviceCategories: [], campusIds: [] },
            invoiceBy: null,
          })}
          renderItem={(_f, i, base) => <FundingSourceFields base={base} index={i} />}
        />
      </Section>

      <Section title="Window" description="When the work can happen.">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField path="timeline.start" label="Starts" />
          <DateField path="timeline.end" label="Ends" minDate={timeline.start} />
          <NumberInput
            label="Visit days the district can host per month"
            min={0}
            allowDecimal={false}
            {...input('timeline.visitDaysPerMonth')}
          />
        </SimpleGrid>
      </Section>

      <Section
        title="Phases"
        description="Optional stretches of the window; sizing funds a first phase and the support level can step down across them."
      >
        <ListEditor<Phase>
          path="timeline.phases"
          items={timeline.phases}
          noun="phase"
          itemName={(p) => p.name}
          empty="One phase covering the whole window. Add phases to step the support level down over time."
          newItem={() => ({
            id: newId(),
            name: `Phase ${timeline.phases.length + 1}`,
            start: timeline.start,
            end: timeline.end,
          })}
          onRemove={(p) => detachReferences(form, 'phase', p.id)}
          renderItem={(_p, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Phase name" {...input(`${base}.name`)} />
              <DateField path={`${base}.start`} label="Starts" />
              <DateField path={`${base}.end`} label="Ends" />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section
        title="Blackouts"
        description="Testing windows, holidays and summer: nothing is scheduled in them."
      >
        <ListEditor<Blackout>
          path="timeline.blackouts"
          items={timeline.blackouts}
          noun="blackout"
          itemName={(b) => b.label}
          empty="No blackouts yet."
          newItem={() => ({ id: newId(), label: '', start: timeline.start, end: timeline.start })}
          renderItem={(_b, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="What" placeholder="e.g. State testing" {...input(`${base}.label`)} />
              <DateField path={`${base}.start`} label="From" />
              <DateField path={`${base}.end`} label="To" />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section
        title="District PD days"
        description="Days set aside for professional learning; face-to-face sessions land on them."
      >
        <ListEditor<PdDay>
          path="timeline.pdDays"
          items={timeline.pdDays}
          noun="PD day"
          itemName={(d) => d.label || d.date}
          getKey={(_d, i) => `pd-${i}`}
          empty="No PD days recorded. Without them, face-to-face sessions cannot be placed on the calendar."
          newItem={() => ({
            date: nextFreeWeekday(
              timeline.start,
              timeline.pdDays.map((d) => d.date),
            ),
            label: '',
          })}
          renderItem={(_d, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField path={`${base}.date`} label="Date" />
              <TextInput label="Label" placeholder="e.g. Fall in-service" {...input(`${base}.label`)} />
            </SimpleGrid>
          )}
        />
      </Section>

      <Pricing />
    </StepFrame>
  );
}
