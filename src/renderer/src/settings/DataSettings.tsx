import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconFileImport, IconFolder } from '@tabler/icons-react';
import { navigate } from '../app/routing';
import { importProjectFile } from '../projects/import';
import type { BackupInfoResult, StoreStatusResult } from '@shared/channels/store';
import { api, call, errorText } from '../api';
import { createBackup, restoreBackup } from './backups';
import { BackupsTable, RestoreDialog } from './BackupsTable';

/** Back up now, import a project file, open the data folder. */
function DataActions({ onBackedUp }: { onBackedUp: () => void }) {
  return (
    <Group>
      <Button
        leftSection={<IconDatabaseExport size={16} aria-hidden />}
        onClick={() => void createBackup().then(onBackedUp)}
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
  );
}

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
    const next = await restoreBackup(backup);
    if (next) setStatus(next);
    setBusy(false);
    setConfirm(null);
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
      <DataActions onBackedUp={reload} />
      <Title order={4} size="h5">
        Backups
      </Title>
      {status && <BackupsTable backups={status.backups} onRestore={setConfirm} />}
      <RestoreDialog
        backup={confirm}
        busy={busy}
        onCancel={() => setConfirm(null)}
        onRestore={(backup) => void restore(backup)}
      />
    </Stack>
  );
}
