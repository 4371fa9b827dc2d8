import { memo } from 'react';
import { Badge, Table, Text } from '@mantine/core';
import { formatMoney } from '@shared/money';
import type { Costing, SizedLine } from '@shared/scoping';
import { Internal } from '../../app/meeting-mode';
import { Money } from '../../components/Money';
import { SIZED_COLORS, SIZED_LABELS } from '../labels';
import { PinControl, sameRow, type OnPin, type RowProps } from './line-rows';

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

/** What the funded phase pays for, each line with its cost and its pin. */
export const FundedTable = memo(function FundedTable({
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

/** Consultant hours and what the funded phase costs, for the consultant's eyes only. */
export const ConsultantTime = memo(function ConsultantTime({ costing }: { costing: Costing }) {
  const money = (c: number) => formatMoney(c, costing.currency);
  return (
    <Internal>
      <Text size="sm" c="dimmed" data-internal>
        Consultant time in the funded phase: {costing.consultantHours.toLocaleString('en-US')} hours; fees{' '}
        {money(costing.feesCents)}, travel {money(costing.travelCents)}, materials{' '}
        {money(costing.materialsCents)}, on-demand seats {money(costing.licensesCents)}.
      </Text>
    </Internal>
  );
});
