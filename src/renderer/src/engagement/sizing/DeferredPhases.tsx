import { memo } from 'react';
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { DeferredPhase, SizedLine } from '@shared/scoping';
import { Money } from '../../components/Money';
import { PinControl, sameRow, type OnPin, type RowProps } from './line-rows';

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

/** What waits, grouped by what it waits for, each part with its reason. */
export const DeferredPhases = memo(function DeferredPhases({
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
