import { Button, Group, SegmentedControl, SimpleGrid, Table, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { SUPPORT_LEVEL_INFO, type EngagementStatus } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { formatRange } from '../../dates';
import { useDraftSelect, useReading, useValid, useWorkspace } from '../context';
import { Figure } from '../Figure';
import { Section, StepFrame } from '../StepFrame';
import { ExportPanel } from './ExportPanel';
import { ENGAGEMENT_STATUS_OPTIONS, statusText } from '../status';
import { ScopeOfWorkDetails } from './sow/ScopeOfWorkDetails';
import { useStandardTerms } from './sow/useStandardTerms';
import { saveProjectFile } from './project-file';
import { WhatChanged } from './WhatChanged';
import type { Revisions } from './useRevisions';
import { useRevisionsContext } from './revisions-context';
import { plural } from '@shared/words';

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

/** The engagement's status, and what it means for the version last sent. */
function StatusChoice({ sentVersion }: { sentVersion: number | undefined }) {
  const { draft } = useWorkspace();
  const status = useDraftSelect((e) => e.status);
  return (
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
      {sentVersion !== undefined && (
        <Text size="sm" c="dimmed" data-testid="review-status">
          {statusText(status, sentVersion)}
        </Text>
      )}
    </Group>
  );
}

/** The funded phase, the north star, the support level and the window, at a glance. */
function Standing() {
  const { sizing, advice } = useReading();
  const engagement = useValid();
  const money = (c: number) => formatMoney(c, sizing.currency);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <Figure
        compact
        label="Funded phase"
        value={money(sizing.funded.totalCents)}
        detail={plural(sizing.funded.lines, 'line', 'lines')}
      />
      <Figure
        compact
        label="North star"
        value={money(sizing.northStar.subtotalCents)}
        detail={`${sizing.coverage.cost.percent ?? 0}% funded now`}
      />
      <Figure
        compact
        label="Support level"
        value={SUPPORT_LEVEL_INFO[advice.effective].label}
        detail={advice.overridden ? 'Chosen over the advice' : 'As advised'}
      />
      <Figure
        compact
        label="Window"
        value={formatRange(engagement.timeline.start, engagement.timeline.end)}
      />
    </SimpleGrid>
  );
}

/** The engagement as one file, versions included, saved once what is typed is stored. */
function ProjectFile() {
  const { autosave } = useWorkspace();
  const engagementId = useValid().id;
  return (
    <Group>
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} aria-hidden />}
        onClick={() => void saveProjectFile(engagementId, () => autosave.flush())}
      >
        Save project file…
      </Button>
    </Group>
  );
}

export function ReviewExportStep() {
  const revisions = useRevisionsContext();
  const { terms } = useStandardTerms();
  const sent = revisions.list[0];

  return (
    <StepFrame>
      <Section title="Where this stands">
        <StatusChoice sentVersion={sent?.number} />
        <Standing />
      </Section>

      <Section title={sent ? `What changed since version ${sent.number}` : 'What changed'}>
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
        <ProjectFile />
      </Section>
    </StepFrame>
  );
}
