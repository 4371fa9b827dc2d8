import { notifications } from '@mantine/notifications';
import type { EngagementMeta } from '@shared/channels/engagement';
import { api, call, errorText } from '../api';
import { showUndo } from '../components/undo';

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
    showUndo({
      id: `archive-${meta.id}`,
      message: `${archived ? 'Archived' : 'Restored from the archive'} “${meta.name}”`,
      onUndo: () =>
        void call(api.engagement.archive({ id: meta.id, archived: !archived })).then(done, (e: unknown) =>
          failed('Could not undo', e),
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
    showUndo({
      id: `delete-${meta.id}`,
      message: `Deleted “${meta.name}”`,
      autoClose: 10_000,
      testId: 'undo-delete',
      onUndo: () =>
        void call(api.engagement.restore({ id: meta.id })).then(
          () => {
            done();
            notifications.show({ color: 'teal', message: `Restored “${meta.name}”` });
          },
          (e: unknown) => failed('Could not restore', e),
        ),
    });
  } catch (error) {
    failed('Could not delete', error);
  }
}
