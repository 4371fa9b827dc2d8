import { lazy, Suspense, useMemo } from 'react';
import {
  Badge,
  Group,
  List,
  Loader,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { Pin } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import type { SizedLine } from '../../../../shared/scoping';
import { Internal } from '../../app/meeting-mode';
import { useEngagementForm, useWorkspace } from '../context';
import { PIN_LABELS, STATUS_COLORS, STATUS_LABELS, plural } from '../labels';
import { Section, StepFrame } from '../StepFrame';
import { PlanChecks } from './PlanChecks';
import { WhatIf } from './WhatIf';

const ScheduleChart = lazy(() => import('./ScheduleChart'));

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
      <Text fw={700} size="xl" data-testid={testId}>
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

function PinControl({ line }: { line: SizedLine }) {
  const form = useEngagementForm();
  const index = form.values.lines.findIndex((l) => l.id === line.lineId);
  return (
    <SegmentedControl<Pin>
      size="xs"
      aria-label={`Sizing of ${line.name}`}
      data={(['none', 'funded', 'deferred'] as const).map((p) => ({ value: p, label: PIN_LABELS[p] }))}
      value={line.pin}
      onChange={(pin) => index >= 0 && form.setFieldValue(`lines.${index}.pin`, pin)}
    />
  );
}

export function SizingStep() {
  const { scope, engagement } = useWorkspace();
  const { sizing, costing, schedule, checks } = scope;
  const currency = sizing.currency;
  const money = (c: number) => formatMoney(c, currency);
  const funded = useMemo(() => sizing.lines.filter((l) => l.status !== 'deferred'), [sizing.lines]);
  const deferred = useMemo(() => sizing.lines.filter((l) => l.status === 'deferred'), [sizing.lines]);
  const totals = useMemo(() => new Map(costing.lines.map((l) => [l.lineId, l.totalCents])), [costing.lines]);
  const { coverage } = sizing;

  return (
    <StepFrame>
      <WhatIf />

      <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="sizing-figures">
        <Figure
          label={`Funded: ${sizing.fundedPhaseName}`}
          value={money(sizing.funded.totalCents)}
          detail={`${plural(sizing.funded.lines, 'line')}${sizing.funded.discountCents > 0 ? `, after ${money(sizing.funded.discountCents)} discount` : ''}`}
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
          detail={plural(sizing.northStar.lines, 'line')}
        />
        <Figure
          label="Deferred until funds allow"
          value={money(sizing.deferredPhases.reduce((s, p) => s + p.totalCents, 0))}
          detail={
            plural(deferred.length, 'line') +
            (funded.some((l) => l.status === 'trimmed') ? ', plus trimmed parts' : '')
          }
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
        {funded.length === 0 ? (
          <Text c="dimmed">Nothing fits yet. Raise the budget or widen the window.</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
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
                {funded.map((l) => (
                  <Table.Tr key={l.lineId} data-testid="funded-line">
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
                      <Text size="sm" ff="monospace">
                        {money(totals.get(l.lineId) ?? l.fundedCents)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[l.status]}>
                        {STATUS_LABELS[l.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <PinControl line={l} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Internal>
          <Text size="sm" c="dimmed" data-internal>
            Consultant time in the funded phase: {costing.consultantHours.toLocaleString('en-US')} hours; fees{' '}
            {money(costing.feesCents)}, travel {money(costing.travelCents)}, materials{' '}
            {money(costing.materialsCents)}, on-demand seats {money(costing.licensesCents)}.
          </Text>
        </Internal>
      </Section>

      <Section title="When funds allow" description="Deferred lines, each with the reason it waits.">
        {sizing.deferredPhases.length === 0 ? (
          <Text c="dimmed">Nothing deferred: the whole north star is funded.</Text>
        ) : (
          <Stack gap="sm">
            {sizing.deferredPhases.map((phase) => (
              <Paper key={phase.number} withBorder p="sm">
                <Group justify="space-between" mb="xs">
                  <Title order={4} size="h5">
                    {phase.name}
                  </Title>
                  <Text fw={600} ff="monospace">
                    {money(phase.totalCents)}
                  </Text>
                </Group>
                <Table verticalSpacing={4} aria-label={phase.name} data-testid="deferred-lines">
                  <Table.Tbody>
                    {phase.lines.map((dl) => {
                      const sized = sizing.lines.find((s) => s.lineId === dl.lineId);
                      return (
                        <Table.Tr key={dl.lineId} data-testid="deferred-line">
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {dl.name}
                            </Text>
                            {sized?.reason && (
                              <Text size="xs" c="dimmed">
                                {sized.reason.sentence}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{dl.quantity}</Text>
                          </Table.Td>
                          <Table.Td ta="right">
                            <Text size="sm" ff="monospace">
                              {money(dl.subtotalCents)}
                            </Text>
                          </Table.Td>
                          <Table.Td w={230}>
                            {sized?.status === 'deferred' && <PinControl line={sized} />}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Paper>
            ))}
          </Stack>
        )}
      </Section>

      <Section title="Coverage of the north star">
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
              detail={`${coverage.essentials.funded} funded, ${coverage.essentials.trimmed} trimmed, ${coverage.essentials.deferred} deferred of ${plural(coverage.essentials.lines, 'essential line')}`}
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
                  detail={`${d.fundedLines} of ${plural(d.lines, 'line')} funded`}
                />
              ))}
          </Stack>
        </SimpleGrid>
      </Section>

      <Section
        title="Month by month"
        description={`${plural(sizing.capacity.pdDays.used, 'PD day')} used of ${sizing.capacity.pdDays.available}; ${plural(sizing.capacity.visitDays.used, 'visit day')} of ${sizing.capacity.visitDays.available}.`}
      >
        <Suspense fallback={<Loader size="sm" />}>
          <ScheduleChart schedule={schedule} />
        </Suspense>
        <ScheduleTable />
        {schedule.cycles.length > 0 && (
          <List size="sm" spacing={2}>
            {schedule.cycles.map((c) => (
              <List.Item key={c.number}>{c.sentence}</List.Item>
            ))}
          </List>
        )}
      </Section>

      <Section
        title="Plan checks"
        description="The plan read against the principles of effective professional learning."
      >
        <PlanChecks checks={checks} />
      </Section>
      <Text size="xs" c="dimmed">
        Sized for {engagement.client.name || 'the client'} from {engagement.timeline.start} to{' '}
        {engagement.timeline.end}.
      </Text>
    </StepFrame>
  );
}

/** The chart's numbers as a table, for screen readers and for reading exact counts. */
function ScheduleTable() {
  const { scope } = useWorkspace();
  const months = scope.schedule.months.filter((m) => m.entries.length > 0);
  if (months.length === 0) return <Text c="dimmed">Nothing is scheduled yet.</Text>;
  return (
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
  );
}
