import { BrowserWindow, dialog, shell } from 'electron';
import type { Desktop } from './desktop';

/** The desktop port over Electron's native dialogs and shell. */
export function electronDesktop(): Desktop {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async chooseSavePath({ title, defaultFileName, filters }) {
      const window = parent();
      const options = { title, defaultPath: defaultFileName, filters };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      const window = parent();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPath({ title, filters }) {
      const window = parent();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(path) {
      const error = await shell.openPath(path);
      if (error) throw new Error(error);
    },
    showItemInFolder(path) {
      shell.showItemInFolder(path);
    },
    openExternal(url) {
      return shell.openExternal(url);
    },
    async confirm({ title, message, detail, confirmLabel }) {
      const window = parent();
      const options = {
        type: 'warning' as const,
        title,
        message,
        detail,
        buttons: [confirmLabel, 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      };
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}
