import { newId } from '../../ids';
import { Badge, Grid, Stack, Text } from '@mantine/core';
import { type InventoryItem, type InventoryKind, type InventoryLevel } from '@shared/domain';
import { ListEditor } from '../ListEditor';
import { useDraftSelect } from '../context';
import { SegmentedField, SelectField, TextareaField, TextField } from '../fields';
import { Section, StepFrame } from '../StepFrame';

export const LEVEL_INFO: Record<InventoryLevel, { title: string; description: string }> = {
  system: { title: 'System', description: 'District-wide goals, initiatives and structures.' },
  campus: { title: 'Campus', description: 'What campuses run: PLCs, coaching models, data teams, PD days.' },
  individual: {
    title: 'Individual',
    description: 'Practices and resources individual educators already use well.',
  },
};

export const KIND_LABELS: Record<InventoryKind, string> = {
  strategic_goal: 'Strategic goal',
  initiative: 'Initiative',
  structure: 'Structure',
  practice: 'Practice',
  resource: 'Resource',
};
const KIND_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

const LEVELS: readonly InventoryLevel[] = ['system', 'campus', 'individual'];

function LevelCount({ level }: { level: InventoryLevel }) {
  const count = useDraftSelect((e) => e.inventory.filter((i) => i.level === level).length);
  return <Badge variant="light">{count}</Badge>;
}

export function InventoryStep() {
  return (
    <StepFrame>
      <Text>
        “We are not going to suggest they start over.” Record what is already in place so plan lines can build
        on it.
      </Text>
      {LEVELS.map((level) => (
        <Section
          key={level}
          title={LEVEL_INFO[level].title}
          description={LEVEL_INFO[level].description}
          actions={<LevelCount level={level} />}
        >
          <ListEditor<InventoryItem>
            path="inventory"
            filter={(i) => i.level === level}
            noun={`${LEVEL_INFO[level].title.toLowerCase()} item`}
            itemName={(i) => i.name}
            empty={`Nothing at the ${level} level yet.`}
            newItem={() => ({
              id: newId(),
              name: '',
              level,
              kind: level === 'individual' ? 'practice' : level === 'campus' ? 'structure' : 'initiative',
              evidence: '',
              status: 'working',
              notes: '',
            })}
            renderItem={(_item, _i, base) => (
              <Stack gap="sm">
                <Grid>
                  <Grid.Col span={{ base: 12, md: 5 }}>
                    <TextField
                      path={`${base}.name`}
                      label="What it is"
                      placeholder="e.g. Weekly grade-level PLCs"
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <SelectField
                      path={`${base}.kind`}
                      label="Kind"
                      data={KIND_OPTIONS}
                      allowDeselect={false}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 4 }}>
                    <Text size="sm" fw={500} mb={4} id={`${base}-status`}>
                      Status
                    </Text>
                    <SegmentedField
                      path={`${base}.status`}
                      aria-labelledby={`${base}-status`}
                      size="xs"
                      data={[
                        { value: 'working', label: 'Working' },
                        { value: 'showing_promise', label: 'Showing promise' },
                      ]}
                    />
                  </Grid.Col>
                </Grid>
                <TextareaField
                  path={`${base}.evidence`}
                  label="Evidence"
                  placeholder="What shows it works: walkthrough data, survey results, outcomes"
                  autosize
                  minRows={1}
                />
              </Stack>
            )}
          />
        </Section>
      ))}
    </StepFrame>
  );
}
