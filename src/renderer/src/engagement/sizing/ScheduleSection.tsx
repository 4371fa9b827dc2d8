import { lazy, memo, Suspense } from 'react';
import { List, Loader, Table, Text } from '@mantine/core';
import type { Schedule } from '@shared/scoping';

const ScheduleChart = lazy(() => import('./ScheduleChart'));

/** The chart's numbers as a table, for screen readers and for reading exact counts. */
export const ScheduleSection = memo(function ScheduleSection({ schedule }: { schedule: Schedule }) {
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
