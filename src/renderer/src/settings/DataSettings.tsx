import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFileImport, IconFolder, IconRestore } from '@tabler/icons-react';
import { navigate } from '../app/routing';
import { importProjectFile } from '../projects/import';
import type { BackupInfoResult, StoreStatusResult } from '../../../shared/channels/store';
import { api, call, errorText } from '../api';
import { backupSize, createBackup } from './backups';

const REASONS: Record<BackupInfoResult['reason'], string> = {
  scheduled: 'Scheduled',
  manual: 'By hand',
  'before-migration': 'Before an upgrade',
  'before-restore': 'Before a restore',
};

/** Backups, restore, and where the data lives. */
export function DataSettings() {
  const [status, setStatus] = useState<StoreStatusResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<BackupInfoResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [token, setToken] = useState(0);
  const reload = useCallback(() => setToken((t) => t + 1), []);

  useEffect(() => {
    call(api.store.status()).then(setStatus, (e: unknown) => setError(errorText(e)));
  }, [token]);

  const restore = async (backup: BackupInfoResult) => {
    setBusy(true);
    const id = 'backup-restore';
    notifications.show({
      id,
      loading: true,
      message: `Restoring ${backup.name}…`,
      autoClose: false,
      withCloseButton: false,
    });
    try {
      const next = await call(api.backup.restore({ name: backup.name }));
      setStatus(next);
      notifications.update({
        id,
        loading: false,
        color: 'teal',
        title: 'Restored',
        message: 'The database now holds the backup; the previous state was backed up first.',
        autoClose: 5000,
        withCloseButton: true,
      });
    } catch (e) {
      notifications.update({
        id,
        loading: false,
        color: 'red',
        title: 'The restore failed',
        message: errorText(e),
        autoClose: false,
        withCloseButton: true,
      });
    } finally {
      setBusy(false);
      setConfirm(null);
    }
  };

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        Your data
      </Title>
      {error && <Alert color="red">{error}</Alert>}
      {status && (
        <Text size="sm">
          Engagements are kept in <Code>{status.dbPath}</Code>. Saves are automatic; backups are taken on a
          schedule and before upgrades.
        </Text>
      )}
      <Group>
        <Button
          leftSection={<IconDatabaseExport size={16} aria-hidden />}
          onClick={() => void createBackup().then(reload)}
        >
          Back up now
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
          onClick={() =>
            void importProjectFile((id) => navigate({ screen: 'engagement', id, step: 'client-profile' }))
          }
        >
          Import a project file…
        </Button>
        <Button
          variant="default"
          leftSection={<IconFolder size={16} aria-hidden />}
          onClick={() => void call(api.app.openDataFolder())}
        >
          Show the data folder
        </Button>
      </Group>
      <Title order={4} size="h5">
        Backups
      </Title>
      {status && status.backups.length === 0 && <Text c="dimmed">No backups yet.</Text>}
      {status && status.backups.length > 0 && (
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
            {[...status.backups]
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
                      onClick={() => setConfirm(b)}
                    >
                      Restore…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={confirm !== null} onClose={() => setConfirm(null)} title="Restore this backup?">
        <Text size="sm">
          Every engagement goes back to how it was at{' '}
          {confirm ? new Date(confirm.createdAt).toLocaleString() : ''}. The database as it is now is backed
          up first, so this can be undone by restoring that backup.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirm(null)}>
            Cancel
          </Button>
          <Button color="orange" loading={busy} onClick={() => confirm && void restore(confirm)}>
            Restore
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
