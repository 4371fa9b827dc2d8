import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { deliverableRows, type DeliverableRow, type LineCost } from '@shared/scoping';
import type { Deliverable } from '@shared/domain';
import { ListEditor } from '../../ListEditor';
import { newId } from '../../../ids';
import { useDraftSelect, useReading, useValid } from '../../context';
import { TextareaField, TextField, useSetField } from '../../fields';
import { MonthField } from './MonthField';

/**
 * Each funded service's deliverables: the standard ones for its kind of service, due when the
 * schedule finishes it, until the consultant words them for this engagement.
 */
export function DeliverablesEditor() {
  const reading = useReading();
  const engagement = useValid();
  const rows = deliverableRows(engagement, reading);
  const own = useDraftSelect((e) => e.scopeOfWork.deliverables);
  if (reading.costing.lines.length === 0) return <Text c="dimmed">Nothing is funded yet.</Text>;
  return (
    <Stack gap="sm">
      {reading.costing.lines.map((line) => (
        <LineDeliverables
          key={line.lineId}
          line={line}
          own={own}
          standard={rows.filter((r) => r.lineId === line.lineId && !r.custom)}
        />
      ))}
    </Stack>
  );
}

/** One funded service: its standard deliverables, or those worded for this engagement. */
function LineDeliverables({
  line,
  own,
  standard,
}: {
  line: LineCost;
  /** Every deliverable worded for this engagement, of all its services. */
  own: readonly Deliverable[];
  standard: readonly DeliverableRow[];
}) {
  const set = useSetField();
  const worded = own.some((d) => d.lineId === line.lineId);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb={6}>
        <Text fw={600}>{line.name}</Text>
        {!worded && (
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() =>
              set('scopeOfWork.deliverables', [
                ...own,
                ...standard.map((r): Deliverable => ({
                  id: newId(),
                  lineId: line.lineId,
                  what: r.what,
                  acceptance: r.acceptance,
                  due: r.dueMonth,
                })),
              ])
            }
          >
            Word for this engagement
          </Button>
        )}
      </Group>
      {worded ? <WordedDeliverables lineId={line.lineId} /> : <StandardDeliverables rows={standard} />}
    </Paper>
  );
}

/** The standard deliverables, as the scope of work prints them: what, when, how it is accepted. */
function StandardDeliverables({ rows }: { rows: readonly DeliverableRow[] }) {
  return (
    <Table>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.what}>
            <Table.Td>{r.what}</Table.Td>
            <Table.Td>{r.dueText}</Table.Td>
            <Table.Td c="dimmed">{r.acceptance}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The service's deliverables worded for this engagement, each with its due month and acceptance. */
function WordedDeliverables({ lineId }: { lineId: string }) {
  return (
    <ListEditor<Deliverable>
      path="scopeOfWork.deliverables"
      filter={(d) => d.lineId === lineId}
      noun="deliverable"
      itemName={(d) => d.what}
      empty="No deliverables: the standard ones print."
      newItem={() => ({ id: newId(), lineId, what: '', acceptance: '', due: null })}
      renderItem={(_d, _i, base) => (
        <Stack gap={6}>
          <Group grow align="flex-start">
            <TextField path={`${base}.what`} label="Deliverable" />
            <MonthField path={`${base}.due`} label="Due (YYYY-MM)" placeholder="When the service ends" />
          </Group>
          <TextareaField
            path={`${base}.acceptance`}
            label="How the district accepts it"
            autosize
            minRows={1}
          />
        </Stack>
      )}
    />
  );
}
