import { notifications } from '@mantine/notifications';
import { api, call, errorText } from '../../api';

/** Saves what is on screen, then writes the engagement and its versions as one file where the person picks. */
export async function saveProjectFile(engagementId: string, flush: () => Promise<void>): Promise<void> {
  const id = `project-file-${engagementId}`;
  try {
    await flush();
    notifications.show({
      id,
      loading: true,
      message: 'Writing the project file…',
      autoClose: false,
      withCloseButton: false,
    });
    const result = await call(api.project.saveToFile({ engagementId }));
    if (result.cancelled) notifications.hide(id);
    else
      notifications.update({
        id,
        loading: false,
        color: 'teal',
        title: 'Project file saved',
        message: result.fileName,
        autoClose: 4000,
        withCloseButton: true,
      });
  } catch (error) {
    notifications.update({
      id,
      loading: false,
      color: 'red',
      title: 'The project file was not saved',
      message: errorText(error),
      autoClose: false,
      withCloseButton: true,
    });
  }
}
