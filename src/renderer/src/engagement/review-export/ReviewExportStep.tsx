import { Button, Group, Paper, SegmentedControl, SimpleGrid, Table, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { SUPPORT_LEVEL_INFO, type EngagementStatus } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import { formatRange } from '../../dates';
import { useDraftSelect, useReading, useValid, useWorkspace } from '../context';
import { Section, StepFrame } from '../StepFrame';
import { ExportPanel } from './ExportPanel';
import { ENGAGEMENT_STATUS_OPTIONS, statusText } from '../status';
import { ScopeOfWorkDetails } from './sow/ScopeOfWorkDetails';
import { useStandardTerms } from './sow/useStandardTerms';
import { saveProjectFile } from './project-file';
import { WhatChanged } from './WhatChanged';
import type { Revisions } from './useRevisions';
import { useRevisionsContext } from './revisions-context';
import { plural } from '../../../../shared/words';

function History({ revisions }: { revisions: Revisions }) {
  if (revisions.error) return <Text c="red.8">{revisions.error}</Text>;
  if (revisions.list.length === 0) return <Text c="dimmed">No versions exported yet.</Text>;
  return (
    <Table verticalSpacing="xs" aria-label="Exported versions" data-testid="revisions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Version</Table.Th>
          <Table.Th>Exported</Table.Th>
          <Table.Th>Note</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {revisions.list.map((r) => (
          <Table.Tr key={r.number}>
            <Table.Td>{r.number}</Table.Td>
            <Table.Td>
              {new Date(r.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
            </Table.Td>
            <Table.Td>
              {r.note || (
                <Text c="dimmed" span size="sm">
                  No note
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ReviewExportStep() {
  const { draft, autosave } = useWorkspace();
  const reading = useReading();
  const engagement = useValid();
  const status = useDraftSelect((e) => e.status);
  const revisions = useRevisionsContext();
  const { sizing, advice } = reading;
  const { terms } = useStandardTerms();
  const money = (c: number) => formatMoney(c, sizing.currency);

  return (
    <StepFrame>
      <Section title="Where this stands">
        <Group gap="md">
          <Text size="sm" fw={500} id="status-label">
            Status
          </Text>
          <SegmentedControl<EngagementStatus>
            aria-labelledby="status-label"
            data={ENGAGEMENT_STATUS_OPTIONS}
            value={status}
            onChange={(v) => draft.set('status', v)}
          />
          {revisions.list[0] && (
            <Text size="sm" c="dimmed" data-testid="review-status">
              {statusText(status, revisions.list[0].number)}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Paper withBorder p="sm">
            <Text size="sm" c="dimmed">
              Funded phase
            </Text>
            <Text fw={700}>{money(sizing.funded.totalCents)}</Text>
            <Text size="xs" c="dimmed">
              {plural(sizing.funded.lines, 'line', 'lines')}
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="sm" c="dimmed">
              North star
            </Text>
            <Text fw={700}>{money(sizing.northStar.subtotalCents)}</Text>
            <Text size="xs" c="dimmed">
              {sizing.coverage.cost.percent ?? 0}% funded now
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="sm" c="dimmed">
              Support level
            </Text>
            <Text fw={700}>{SUPPORT_LEVEL_INFO[advice.effective].label}</Text>
            <Text size="xs" c="dimmed">
              {advice.overridden ? 'Chosen over the advice' : 'As advised'}
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <Text size="sm" c="dimmed">
              Window
            </Text>
            <Text fw={700}>{formatRange(engagement.timeline.start, engagement.timeline.end)}</Text>
          </Paper>
        </SimpleGrid>
      </Section>

      <Section
        title={revisions.list[0] ? `What changed since version ${revisions.list[0].number}` : 'What changed'}
      >
        <WhatChanged revisions={revisions} />
      </Section>

      <Section
        title="Scope of work details"
        description="What a district's procurement office checks before it signs: dates, funding, invoices, terms, deliverables and commitments."
      >
        <ScopeOfWorkDetails terms={terms} />
      </Section>

      <Section
        title="Export the scope of work"
        description="The PDF is frozen as a numbered version, so the next one can show what changed."
      >
        <ExportPanel revisions={revisions} />
      </Section>

      <Section title="Versions">
        <History revisions={revisions} />
      </Section>

      <Section
        title="Project file"
        description="Move this engagement to another computer as a single file, versions included."
      >
        <Group>
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={() => void saveProjectFile(engagement.id, () => autosave.flush())}
          >
            Save project file…
          </Button>
        </Group>
      </Section>
    </StepFrame>
  );
}
