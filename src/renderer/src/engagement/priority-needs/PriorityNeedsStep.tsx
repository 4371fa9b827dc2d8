import { newId } from '../../ids';
import { Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PriorityNeed } from '@shared/domain';
import { ListEditor } from '../ListEditor';
import { useWorkspace } from '../context';
import { NumberField, SegmentedField, TextareaField, TextField } from '../fields';
import { Section, StepFrame } from '../StepFrame';
import { num } from '../labels';

export function PriorityNeedsStep() {
  const { draft } = useWorkspace();
  const nextRank = () => draft.getValues().needs.reduce((max, n) => Math.max(max, num(n.rank)), 0) + 1;

  return (
    <StepFrame>
      <Section
        title="Needs, from evidence"
        description="What current results show students and educators need. Rank 1 is the highest priority; plan lines say which needs they serve."
      >
        <ListEditor<PriorityNeed>
          path="needs"
          noun="need"
          itemName={(n) => n.statement}
          empty="No needs recorded yet. Start with what the district’s data says: a measure, where it is now and where they want it."
          newItem={() => ({
            id: newId(),
            statement: '',
            learners: 'students',
            evidence: { source: '', measure: '', baseline: '', target: '' },
            rank: nextRank(),
          })}
          renderItem={(_n, _i, base) => (
            <Stack gap="sm">
              <Grid>
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <TextareaField
                    path={`${base}.statement`}
                    label="Need"
                    placeholder="e.g. Grade 3–5 students read below grade level in informational text"
                    autosize
                    minRows={1}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 2 }}>
                  <NumberField path={`${base}.rank`} label="Rank" min={1} allowDecimal={false} />
                </Grid.Col>
                <Grid.Col span={{ base: 6, md: 2 }}>
                  <Text size="sm" fw={500} mb={4} id={`${base}-learners`}>
                    Whose learning
                  </Text>
                  <SegmentedField
                    path={`${base}.learners`}
                    aria-labelledby={`${base}-learners`}
                    size="xs"
                    data={[
                      { value: 'students', label: 'Students' },
                      { value: 'educators', label: 'Educators' },
                    ]}
                  />
                </Grid.Col>
              </Grid>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
                <TextField
                  path={`${base}.evidence.source`}
                  label="Data source"
                  placeholder="e.g. State assessment 2024"
                />
                <TextField
                  path={`${base}.evidence.measure`}
                  label="Measure"
                  placeholder="e.g. % meeting grade level"
                />
                <TextField path={`${base}.evidence.baseline`} label="Baseline" placeholder="e.g. 41%" />
                <TextField
                  path={`${base}.evidence.target`}
                  label="Target"
                  placeholder="e.g. 55% by spring 2026"
                />
              </SimpleGrid>
            </Stack>
          )}
        />
      </Section>
    </StepFrame>
  );
}
