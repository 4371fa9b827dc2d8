import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../shared/events';

/** Help's one link, opened in the OS browser. */
export const STANDARDS_URL = 'https://learningforward.org/standards-for-professional-learning/';

export interface MenuActions {
  /** Hands a command to the page, which acts on what it is showing. */
  command(command: AppCommand): void;
  openDataFolder(): void;
  showAbout(): void;
  openHelp(): void;
}

/**
 * The application menu as data: the usual File / Edit / View / Window / Help entries with
 * the app's own commands and platform accelerators (CmdOrCtrl is Cmd on macOS, Ctrl elsewhere).
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  isDev: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => actions.showAbout() };
  const settings: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('view:settings'),
  };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Engagement', accelerator: 'CmdOrCtrl+N', click: () => actions.command('engagement:new') },
      {
        label: 'All Projects',
        accelerator: 'CmdOrCtrl+Shift+H',
        click: () => actions.command('view:projects'),
      },
      { type: 'separator' },
      {
        label: 'Import Project File…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.command('project:import'),
      },
      {
        label: 'Export Project File…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => actions.command('project:export'),
      },
      {
        label: 'Export Scope of Work PDF…',
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.command('scope:export'),
      },
      { type: 'separator' },
      { label: 'Back Up Now', click: () => actions.command('backup:create') },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      ...(isMac ? [] : ([{ type: 'separator' }, settings, { type: 'separator' }, { role: 'quit' }] as const)),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? ([{ role: 'pasteAndMatchStyle' }] as const) : []),
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        label: 'Meeting Mode',
        accelerator: 'CmdOrCtrl+Shift+M',
        click: () => actions.command('view:meetingMode'),
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: '&Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      {
        label: 'Keyboard Shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: () => actions.command('help:shortcuts'),
      },
      { label: 'Standards for Professional Learning', click: () => actions.openHelp() },
      ...(isMac ? [] : ([{ type: 'separator' }, about] as const)),
    ],
  };

  return [...appMenu, file, edit, view, window, help];
}

/** The About box's text: what version this is and where its data lives. */
export function aboutDetail(info: {
  version: string;
  dataDir: string;
  versions: Record<string, string | undefined>;
}) {
  const runtime = ['electron', 'chrome', 'node']
    .filter((k) => info.versions[k])
    .map((k) => `${k[0]?.toUpperCase() ?? ''}${k.slice(1)} ${info.versions[k] ?? ''}`)
    .join(' · ');
  return [`Version ${info.version}`, '', 'Your projects are kept in:', info.dataDir, '', runtime].join('\n');
}
