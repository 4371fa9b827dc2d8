import { newId } from '../../ids';
import { Badge, Grid, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type InventoryItem, type InventoryKind, type InventoryLevel } from '../../../../shared/domain';
import { ListEditor } from '../../components/ListEditor';
import { useEngagementForm } from '../context';
import { useInput } from '../fields';
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

export function InventoryStep() {
  const form = useEngagementForm();
  const input = useInput();
  const items = form.values.inventory;

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
          actions={<Badge variant="light">{items.filter((i) => i.level === level).length}</Badge>}
        >
          <ListEditor<InventoryItem>
            path="inventory"
            items={items}
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
                    <TextInput
                      label="What it is"
                      placeholder="e.g. Weekly grade-level PLCs"
                      {...input(`${base}.name`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 3 }}>
                    <Select
                      label="Kind"
                      data={KIND_OPTIONS}
                      allowDeselect={false}
                      {...input(`${base}.kind`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, md: 4 }}>
                    <Text size="sm" fw={500} mb={4} id={`${base}-status`}>
                      Status
                    </Text>
                    <SegmentedControl
                      aria-labelledby={`${base}-status`}
                      size="xs"
                      data={[
                        { value: 'working', label: 'Working' },
                        { value: 'showing_promise', label: 'Showing promise' },
                      ]}
                      {...input(`${base}.status`)}
                    />
                  </Grid.Col>
                </Grid>
                <Textarea
                  label="Evidence"
                  placeholder="What shows it works: walkthrough data, survey results, outcomes"
                  autosize
                  minRows={1}
                  {...input(`${base}.evidence`)}
                />
              </Stack>
            )}
          />
        </Section>
      ))}
    </StepFrame>
  );
}
