import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconBulb, IconInfoCircle } from '@tabler/icons-react';
import { SUPPORT_LEVEL_INFO, SUPPORT_LEVELS, type SupportLevel } from '../../../../shared/domain';
import { useDraftSelect, useReading, useWorkspace } from '../context';
import { TextareaField } from '../fields';
import { formatRange } from '../../dates';
import { Section, StepFrame } from '../StepFrame';

const LEVEL_OPTIONS = SUPPORT_LEVELS.map((l) => ({ value: l, label: SUPPORT_LEVEL_INFO[l].label }));

export function SupportLevelStep() {
  const { draft, goTo } = useWorkspace();
  const { advice } = useReading();
  const choice = useDraftSelect((e) => e.supportLevel);
  const allPhases = useDraftSelect((e) => e.timeline.phases);
  const effective = choice.chosen ?? advice.recommended;
  const overriding = choice.chosen !== null && choice.chosen !== advice.recommended;
  const phases = [...allPhases].sort((a, b) => a.start.localeCompare(b.start));
  const stepDown = new Map(choice.stepDown.map((s) => [s.phaseId, s.level]));

  const choose = (level: SupportLevel) => {
    draft.set('supportLevel.recommended', advice.recommended);
    draft.set('supportLevel.chosen', level === advice.recommended ? null : level);
  };

  const setPhaseLevel = (phaseId: string, level: SupportLevel | 'same') => {
    const rest = choice.stepDown.filter((s) => s.phaseId !== phaseId);
    draft.set('supportLevel.stepDown', level === 'same' ? rest : [...rest, { phaseId, level }]);
  };

  return (
    <StepFrame>
      <Paper withBorder p="md" bg="var(--mantine-color-indigo-light)" data-testid="advice">
        <Group gap="sm" mb="xs">
          <IconBulb size={20} aria-hidden />
          <Title order={3} size="h4">
            The advice: {SUPPORT_LEVEL_INFO[advice.recommended].label}
          </Title>
          <Badge variant="light" color={advice.confidence === 'firm' ? 'teal' : 'yellow'}>
            {advice.confidence === 'firm' ? 'Firm' : 'Tentative'}
          </Badge>
        </Group>
        <Text size="sm" mb="xs">
          {SUPPORT_LEVEL_INFO[advice.recommended].summary}
        </Text>
        <Text size="sm" fw={600}>
          Why
        </Text>
        <List size="sm" spacing={4} mb="xs">
          {advice.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
        {advice.lineLevels.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Lines at their own level
            </Text>
            <List size="sm" spacing={4} mb="xs" data-testid="line-levels">
              {advice.lineLevels.map((l) => (
                <List.Item key={l.lineId}>
                  {l.reason} ({SUPPORT_LEVEL_INFO[l.level].label.toLowerCase()})
                </List.Item>
              ))}
            </List>
          </>
        )}
        {advice.wouldChange.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              What would change it
            </Text>
            <List size="sm" spacing={4}>
              {advice.wouldChange.map((r) => (
                <List.Item key={r}>{r}</List.Item>
              ))}
            </List>
          </>
        )}
        {advice.confidence === 'tentative' && (
          <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => goTo('drivers')}>
            Record drivers and expertise
          </Button>
        )}
      </Paper>

      <Section
        title="The level for this engagement"
        description="Follow the advice or choose another level; the reason is kept with the plan."
      >
        <Radio.Group
          value={effective}
          onChange={(v) => choose(v)}
          label="Support level"
          aria-describedby="level-help"
        >
          <SimpleGrid cols={{ base: 1, md: 3 }} mt="xs">
            {SUPPORT_LEVELS.map((level) => {
              const info = SUPPORT_LEVEL_INFO[level];
              return (
                <Radio.Card key={level} value={level} p="md" radius="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <div>
                      <Group gap={6}>
                        <Text fw={650}>{info.label}</Text>
                        {level === advice.recommended && (
                          <Badge size="xs" variant="light">
                            Advised
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed" mt={4}>
                        {info.summary}
                      </Text>
                      <Text size="sm" mt={6}>
                        <b>Consultant:</b> {info.consultantRole}
                      </Text>
                      <Text size="sm">
                        <b>District:</b> {info.districtRole}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              );
            })}
          </SimpleGrid>
        </Radio.Group>
        <Text id="level-help" size="xs" c="dimmed">
          The level changes the work: who plans, who leads, and the consultant hours behind each session.
        </Text>
        {overriding && (
          <Stack gap="xs">
            <TextareaField
              path="supportLevel.overrideReason"
              label={`Why ${SUPPORT_LEVEL_INFO[effective].label.toLowerCase()} rather than the advised ${SUPPORT_LEVEL_INFO[advice.recommended].label.toLowerCase()}?`}
              description="Kept with the plan and shown in the scope of work."
              autosize
              minRows={2}
              error={
                choice.overrideReason.trim() === '' ? 'Say why, so the choice is understood later' : undefined
              }
            />
            <div>
              <Button variant="subtle" size="compact-sm" onClick={() => choose(advice.recommended)}>
                Follow the advice instead
              </Button>
            </div>
          </Stack>
        )}
      </Section>

      <Section
        title="Stepping down over the phases"
        description="Build capacity that lasts after the contract: facilitate, then collaborate, then coach."
      >
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
      </Section>
    </StepFrame>
  );
}
