import { basename } from 'node:path';
import type { Handlers } from '@shared/api';
import type { projectFileChannels } from '@shared/channels/files';
import { writeFileAtomic } from '../files/atomic';
import type { HandlerContext } from './context';

const PROJECT_FILTERS = [{ name: 'Northstar Scope project', extensions: ['json'] }];

/** Project files through the native save and open dialogs: main picks and reads the path. */
export function projectFileHandlers({
  store,
  desktop,
}: HandlerContext): Pick<Handlers, keyof typeof projectFileChannels> {
  return {
    'project:saveToFile': async ({ engagementId }) => {
      const file = store().exportProjectFile(engagementId);
      const path = await desktop.chooseSavePath({
        title: 'Export project file',
        defaultFileName: file.fileName,
        filters: PROJECT_FILTERS,
      });
      if (!path) return { cancelled: true as const };
      await writeFileAtomic(path, file.content);
      return { cancelled: false as const, fileName: basename(path) };
    },
    'project:openFromFile': async () => {
      const path = await desktop.chooseOpenPath({ title: 'Import project file', filters: PROJECT_FILTERS });
      if (!path) return { cancelled: true as const };
      const imported = await store().importProjectFileAt(path);
      return { cancelled: false as const, fileName: basename(path), ...imported };
    },
  };
}
