import { newId } from '../../ids';
import {
  Grid,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { PriorityNeed } from '../../../../shared/domain';
import { ListEditor } from '../../components/ListEditor';
import { useEngagementForm } from '../context';
import { useInput } from '../fields';
import { Section, StepFrame } from '../StepFrame';
import { num } from '../labels';

export function PriorityNeedsStep() {
  const form = useEngagementForm();
  const input = useInput();
  const needs = form.values.needs;
  const nextRank = needs.reduce((max, n) => Math.max(max, num(n.rank)), 0) + 1;

  return (
    <StepFrame>
      <Section
        title="Needs, from evidence"
        description="What current results show students and educators need. Rank 1 is the highest priority; plan lines say which needs they serve."
      >
        <ListEditor<PriorityNeed>
          path="needs"
          items={needs}
          noun="need"
          itemName={(n) => n.statement}
          empty="No needs recorded yet. Start with what the district’s data says: a measure, where it is now and where they want it."
          newItem={() => ({
            id: newId(),
            statement: '',
            learners: 'students',
            evidence: { source: '', measure: '', baseline: '', target: '' },
            rank: nextRank,
          })}
          renderItem={(_n, _i, base) => (
            <Stack gap="sm">
              <Grid>
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <Textarea
                    label="Need"
                    placeholder="e.g. Grade 3–5 students read below grade level in informational text"
                    autosize
                    minRows={1}
                    {...input(`${base}.statement`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 2 }}>
                  <NumberInput label="Rank" min={1} allowDecimal={false} {...input(`${base}.rank`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 2 }}>
                  <Text size="sm" fw={500} mb={4} id={`${base}-learners`}>
                    Whose learning
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`${base}-learners`}
                    size="xs"
                    data={[
                      { value: 'students', label: 'Students' },
                      { value: 'educators', label: 'Educators' },
                    ]}
                    {...input(`${base}.learners`)}
                  />
                </Grid.Col>
              </Grid>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
                <TextInput
                  label="Data source"
                  placeholder="e.g. State assessment 2024"
                  {...input(`${base}.evidence.source`)}
                />
                <TextInput
                  label="Measure"
                  placeholder="e.g. % meeting grade level"
                  {...input(`${base}.evidence.measure`)}
                />
                <TextInput label="Baseline" placeholder="e.g. 41%" {...input(`${base}.evidence.baseline`)} />
                <TextInput
                  label="Target"
                  placeholder="e.g. 55% by spring 2026"
                  {...input(`${base}.evidence.target`)}
                />
              </SimpleGrid>
            </Stack>
          )}
        />
      </Section>
    </StepFrame>
  );
}
