import { Alert, Button, Group, SegmentedControl, Table } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { SUPPORT_LEVEL_INFO, SUPPORT_LEVELS, type SupportLevel } from '@shared/domain';
import { formatRange } from '../../dates';
import { useDraftSelect, useReading, useWorkspace } from '../context';

const LEVEL_OPTIONS = SUPPORT_LEVELS.map((l) => ({ value: l, label: SUPPORT_LEVEL_INFO[l].label }));

/** The level phase by phase: facilitate, then collaborate, then coach. */
export function StepDown() {
  const { draft, goTo } = useWorkspace();
  const { advice } = useReading();
  const choice = useDraftSelect((e) => e.supportLevel);
  const allPhases = useDraftSelect((e) => e.timeline.phases);
  const effective = choice.chosen ?? advice.recommended;
  const phases = [...allPhases].sort((a, b) => a.start.localeCompare(b.start));
  const stepDown = new Map(choice.stepDown.map((s) => [s.phaseId, s.level]));

  const setPhaseLevel = (phaseId: string, level: SupportLevel | 'same') => {
    const rest = choice.stepDown.filter((s) => s.phaseId !== phaseId);
    draft.set('supportLevel.stepDown', level === 'same' ? rest : [...rest, { phaseId, level }]);
  };

  return (
    <>
      <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
        {advice.stepDownNote}
      </Alert>
      {phases.length >= 2 ? (
        <>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Phase</Table.Th>
                <Table.Th>Dates</Table.Th>
                <Table.Th>Support level</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {phases.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{formatRange(p.start, p.end)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={`Support level in ${p.name}`}
                      data={[
                        { value: 'same', label: `Same (${SUPPORT_LEVEL_INFO[effective].label})` },
                        ...LEVEL_OPTIONS,
                      ]}
                      value={stepDown.get(p.id) ?? 'same'}
                      onChange={(v) => setPhaseLevel(p.id, v)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {advice.suggestedStepDown.length > 0 && (
            <div>
              <Button
                variant="light"
                onClick={() =>
                  draft.set(
                    'supportLevel.stepDown',
                    advice.suggestedStepDown.map((s) => ({ phaseId: s.phaseId, level: s.level })),
                  )
                }
              >
                Use the suggested step-down
              </Button>
            </div>
          )}
        </>
      ) : (
        <Group>
          <Button variant="light" onClick={() => goTo('budget-timeline')}>
            Add phases in Budget and timeline
          </Button>
        </Group>
      )}
    </>
  );
}
