import { lazy, memo, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChartBar } from '@tabler/icons-react';
import {
  Badge,
  Button,
  EmptyState,
  Group,
  List,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { Pin } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import {
  prepareSizing,
  scopePrepared,
  sizePrepared,
  type Coverage,
  type DeferredPhase,
  type Schedule,
  type SizedLine,
} from '../../../../shared/scoping';
import { Internal } from '../../app/meeting-mode';
import { Money } from '../../components/Money';
import { useRested } from '../../hooks/useRested';
import { useStableCallback } from '../../hooks/useStableCallback';
import { useReading, useValid, useWorkspace } from '../context';
import { PIN_LABELS, SIZED_COLORS, SIZED_LABELS } from '../labels';
import { Section, StepFrame } from '../StepFrame';
import { PlanChecks } from './PlanChecks';
import { WhatIf } from './WhatIf';
import { plural } from '../../../../shared/words';

const ScheduleChart = lazy(() => import('./ScheduleChart'));

type OnPin = (lineId: string, pin: Pin) => void;

function Figure({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}

function Percent({ label, percent, detail }: { label: string; percent: number | null; detail: string }) {
  return (
    <div>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {percent === null ? '—' : `${percent}%`}
        </Text>
      </Group>
      <Progress value={percent ?? 0} aria-label={`${label}: ${percent ?? 0}%`} mt={4} />
      <Text size="xs" c="dimmed" mt={2}>
        {detail}
      </Text>
    </div>
  );
}

const PIN_OPTIONS = (['none', 'funded', 'deferred'] as const).map((p) => ({
  value: p,
  label: PIN_LABELS[p],
}));

/** A plain select: cheap enough for hundreds of rows, and fully keyboard-operable. */
function PinControl({ line, onPin }: { line: SizedLine; onPin: OnPin }) {
  return (
    <NativeSelect
      size="xs"
      w={130}
      aria-label={`Sizing of ${line.name}`}
      data={PIN_OPTIONS}
      value={line.pin}
      onChange={(e) => onPin(line.lineId, e.currentTarget.value as Pin)}
    />
  );
}

function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.line;
  const y = b.line;
  return (
    a.total === b.total &&
    a.currency === b.currency &&
    a.onPin === b.onPin &&
    x.lineId === y.lineId &&
    x.status === y.status &&
    x.pin === y.pin &&
    x.name === y.name &&
    x.fundedQuantity === y.fundedQuantity &&
    x.northStarQuantity === y.northStarQuantity &&
    x.reason?.sentence === y.reason?.sentence &&
    x.note === y.note
  );
}

interface RowProps {
  line: SizedLine;
  total: number;
  currency: string;
  onPin: OnPin;
}

const FundedRow = memo(function FundedRow({ line: l, total, currency, onPin }: RowProps) {
  return (
    <Table.Tr data-testid="funded-line" data-line-id={l.lineId}>
      <Table.Td>
        <Text size="sm" fw={600}>
          {l.name}
        </Text>
        {(l.reason ?? l.note) && (
          <Text size="xs" c="dimmed">
            {l.reason?.sentence ?? l.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{l.fundedQuantity}</Text>
        {l.status === 'trimmed' && (
          <Text size="xs" c="dimmed">
            of {l.northStarQuantity}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Money cents={total} currency={currency} />
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={SIZED_COLORS[l.status]}>
          {SIZED_LABELS[l.status]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <PinControl line={l} onPin={onPin} />
      </Table.Td>
    </Table.Tr>
  );
}, sameRow);

const FundedTable = memo(function FundedTable({
  lines,
  totals,
  currency,
  onPin,
}: {
  lines: SizedLine[];
  totals: ReadonlyMap<string, number>;
  currency: string;
  onPin: OnPin;
}) {
  if (lines.length === 0)
    return <Text c="dimmed">Nothing fits yet. Raise the budget or widen the window.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="Funded lines" data-testid="funded-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Service</Table.Th>
            <Table.Th>Funded quantity</Table.Th>
            <Table.Th ta="right">Cost</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Pin</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <FundedRow
              key={l.lineId}
              line={l}
              total={totals.get(l.lineId) ?? l.fundedCents}
              currency={currency}
              onPin={onPin}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});

const DeferredRow = memo(
  function DeferredRow({ line: l, total, currency, onPin, quantity }: RowProps & { quantity: string }) {
    return (
      <Table.Tr data-testid="deferred-line" data-line-id={l.lineId}>
        <Table.Td>
          <Text size="sm" fw={600}>
            {l.name}
          </Text>
          {l.reason && (
            <Text size="xs" c="dimmed">
              {l.reason.sentence}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{quantity}</Text>
        </Table.Td>
        <Table.Td ta="right">
          <Money cents={total} currency={currency} />
        </Table.Td>
        <Table.Td w={150}>{l.status === 'deferred' && <PinControl line={l} onPin={onPin} />}</Table.Td>
      </Table.Tr>
    );
  },
  (a, b) => sameRow(a, b) && a.quantity === b.quantity,
);

function withReason(line: SizedLine, sentence: string): SizedLine {
  return { ...line, reason: { code: line.reason?.code ?? 'budget', sentence } };
}

const DeferredPhases = memo(function DeferredPhases({
  phases,
  byId,
  currency,
  onPin,
}: {
  phases: DeferredPhase[];
  byId: ReadonlyMap<string, SizedLine>;
  currency: string;
  onPin: OnPin;
}) {
  if (phases.length === 0) return <Text c="dimmed">Nothing deferred: the whole north star is funded.</Text>;
  return (
    <Stack gap="sm">
      {phases.map((phase) => (
        <Paper key={phase.number} withBorder p="sm">
          <Group justify="space-between" mb={4}>
            <Title order={4} size="h5">
              {phase.name}
            </Title>
            <Money cents={phase.totalCents} currency={currency} fw={600} size="md" />
          </Group>
          <Text size="sm" c="dimmed" mb="xs" data-testid="deferred-note">
            {phase.note}
          </Text>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={4} aria-label={phase.name} data-testid="deferred-lines">
              <Table.Tbody>
                {phase.lines.map((dl) => {
                  const sized = byId.get(dl.lineId);
                  // The row says why this part waits (a later budget, or the line's own reason).
                  return sized ? (
                    <DeferredRow
                      key={dl.lineId}
                      line={
                        dl.reason && dl.reason !== sized.reason?.sentence
                          ? withReason(sized, dl.reason)
                          : sized
                      }
                      total={dl.subtotalCents}
                      quantity={dl.quantity}
                      currency={currency}
                      onPin={onPin}
                    />
                  ) : null;
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
});

const CoverageSection = memo(function CoverageSection({
  coverage,
  currency,
}: {
  coverage: Coverage;
  currency: string;
}) {
  const money = (c: number) => formatMoney(c, currency);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="md">
        <Percent
          label="By cost"
          percent={coverage.cost.percent}
          detail={`${money(coverage.cost.fundedCents)} of ${money(coverage.cost.northStarCents)}`}
        />
        <Percent
          label="Essentials"
          percent={coverage.essentials.percent}
          detail={`${coverage.essentials.funded} funded, ${coverage.essentials.trimmed} trimmed, ${coverage.essentials.deferred} deferred of ${plural(coverage.essentials.lines, 'essential line', 'essential lines')}`}
        />
      </Stack>
      <Stack gap="xs" aria-label="Coverage by driver">
        {coverage.drivers
          .filter((d) => d.lines > 0)
          .map((d) => (
            <Percent
              key={d.driver}
              label={d.label}
              percent={d.percent}
              detail={`${d.fundedLines} of ${plural(d.lines, 'line', 'lines')} funded`}
            />
          ))}
      </Stack>
    </SimpleGrid>
  );
});

/** The chart's numbers as a table, for screen readers and for reading exact counts. */
const ScheduleSection = memo(function ScheduleSection({ schedule }: { schedule: Schedule }) {
  const months = schedule.months.filter((m) => m.entries.length > 0);
  return (
    <>
      <Suspense fallback={<Loader size="sm" aria-label="Drawing the chart" />}>
        <ScheduleChart schedule={schedule} />
      </Suspense>
      {months.length === 0 ? (
        <Text c="dimmed">Nothing is scheduled yet.</Text>
      ) : (
        <details>
          <summary>
            <Text span size="sm">
              Show the schedule as a table
            </Text>
          </summary>
          <Table verticalSpacing={4} mt="xs" aria-label="Schedule by month">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Month</Table.Th>
                <Table.Th>What happens</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>{m.label}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {m.entries.map((e) => `${e.name}: ${e.units} ${e.unitLabel}`).join('; ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      )}
      {schedule.cycles.length > 0 && (
        <List size="sm" spacing={2}>
          {schedule.cycles.map((c) => (
            <List.Item key={c.number}>{c.sentence}</List.Item>
          ))}
        </List>
      )}
      {schedule.unplaced.length > 0 && (
        <List size="sm" spacing={2} c="orange.9">
          {schedule.unplaced.map((u) => (
            <List.Item key={u.lineId}>{u.reason}</List.Item>
          ))}
        </List>
      )}
    </>
  );
});

export function SizingStep() {
  const { draft, autosave, goTo } = useWorkspace();
  const saved = useReading();
  const engagement = useValid();
  // A budget being tried on the slider: sized here and now from the last valid engagement,
  // and written to the engagement (and so saved) once the slider rests.
  const [trying, setTrying] = useState<number | null>(null);
  const [committed, setCommitted] = useState(false);
  if (trying !== null && committed && saved.sizing.budgetCents === trying) {
    setTrying(null);
    setCommitted(false);
  }
  const commit = useDebouncedCallback(
    (cents: number) => {
      setCommitted(true);
      draft.set('budget.amountCents', cents);
    },
    { delay: 300, flushOnUnmount: true },
  );
  const onTry = useStableCallback((cents: number) => {
    setTrying(cents);
    setCommitted(false);
    autosave.touch();
    commit(cents);
  });
  const onTyped = useStableCallback(() => {
    commit.cancel();
    setTrying(null);
    setCommitted(false);
  });
  // A slider step re-runs only the sizing, on a plan prepared once per stored version, so the
  // headline figures follow the thumb in the same frame.
  const advice = saved.advice;
  const prepared = useMemo(() => prepareSizing(engagement, advice), [engagement, advice]);
  const tried = trying !== null && trying !== saved.sizing.budgetCents ? trying : null;
  const sizing = useMemo(
    () => (tried === null ? saved.sizing : sizePrepared(prepared, tried)),
    [tried, saved, prepared],
  );
  // The long tables, coverage, chart and checks need the whole reading: worked out just
  // after, as a transition, so dragging never waits on them.
  const triedLater = useDeferredValue(tried);
  const whole = useMemo(
    () => (triedLater === null ? saved : scopePrepared(prepared, triedLater)),
    [triedLater, saved, prepared],
  );
  // The long tables, the coverage and the chart are redrawn once the slider or the typing rests.
  const detail = useRested(whole);
  const { costing, schedule, checks } = detail;
  const currency = sizing.currency;
  const money = (c: number) => formatMoney(c, currency);
  const funded = useMemo(
    () => detail.sizing.lines.filter((l) => l.status !== 'deferred'),
    [detail.sizing.lines],
  );
  const byId = useMemo(() => new Map(detail.sizing.lines.map((l) => [l.lineId, l])), [detail.sizing.lines]);
  const { deferredCount, trimmed } = useMemo(
    () => ({
      deferredCount: sizing.lines.filter((l) => l.status === 'deferred').length,
      trimmed: sizing.lines.some((l) => l.status === 'trimmed'),
    }),
    [sizing.lines],
  );
  const totals = useMemo(() => new Map(costing.lines.map((l) => [l.lineId, l.totalCents])), [costing.lines]);
  const deferredTotal = sizing.deferredPhases.reduce((s, p) => s + p.totalCents, 0);

  const onPin = useStableCallback((lineId: string, pin: Pin) => {
    const index = draft.getValues().lines.findIndex((l) => l.id === lineId);
    if (index >= 0) draft.set(`lines.${index}.pin`, pin);
  });

  if (engagement.lines.length === 0) {
    return (
      <StepFrame>
        <EmptyState
          title="Nothing to size yet"
          description="Sizing fits the north star to the budget and the calendar. Add services to the north star plan first."
          icon={<IconChartBar size={28} aria-hidden />}
        >
          <Button onClick={() => goTo('north-star')}>Go to the north star plan</Button>
        </EmptyState>
      </StepFrame>
    );
  }

  return (
    <StepFrame>
      <WhatIf
        currency={currency}
        northStarCents={sizing.northStar.subtotalCents}
        budgetCents={trying ?? sizing.budgetCents}
        onTry={onTry}
        onTyped={onTyped}
      />

      <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="sizing-figures">
        <Figure
          label={`Funded: ${sizing.fundedPhaseName}`}
          value={money(sizing.funded.totalCents)}
          detail={`${plural(sizing.funded.lines, 'line', 'lines')}${sizing.funded.discountCents > 0 ? `, after ${money(sizing.funded.discountCents)} discount` : ''}`}
          testId="funded-total"
        />
        <Figure
          label={sizing.overBudgetCents > 0 ? 'Over budget' : 'Left in the budget'}
          value={money(sizing.overBudgetCents > 0 ? sizing.overBudgetCents : sizing.remainingCents)}
          detail={`of ${money(sizing.budgetCents)}`}
          testId="remaining"
        />
        <Figure
          label="North star"
          value={money(sizing.northStar.subtotalCents)}
          detail={plural(sizing.northStar.lines, 'line', 'lines')}
        />
        <Figure
          label="Deferred until funds allow"
          value={money(deferredTotal)}
          detail={plural(deferredCount, 'line', 'lines') + (trimmed ? ', plus trimmed parts' : '')}
          testId="deferred-total"
        />
      </SimpleGrid>

      {sizing.summary.length > 0 && (
        <List size="sm" spacing={4} data-testid="sizing-summary">
          {sizing.summary.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
      )}

      <Section
        title="Start here: the funded phase"
        description="Pin a line to keep it funded or defer it, whatever the sizing would do."
      >
        <FundedTable lines={funded} totals={totals} currency={currency} onPin={onPin} />
        <Internal>
          <Text size="sm" c="dimmed" data-internal>
            Consultant time in the funded phase: {costing.consultantHours.toLocaleString('en-US')} hours; fees{' '}
            {money(costing.feesCents)}, travel {money(costing.travelCents)}, materials{' '}
            {money(costing.materialsCents)}, on-demand seats {money(costing.licensesCents)}.
          </Text>
        </Internal>
      </Section>

      <Section
        title="What waits"
        description="Grouped by what it waits for (funds, the calendar, a later budget, your hand), each part with its reason."
      >
        <DeferredPhases phases={detail.sizing.deferredPhases} byId={byId} currency={currency} onPin={onPin} />
      </Section>

      <Section title="Coverage of the north star">
        <CoverageSection coverage={detail.sizing.coverage} currency={currency} />
      </Section>

      <Section
        title="Month by month"
        description={`${plural(sizing.capacity.pdDays.used, 'PD day', 'PD days')} used of ${sizing.capacity.pdDays.available}; ${plural(sizing.capacity.visitDays.used, 'visit day', 'visit days')} of ${sizing.capacity.visitDays.available}.`}
      >
        <ScheduleSection schedule={schedule} />
      </Section>

      <Section
        title="Plan checks"
        description="The plan read against the principles of effective professional learning."
      >
        <PlanChecks checks={checks} />
      </Section>
    </StepFrame>
  );
}
