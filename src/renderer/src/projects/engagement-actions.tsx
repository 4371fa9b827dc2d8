import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EngagementMeta } from '../../../shared/channels/engagement';
import { api, call, errorText } from '../api';

function failed(title: string, error: unknown) {
  notifications.show({ color: 'red', title, message: errorText(error), autoClose: false });
}

export async function duplicateEngagement(meta: EngagementMeta, done: (id: string) => void): Promise<void> {
  try {
    const copy = await call(api.engagement.duplicate({ id: meta.id }));
    notifications.show({ color: 'teal', message: `Duplicated as “${copy.meta.name}”` });
    done(copy.engagement.id);
  } catch (error) {
    failed('Could not duplicate', error);
  }
}

export async function setArchived(meta: EngagementMeta, archived: boolean, done: () => void): Promise<void> {
  try {
    await call(api.engagement.archive({ id: meta.id, archived }));
    done();
    const id = `archive-${meta.id}`;
    notifications.show({
      id,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            {archived ? 'Archived' : 'Restored from the archive'} “{meta.name}”
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              void call(api.engagement.archive({ id: meta.id, archived: !archived })).then(
                done,
                (e: unknown) => failed('Could not undo', e),
              );
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  } catch (error) {
    failed(archived ? 'Could not archive' : 'Could not unarchive', error);
  }
}

/** Deleting is a soft delete: the notification's Undo restores it until it is purged. */
export async function deleteEngagement(meta: EngagementMeta, done: () => void): Promise<void> {
  try {
    await call(api.engagement.delete({ id: meta.id }));
    done();
    const id = `delete-${meta.id}`;
    notifications.show({
      id,
      autoClose: 10_000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Deleted “{meta.name}”</Text>
          <Button
            size="compact-sm"
            variant="light"
            data-testid="undo-delete"
            onClick={() => {
              notifications.hide(id);
              void call(api.engagement.restore({ id: meta.id })).then(
                () => {
                  done();
                  notifications.show({ color: 'teal', message: `Restored “${meta.name}”` });
                },
                (e: unknown) => failed('Could not restore', e),
              );
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  } catch (error) {
    failed('Could not delete', error);
  }
}
