import { notifications } from '@mantine/notifications';
import type { BackupInfoResult, StoreStatusResult } from '@shared/channels/store';
import { api, call, errorText } from '../api';

function size(bytes: number): string {
  return bytes > 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** Backs up the database now, with progress and the outcome as a notification. */
export async function createBackup(): Promise<boolean> {
  const id = 'backup-create';
  notifications.show({
    id,
    loading: true,
    message: 'Backing up the database…',
    autoClose: false,
    withCloseButton: false,
  });
  try {
    const backup = await call(api.backup.create());
    notifications.update({
      id,
      loading: false,
      color: 'teal',
      title: 'Backed up',
      message: `${backup.name} (${size(backup.sizeBytes)})`,
      autoClose: 4000,
      withCloseButton: true,
    });
    return true;
  } catch (error) {
    notifications.update({
      id,
      loading: false,
      color: 'red',
      title: 'The backup failed',
      message: errorText(error),
      autoClose: false,
      withCloseButton: true,
    });
    return false;
  }
}

/**
 * Puts a backup in place of the database (main backs up the current one first), with progress
 * and the outcome as a notification. Answers the store's new status, or null if it failed.
 */
export async function restoreBackup(backup: BackupInfoResult): Promise<StoreStatusResult | null> {
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
    notifications.update({
      id,
      loading: false,
      color: 'teal',
      title: 'Restored',
      message: 'The database now holds the backup; the previous state was backed up first.',
      autoClose: 5000,
      withCloseButton: true,
    });
    return next;
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
    return null;
  }
}

export { size as backupSize };
