import { newId } from '../../ids';
import { useSyncExternalStore } from 'react';
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
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight, IconInfoCircle } from '@tabler/icons-react';
import {
  isIsoDate,
  type Blackout,
  type FundingSource,
  type PdDay,
  type Phase,
} from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import { Internal } from '../../app/meeting-mode';
import { ListEditor } from '../ListEditor';
import { RateCardEditor } from '../../components/RateCardEditor';
import { afterPointerRelease } from '../../components/pointer';
import { formatDate } from '../../dates';
import { useDraftSelect, useDraftValue, useFieldError, useWorkspace } from '../context';
import {
  DateField,
  MoneyField,
  NumberField,
  SegmentedField,
  SwitchField,
  TextField,
  useSetField,
} from '../fields';
import { detachReferences } from '../references';
import { FundingSourceFields } from './FundingSourceFields';
import { Section, StepFrame } from '../StepFrame';

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

/** A start and an end; a start after the end is explained at the start, where it was typed. */
export function DateRange({
  base,
  startLabel = 'Starts',
  endLabel = 'Ends',
}: {
  base: string;
  startLabel?: string;
  endLabel?: string;
}) {
  const start = useDraftValue(`${base}.start`);
  const end = useDraftValue(`${base}.end`);
  const backwards =
    typeof start === 'string' && typeof end === 'string' && isIsoDate(start) && isIsoDate(end) && start > end;
  return (
    <>
      <DateField
        path={`${base}.start`}
        label={startLabel}
        extraError={backwards ? `This is after the end (${formatDate(end)}); move one of them` : undefined}
      />
      <DateField path={`${base}.end`} label={endLabel} />
    </>
  );
}

function PercentOff() {
  const { draft } = useWorkspace();
  const basisPoints = useDraftSelect((e) => (e.discount.kind === 'percent' ? e.discount.basisPoints : ''));
  const error = useFieldError('discount.basisPoints');
  return (
    <NumberInput
      label="Percent off"
      suffix=" %"
      min={0}
      max={100}
      decimalScale={2}
      w={140}
      value={typeof basisPoints === 'number' ? basisPoints / 100 : ''}
      onChange={(v) => draft.set('discount.basisPoints', typeof v === 'number' ? Math.round(v * 100) : v)}
      error={error}
      onBlur={() => afterPointerRelease(() => draft.leave('discount.basisPoints'))}
      data-path="discount.basisPoints"
    />
  );
}

function EngagementRates() {
  const { draft } = useWorkspace();
  const rateCard = useDraftSelect((e) => e.rateCard);
  // The editor asks for its messages by path: redraw it when what is shown changes.
  useSyncExternalStore(draft.subscribeChecked, () => draft.checked);
  const roleList = useDraftSelect((e) => e.catalog.map((s) => s.consultantRole).join(' '));
  const rolesInUse = new Set(roleList.split(' '));
  return (
    <RateCardEditor
      value={rateCard}
      onChange={(path, value) => draft.set(`rateCard.${path}`, value)}
      errorFor={(path) => draft.errorFor(`rateCard.${path}`)}
      onBlur={(path) => afterPointerRelease(() => draft.leave(`rateCard.${path}`))}
      onProblem={(path, message) => draft.setFieldProblem(`rateCard.${path}`, message)}
      rolesInUse={rolesInUse}
    />
  );
}

function Pricing() {
  const set = useSetField();
  const [ratesOpen, rates] = useDisclosure(false);
  const discount = useDraftSelect((e) => e.discount);
  const rateCardName = useDraftSelect((e) => e.rateCard.name);
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
        {discount.kind === 'percent' && <PercentOff />}
        {discount.kind === 'amount' && <MoneyField path="discount.cents" label="Amount off" w={180} />}
        {discount.kind !== 'none' && (
          <TextField
            path="discount.label"
            label="Shown as"
            placeholder="e.g. Multi-year partner discount"
            w={280}
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
            Rates for this engagement ({rateCardName})
          </Button>
          <Collapse expanded={ratesOpen}>
            <div style={{ paddingTop: 12 }}>{ratesOpen && <EngagementRates />}</div>
          </Collapse>
        </Paper>
      </Internal>
    </Section>
  );
}

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

/** What a blackout stops (the schema's `scope` of a blackout). */
const BLACKOUT_STOPS = [
  { value: 'all', label: 'Stops all work' },
  { value: 'classroom', label: 'No students: classroom work only stops' },
];

/** The consultancy's facilitators a day; empty when there is no limit. */
function FacilitatorsPerDay() {
  const set = useSetField();
  const value = useDraftSelect((e) => e.timeline.facilitatorsPerDay);
  return (
    <NumberInput
      label="Facilitators the consultancy can staff a day"
      description="Empty: no limit. Cohorts led at once never exceed it."
      min={1}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(v) => set('timeline.facilitatorsPerDay', typeof v === 'number' ? v : null)}
      data-path="timeline.facilitatorsPerDay"
    />
  );
}

export function BudgetTimelineStep() {
  const { draft } = useWorkspace();
  const timeline = () => draft.getValues().timeline;

  return (
    <StepFrame>
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
          newItem={() => ({
            id: newId(),
            name: '',
            amountCents: 0,
            endDate: null,
            restrictions: '',
            restrict: { serviceCategories: [], campusIds: [] },
            invoiceBy: null,
          })}
          renderItem={(_f, _i, base) => <FundingSourceFields base={base} />}
        />
      </Section>

      <Section title="Window" description="When the work can happen.">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateRange base="timeline" />
          <NumberField
            path="timeline.visitDaysPerMonth"
            label="Visit days the district can host per month"
            min={0}
            allowDecimal={false}
          />
          <FacilitatorsPerDay />
        </SimpleGrid>
      </Section>

      <Section
        title="Phases"
        description="Optional stretches of the window; sizing funds a first phase and the support level can step down across them."
      >
        <ListEditor<Phase>
          path="timeline.phases"
          noun="phase"
          itemName={(p) => p.name}
          empty="One phase covering the whole window. Add phases to step the support level down over time."
          newItem={() => ({
            id: newId(),
            name: `Phase ${timeline().phases.length + 1}`,
            start: timeline().start,
            end: timeline().end,
          })}
          onRemove={(p) => detachReferences(draft, 'phase', p.id)}
          renderItem={(_p, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextField path={`${base}.name`} label="Phase name" />
              <DateRange base={base} />
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
          noun="blackout"
          itemName={(b) => b.label}
          empty="No blackouts yet."
          newItem={() => ({
            id: newId(),
            label: '',
            start: timeline().start,
            end: timeline().start,
            scope: 'all',
            assessment: false,
          })}
          renderItem={(_b, _i, base) => (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextField path={`${base}.label`} label="What" placeholder="e.g. State testing" />
                <DateRange base={base} startLabel="From" endLabel="To" />
              </SimpleGrid>
              <Group gap="lg">
                <SegmentedField
                  path={`${base}.scope`}
                  aria-label="What the blackout stops"
                  size="xs"
                  data={BLACKOUT_STOPS}
                />
                <SwitchField
                  path={`${base}.assessment`}
                  label="Assessment window: data reviews follow it"
                  size="xs"
                />
              </Group>
            </Stack>
          )}
        />
      </Section>

      <Section
        title="District PD days"
        description="Days set aside for professional learning; face-to-face sessions land on them."
      >
        <ListEditor<PdDay>
          path="timeline.pdDays"
          noun="PD day"
          itemName={(d) => d.label || d.date}
          getKey={(_d, i) => `pd-${i}`}
          empty="No PD days recorded. Without them, face-to-face sessions cannot be placed on the calendar."
          newItem={() => ({
            date: nextFreeWeekday(
              timeline().start,
              timeline().pdDays.map((d) => d.date),
            ),
            label: '',
          })}
          renderItem={(_d, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <DateField path={`${base}.date`} label="Date" />
              <TextField path={`${base}.label`} label="Label" placeholder="e.g. Fall in-service" />
            </SimpleGrid>
          )}
        />
      </Section>

      <Pricing />
    </StepFrame>
  );
}
