import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { deliverableRows } from '../../../../../shared/scoping';
import type { Deliverable } from '../../../../../shared/domain';
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
  const set = useSetField();
  const reading = useReading();
  const engagement = useValid();
  const rows = deliverableRows(engagement, reading);
  const own = useDraftSelect((e) => e.scopeOfWork.deliverables);
  if (reading.costing.lines.length === 0) return <Text c="dimmed">Nothing is funded yet.</Text>;
  return (
    <Stack gap="sm">
      {reading.costing.lines.map((line) => {
        const mine = own.filter((d) => d.lineId === line.lineId);
        const standard = rows.filter((r) => r.lineId === line.lineId && !r.custom);
        return (
          <Paper key={line.lineId} withBorder p="sm">
            <Group justify="space-between" mb={6}>
              <Text fw={600}>{line.name}</Text>
              {mine.length === 0 && (
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
            {mine.length === 0 ? (
              <Table>
                <Table.Tbody>
                  {standard.map((r) => (
                    <Table.Tr key={r.what}>
                      <Table.Td>{r.what}</Table.Td>
                      <Table.Td>{r.dueText}</Table.Td>
                      <Table.Td c="dimmed">{r.acceptance}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : (
              <ListEditor<Deliverable>
                path="scopeOfWork.deliverables"
                filter={(d) => d.lineId === line.lineId}
                noun="deliverable"
                itemName={(d) => d.what}
                empty="No deliverables: the standard ones print."
                newItem={() => ({ id: newId(), lineId: line.lineId, what: '', acceptance: '', due: null })}
                renderItem={(_d, _i, base) => (
                  <Stack gap={6}>
                    <Group grow align="flex-start">
                      <TextField path={`${base}.what`} label="Deliverable" />
                      <MonthField
                        path={`${base}.due`}
                        label="Due (YYYY-MM)"
                        placeholder="When the service ends"
                      />
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
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
