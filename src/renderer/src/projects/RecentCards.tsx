import { Card, Group, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { EngagementMeta } from '@shared/channels/engagement';
import { StatusBadge } from '../engagement/StatusBadge';
import { ActionsMenu, type RowActions } from './ActionsMenu';
import { lastEdited, openEngagement } from './rows';

/** The four engagements edited last, as cards above the list. */
export function RecentCards({ items, ...actions }: { items: EngagementMeta[] } & RowActions) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Recent
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} aria-label="Recent engagements" component="section">
        {items.map((m) => (
          <Card key={m.id} withBorder padding="md" data-testid="recent-card">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <UnstyledButton
                onClick={() => openEngagement(m.id)}
                style={{ minWidth: 0 }}
                aria-label={`Open ${m.name}`}
              >
                <Text fw={650} lineClamp={2}>
                  {m.name}
                </Text>
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {m.clientName || 'No client yet'}
                </Text>
              </UnstyledButton>
              <ActionsMenu meta={m} {...actions} />
            </Group>
            <Group justify="space-between" mt="sm">
              <StatusBadge status={m.status} sentVersion={m.sentVersion} />
              <Text size="xs" c="dimmed">
                {lastEdited(m.updatedAt)}
              </Text>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
