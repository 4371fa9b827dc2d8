import { basename } from 'node:path';
import type { Handlers } from '../../shared/api';
import type { projectFileChannels } from '../../shared/channels/files';
import type { Desktop } from '../desktop';
import { writeFileAtomic } from '../files/atomic';
import { readPlainFile } from '../files/read';
import { decodeProjectFile } from '../store/json-budget';
import { MAX_PROJECT_FILE_BYTES } from '../store/project-file';
import type { StoreAccess } from './store-access';

const PROJECT_FILTERS = [{ name: 'Northstar Scope project', extensions: ['json'] }];

export function projectFileHandlers(
  store: StoreAccess,
  desktop: Desktop,
): Pick<Handlers, keyof typeof projectFileChannels> {
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
      const text = decodeProjectFile(await readPlainFile(path, MAX_PROJECT_FILE_BYTES, 'project file'));
      return { cancelled: false as const, fileName: basename(path), ...store().importProjectFile(text) };
    },
  };
}
