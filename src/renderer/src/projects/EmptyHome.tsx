import { Button, EmptyState, Group, List, Text } from '@mantine/core';
import { IconFolderOpen, IconPlus } from '@tabler/icons-react';
import { Keys } from '../app/Keys';
import { importProjectFile } from './import';
import { openEngagement } from './rows';

/** The home before the first engagement: what the flow is, and three ways to start. */
export function EmptyHome({ onNew, onSample }: { onNew: () => void; onSample: () => void }) {
  return (
    <EmptyState
      mt="xl"
      icon={<IconFolderOpen size={28} aria-hidden />}
      title="Start your first engagement"
      description="Open one when the meeting starts: type what the district says as they say it, and it is saved as you go."
      data-testid="empty-home"
    >
      <List type="ordered" spacing={6} size="sm" ta="left" maw={520} mx="auto" my="md">
        <List.Item>
          <b>Client profile and priority needs</b>: who they are and what their data shows.
        </List.Item>
        <List.Item>
          <b>What already works, drivers and expertise</b>: where the work starts, and the support level that
          fits.
        </List.Item>
        <List.Item>
          <b>North star, budget and sizing</b>: the ideal plan, what the money funds first, and the scope of
          work as a PDF.
        </List.Item>
      </List>
      <Group justify="center">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
          New engagement
        </Button>
        <Button variant="default" onClick={onSample}>
          Explore a sample
        </Button>
        <Button variant="subtle" onClick={() => void importProjectFile(openEngagement)}>
          Import a project file
        </Button>
      </Group>
      <Group gap={6} justify="center" mt="md">
        <Keys hotkey="mod+N" />
        <Text size="xs" c="dimmed">
          starts a new engagement from anywhere;
        </Text>
        <Keys hotkey="shift+?" />
        <Text size="xs" c="dimmed">
          lists every shortcut.
        </Text>
      </Group>
    </EmptyState>
  );
}
