import { Button, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileTypePdf } from '@tabler/icons-react';
import { shortcutText } from '../app/shortcuts';
import { SaveIndicator } from './SaveIndicator';
import { useDraftSelect, useWorkspace } from './context';
import { StatusBadge } from './StatusBadge';

/** The engagement's name, client and status, the Export button and the save indicator. */
export function EngagementHeader({
  sentVersion,
  onReload,
  onKeepMine,
}: {
  /** The newest version exported, if any. */
  sentVersion: number | null;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { openExport } = useWorkspace();
  const name = useDraftSelect((e) => e.name);
  const client = useDraftSelect((e) => e.client.name);
  const status = useDraftSelect((e) => e.status);
  const title = name.trim() || 'Untitled engagement';
  useDocumentTitle(`${title} — Northstar Scope`);
  return (
    <Paper
      withBorder
      px="md"
      py="xs"
      mb="lg"
      style={{ position: 'sticky', top: 'var(--app-shell-header-height)', zIndex: 5 }}
      shadow="xs"
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={700} truncate="end" data-testid="engagement-title">
              {title}
            </Text>
            <StatusBadge status={status} sentVersion={sentVersion} />
          </Group>
          <Text size="sm" c="dimmed" truncate="end">
            {client.trim() || 'No client named yet'}
          </Text>
        </div>
        <Tooltip label={`Export the scope of work (${shortcutText('export')})`}>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={openExport}
          >
            Export PDF
          </Button>
        </Tooltip>
        <SaveIndicator onReload={onReload} onKeepMine={onKeepMine} />
      </Group>
    </Paper>
  );
}
