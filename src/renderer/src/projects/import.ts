import { notifications } from '@mantine/notifications';
import { api, call, errorText } from '../api';
import { plural } from '@shared/words';

/** Picks a project file with the native dialog, imports it whole or not at all, and opens it. */
export async function importProjectFile(open: (id: string) => void): Promise<void> {
  const id = 'project-import';
  try {
    notifications.show({
      id,
      loading: true,
      message: 'Choose a project file to import…',
      autoClose: false,
      withCloseButton: false,
    });
    const result = await call(api.project.openFromFile());
    if (result.cancelled) {
      notifications.hide(id);
      return;
    }
    notifications.update({
      id,
      loading: false,
      color: 'teal',
      title: `Imported “${result.engagement.name}”`,
      message: `${plural(result.revisionCount, 'version', 'versions')} came with it${result.idChanged ? '; it was given a new id because one like it already exists' : ''}.`,
      autoClose: 5000,
      withCloseButton: true,
    });
    open(result.engagement.id);
  } catch (error) {
    notifications.update({
      id,
      loading: false,
      color: 'red',
      title: 'The file was not imported',
      message: errorText(error),
      autoClose: false,
      withCloseButton: true,
    });
  }
}
