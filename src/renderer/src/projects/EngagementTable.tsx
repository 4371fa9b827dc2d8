import { Badge, Group, Loader, Mark, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { EngagementMeta } from '@shared/channels/engagement';
import { StatusBadge } from '../engagement/StatusBadge';
import { ActionsMenu, type RowActions } from './ActionsMenu';
import { lastEdited, openEngagement } from './rows';
import type { SearchHit } from './useEngagements';

function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <Text size="xs" c="dimmed" lineClamp={1}>
      {parts.map((p, i) => (p.match ? <Mark key={i}>{p.text}</Mark> : <span key={i}>{p.text}</span>))}
    </Text>
  );
}

/** Every engagement the search or the filter finds, newest first. */
export function EngagementTable({
  items,
  loading,
  ...actions
}: { items: (EngagementMeta & { snippet?: SearchHit['snippet'] })[]; loading: boolean } & RowActions) {
  if (loading && items.length === 0) return <Loader size="sm" aria-label="Loading engagements" />;
  if (items.length === 0) return null;
  return (
    <Table verticalSpacing="sm" highlightOnHover aria-label="Engagements" data-testid="engagement-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Engagement</Table.Th>
          <Table.Th>Client</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Last edited</Table.Th>
          <Table.Th w={50}>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((m) => (
          <Table.Tr key={m.id} data-testid="engagement-row">
            <Table.Td>
              <UnstyledButton onClick={() => openEngagement(m.id)}>
                <Text fw={600}>{m.name}</Text>
              </UnstyledButton>
              {m.snippet && m.snippet.length > 0 && <Snippet parts={m.snippet} />}
            </Table.Td>
            <Table.Td>
              {m.clientName || (
                <Text c="dimmed" span>
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                <StatusBadge status={m.status} sentVersion={m.sentVersion} />
                {m.archivedAt && (
                  <Badge variant="outline" color="gray">
                    archived
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{lastEdited(m.updatedAt)}</Text>
            </Table.Td>
            <Table.Td>
              <ActionsMenu meta={m} {...actions} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
