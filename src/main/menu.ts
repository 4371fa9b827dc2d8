import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/events';
import { acceleratorOf, shortcut, type MenuShortcutId } from '@shared/shortcuts';

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
 * the app's own commands. Their labels, commands and accelerators come from the shortcut
 * table (src/shared/shortcuts.ts), the one the page's key handlers are built from; CmdOrCtrl
 * is Cmd on macOS, Ctrl elsewhere.
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  isDev: boolean,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: () => actions.showAbout() };
  const command = (id: MenuShortcutId): MenuItemConstructorOptions => {
    const row = shortcut(id);
    const menu = row.menu;
    if (!menu) throw new Error(`The shortcut ${id} has no menu item`);
    const accelerator = acceleratorOf(row);
    return {
      label: menu.label,
      ...(accelerator ? { accelerator } : {}),
      click: () => actions.command(menu.command),
    };
  };
  const settings: MenuItemConstructorOptions = {
    ...command('settings'),
    label: isMac ? 'Settings…' : 'Settings',
  };
  const menus = { isMac, about, settings, command, actions };
  return [
    ...(isMac ? [appMenu(appName, menus)] : []),
    fileMenu(menus),
    editMenu(isMac),
    viewMenu(isDev, menus),
    windowMenu(isMac),
    helpMenu(menus),
  ];
}

interface MenuParts {
  isMac: boolean;
  about: MenuItemConstructorOptions;
  settings: MenuItemConstructorOptions;
  command: (id: MenuShortcutId) => MenuItemConstructorOptions;
  actions: MenuActions;
}

/** macOS's first menu, named for the app: About, Settings, the system's services, Quit. */
function appMenu(appName: string, { about, settings }: MenuParts): MenuItemConstructorOptions {
  return {
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
  };
}

function fileMenu({ isMac, settings, command, actions }: MenuParts): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      command('new'),
      command('projects'),
      { type: 'separator' },
      command('import'),
      command('export-project'),
      command('export'),
      { type: 'separator' },
      { label: 'Back Up Now', click: () => actions.command('backup:create') },
      { label: 'Open Data Folder', click: () => actions.openDataFolder() },
      ...(isMac ? [] : ([{ type: 'separator' }, settings, { type: 'separator' }, { role: 'quit' }] as const)),
    ],
  };
}

function editMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
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
}

function viewMenu(isDev: boolean, { command }: MenuParts): MenuItemConstructorOptions {
  return {
    label: '&View',
    submenu: [
      command('meeting'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
    ],
  };
}

function windowMenu(isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
}

function helpMenu({ isMac, about, command, actions }: MenuParts): MenuItemConstructorOptions {
  return {
    role: 'help',
    label: '&Help',
    submenu: [
      command('help'),
      { label: 'Standards for Professional Learning', click: () => actions.openHelp() },
      ...(isMac ? [] : ([{ type: 'separator' }, about] as const)),
    ],
  };
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
