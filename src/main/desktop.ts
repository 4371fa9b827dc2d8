/**
 * What the services need from the desktop (native dialogs, the OS shell), as a port:
 * Electron's dialog and shell in the app, a scripted stand-in in the E2E harness and tests.
 * Paths come from the user's own choice in a native dialog, never from the renderer.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Desktop {
  /** A save-as dialog; null when the user cancels. */
  chooseSavePath(options: {
    title: string;
    defaultFileName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  /** A folder chooser (new folders may be made in it); null when the user cancels. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** An open dialog for one file; null when the user cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Opens a file the app itself wrote, in the OS's default app. */
  openPath(path: string): Promise<void>;
  /** Shows a file the app itself wrote in the OS's file manager. */
  showItemInFolder(path: string): void;
  /** Opens an https link in the OS browser: only the Help menu's constant `STANDARDS_URL`. */
  openExternal(url: string): Promise<void>;
  /** Asks a yes-or-no question in a native message box; true when the person goes ahead. */
  confirm(options: {
    title: string;
    message: string;
    detail: string;
    confirmLabel: string;
  }): Promise<boolean>;
}
