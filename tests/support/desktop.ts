import { join } from 'node:path';
import type { Desktop } from '../../src/main/desktop';

/**
 * A scripted desktop for tests and the E2E harness: save dialogs answer a path in `dir`
 * (or cancel when told to), open dialogs answer the next queued path, and what the app asks
 * the OS shell to open is recorded.
 */
export interface ScriptedDesktop extends Desktop {
  opened: string[];
  shown: string[];
  external: string[];
  saveAnswers: (string | null)[];
  openAnswers: (string | null)[];
  /** Questions asked with confirm, and the answers to give (yes when none is queued). */
  confirms: { title: string; message: string; detail: string }[];
  confirmAnswers: boolean[];
  folderAnswers: (string | null)[];
}

export function scriptedDesktop(dir: string): ScriptedDesktop {
  const desktop: ScriptedDesktop = {
    opened: [],
    shown: [],
    external: [],
    saveAnswers: [],
    openAnswers: [],
    confirms: [],
    confirmAnswers: [],
    folderAnswers: [],
    chooseFolder: () => Promise.resolve(desktop.folderAnswers.shift() ?? null),
    chooseSavePath: ({ defaultFileName }) => {
      const next = desktop.saveAnswers.length > 0 ? desktop.saveAnswers.shift() : join(dir, defaultFileName);
      return Promise.resolve(next ?? null);
    },
    chooseOpenPath: () => Promise.resolve(desktop.openAnswers.shift() ?? null),
    openPath: (path) => {
      desktop.opened.push(path);
      return Promise.resolve();
    },
    showItemInFolder: (path) => {
      desktop.shown.push(path);
    },
    openExternal: (url) => {
      desktop.external.push(url);
      return Promise.resolve();
    },
    confirm: ({ title, message, detail }) => {
      desktop.confirms.push({ title, message, detail });
      return Promise.resolve(desktop.confirmAnswers.shift() ?? true);
    },
  };
  return desktop;
}
