import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { BackupInfoResult } from '@shared/channels/store';
import { backupSize } from './backups';

const REASONS: Record<BackupInfoResult['reason'], string> = {
  scheduled: 'Scheduled',
  manual: 'By hand',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
};

/** The backups, newest first, each with Restore…. */
export function BackupsTable({
  backups,
  onRestore,
}: {
  backups: readonly BackupInfoResult[];
  onRestore: (backup: BackupInfoResult) => void;
}) {
  if (backups.length === 0) return <Text c="dimmed">No backups yet.</Text>;
  return (
    <Table verticalSpacing="xs" aria-label="Backups">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Taken</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>Size</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...backups]
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((b) => (
            <Table.Tr key={b.name}>
              <Table.Td>
                {new Date(b.createdAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
              </Table.Td>
              <Table.Td>{REASONS[b.reason]}</Table.Td>
              <Table.Td>{backupSize(b.sizeBytes)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconRestore size={14} aria-hidden />}
                  onClick={() => onRestore(b)}
                >
                  Restore…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

/** Restoring replaces every engagement: asked once more, saying what happens to the data now. */
export function RestoreDialog({
  backup,
  busy,
  onCancel,
  onRestore,
}: {
  backup: BackupInfoResult | null;
  busy: boolean;
  onCancel: () => void;
  onRestore: (backup: BackupInfoResult) => void;
}) {
  return (
    <Modal opened={backup !== null} onClose={onCancel} title="Restore this backup?">
      <Text size="sm">
        Every engagement goes back to how it was at{' '}
        {backup ? new Date(backup.createdAt).toLocaleString() : ''}. The database as it is now is backed up
        first, so this can be undone by restoring that backup.
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button color="orange" loading={busy} onClick={() => backup && onRestore(backup)}>
          Restore
        </Button>
      </Group>
    </Modal>
  );
}
