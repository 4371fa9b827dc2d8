import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Handlers } from '../../shared/api';
import type { projectFileChannels } from '../../shared/channels/files';
import { AppError } from '../../shared/errors';
import type { Desktop } from '../desktop';
import { MAX_PROJECT_FILE_BYTES } from '../store/project-file';
import type { StoreAccess } from './store-access';

const PROJECT_FILTERS = [{ name: 'Northstar Scope project', extensions: ['json'] }];

/** Writes through a temporary file so a crash never leaves half a project file behind. */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, path);
}

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
      await writeFileAtomically(path, file.content);
      return { cancelled: false as const, fileName: basename(path) };
    },
    'project:openFromFile': async () => {
      const path = await desktop.chooseOpenPath({ title: 'Import project file', filters: PROJECT_FILTERS });
      if (!path) return { cancelled: true as const };
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) throw new AppError('not_found', `${basename(path)} could not be read.`);
      // Refuse before reading: a huge file should not be pulled into memory just to be rejected.
      if (info.size > MAX_PROJECT_FILE_BYTES) {
        throw new AppError(
          'invalid_input',
          `${basename(path)} is ${(info.size / 1024 / 1024).toFixed(1)} MB; project files larger than ${
            MAX_PROJECT_FILE_BYTES / 1024 / 1024
          } MB are refused.`,
        );
      }
      const text = await readFile(path, 'utf8');
      return { cancelled: false as const, fileName: basename(path), ...store().importProjectFile(text) };
    },
  };
}
