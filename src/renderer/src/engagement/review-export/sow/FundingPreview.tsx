import { useMemo } from 'react';
import { Alert, Checkbox, Group, List, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { CrosswalkAssignment } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { buildCrosswalk, buildInvoiceSchedule, type FundingIssue, type InvoiceIssue } from '@shared/scoping';
import { ListEditor } from '../../ListEditor';
import { newId } from '../../../ids';
import { useDraftValue, useReading, useValid } from '../../context';
import { useDraftOptions, type Option } from '../../options';
import { MoneyField, useSetField } from '../../fields';

function Issues({ issues }: { issues: readonly (FundingIssue | InvoiceIssue)[] }) {
  if (issues.length === 0) return null;
  return (
    <Stack gap="xs">
      {issues.map((issue, i) => (
        <Alert
          key={i}
          variant="light"
          color={issue.severity === 'warning' ? 'yellow' : 'blue'}
          icon={
            issue.severity === 'warning' ? (
              <IconAlertTriangle size={18} aria-hidden />
            ) : (
              <IconInfoCircle size={18} aria-hidden />
            )
          }
          p="xs"
        >
          <Text size="sm">{issue.message}</Text>
          {issue.fix !== '' && (
            <Text size="sm" fw={500}>
              Fix: {issue.fix}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}

/**
 * Which source pays for which funded service, as the scope of work will print it, with what
 * breaks a source's dates or restrictions and how to fix it; then the work put on a source by
 * hand, which goes first.
 */
export function FundingPreview() {
  const engagement = useValid();
  const reading = useReading();
  const crosswalk = useMemo(() => buildCrosswalk(engagement, reading), [engagement, reading]);
  const money = (c: number) => formatMoney(c, crosswalk.currency);
  if (!crosswalk.hasSources) {
    return (
      <Text c="dimmed" size="sm">
        No funding sources recorded: the invoices go to the district’s budget. Record sources on the budget
        step to allocate the work to them.
      </Text>
    );
  }
  const columns = [
    ...crosswalk.sources.map((s) => ({ key: s.sourceId, name: s.name })),
    ...(crosswalk.unassignedCents > 0 ? [{ key: '', name: 'Not yet assigned' }] : []),
  ];
  return (
    <Stack gap="sm">
      <Issues issues={crosswalk.issues} />
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label="Funding crosswalk">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Service</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key} ta="right">
                  {c.name}
                </Table.Th>
              ))}
              <Table.Th ta="right">Total</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {crosswalk.lines.map((l) => (
              <Table.Tr key={l.lineId}>
                <Table.Td>{l.name}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c.key} ta="right">
                    {(l.bySource[c.key] ?? 0) > 0 ? money(l.bySource[c.key] ?? 0) : '—'}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {money(l.totalCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {reading.costing.lines.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            Put work on a source by hand
          </Text>
          <Assignments />
        </>
      )}
    </Stack>
  );
}

function Assignments() {
  const reading = useReading();
  const lines = reading.costing.lines.map((l) => ({ value: l.lineId, label: l.name }));
  const sources = useDraftOptions((e) =>
    e.budget.fundingSources.map((s) => ({ value: s.id, label: s.name || 'Unnamed source' })),
  );
  return (
    <ListEditor<CrosswalkAssignment>
      path="scopeOfWork.crosswalk"
      noun="assignment"
      empty="None: the work is allocated automatically, soonest deadline first, within each source’s tags."
      newItem={() => ({
        id: newId(),
        lineId: lines[0]?.value ?? '',
        sourceId: sources[0]?.value ?? '',
        amountCents: null,
      })}
      renderItem={(_a, _i, base) => <Assignment base={base} lines={lines} sources={sources} />}
    />
  );
}

function Assignment({ base, lines, sources }: { base: string; lines: Option[]; sources: Option[] }) {
  const set = useSetField();
  const a = useDraftValue(base) as CrosswalkAssignment | undefined;
  if (!a) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <Select
        label="Service"
        data={lines}
        value={a.lineId}
        onChange={(v) => v && set(`${base}.lineId`, v)}
        allowDeselect={false}
      />
      <Select
        label="Paid from"
        data={sources}
        value={a.sourceId}
        onChange={(v) => v && set(`${base}.sourceId`, v)}
        allowDeselect={false}
      />
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Checkbox
          label="All of it"
          checked={a.amountCents === null}
          onChange={(e) => set(`${base}.amountCents`, e.currentTarget.checked ? null : 0)}
          mb={8}
        />
        {a.amountCents !== null && <MoneyField path={`${base}.amountCents`} label="Amount" />}
      </Group>
    </SimpleGrid>
  );
}

/** The invoices the scope of work will print, and what moved or could not be billed in time. */
export function InvoicePreview() {
  const engagement = useValid();
  const reading = useReading();
  const schedule = useMemo(
    () => buildInvoiceSchedule(engagement, buildCrosswalk(engagement, reading)),
    [engagement, reading],
  );
  const money = (c: number) => formatMoney(c, reading.costing.currency);
  if (schedule.invoices.length === 0) return <Text c="dimmed">Nothing to invoice yet.</Text>;
  return (
    <Stack gap="sm">
      <Issues issues={schedule.issues.filter((i) => i.severity === 'warning')} />
      <Table striped aria-label="Invoice schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>No.</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Funding source</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.invoices.map((inv) => (
            <Table.Tr key={inv.number}>
              <Table.Td>{inv.number}</Table.Td>
              <Table.Td>{inv.date}</Table.Td>
              <Table.Td>{inv.dueDate}</Table.Td>
              <Table.Td>{inv.sourceName}</Table.Td>
              <Table.Td>
                {inv.period}
                {inv.note !== null && (
                  <Text size="xs" c="dimmed">
                    {inv.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{money(inv.cents)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td colSpan={5} fw={700}>
              Total invoiced
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {money(schedule.totalCents)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {schedule.issues.some((i) => i.severity === 'notice') && (
        <List size="sm" c="dimmed">
          {schedule.issues
            .filter((i) => i.severity === 'notice')
            .map((i) => (
              <List.Item key={i.invoiceNumber}>{i.message}</List.Item>
            ))}
        </List>
      )}
    </Stack>
  );
}
