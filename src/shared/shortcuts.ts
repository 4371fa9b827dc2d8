import type { AppCommand } from './events';

/**
 * Every keyboard shortcut, in one table: the page's key handlers (src/renderer), its help
 * dialog and tooltips, and the application menu's accelerators (src/main/menu.ts) are all
 * built from it, so what is shown is what works, in the desktop app and in a browser alike.
 * In the desktop app the menu takes a key first and sends the page the row's command, which
 * runs the same action the page's own handler for that key runs.
 */
export type ShortcutPlace = 'anywhere' | 'engagement' | 'projects';

export interface Shortcut {
  id: string;
  /**
   * The keys the page listens for, in @mantine/hooks notation (`mod` is ⌘ on macOS and Ctrl
   * elsewhere); the first is the one shown. Keys with `mod` (and F-keys) work while typing;
   * the others (a bare `?`, Alt+arrows, which move by word on macOS) only outside text fields.
   */
  keys: readonly string[];
  label: string;
  /** Where the page acts on it; an engagement's keys belong to the open engagement. */
  where: ShortcutPlace;
  /**
   * Its item in the application menu: the label there, and the command the item sends the
   * page. The item's accelerator is the first of `keys` with `mod`.
   */
  menu?: { label: string; command: AppCommand };
}

export const SHORTCUTS = [
  {
    id: 'new',
    keys: ['mod+N'],
    label: 'New engagement',
    where: 'anywhere',
    menu: { label: 'New Engagement', command: 'engagement:new' },
  },
  { id: 'search', keys: ['mod+K', 'mod+F'], label: 'Search engagements', where: 'anywhere' },
  { id: 'next-step', keys: ['mod+]', 'alt+ArrowRight'], label: 'Next step', where: 'engagement' },
  { id: 'previous-step', keys: ['mod+[', 'alt+ArrowLeft'], label: 'Previous step', where: 'engagement' },
  {
    id: 'export',
    keys: ['mod+E'],
    label: 'Export the scope of work (PDF)',
    where: 'engagement',
    menu: { label: 'Export Scope of Work PDF…', command: 'scope:export' },
  },
  { id: 'save', keys: ['mod+S'], label: 'Save now', where: 'engagement' },
  {
    id: 'meeting',
    keys: ['mod+shift+M'],
    label: 'Meeting mode on or off',
    where: 'anywhere',
    menu: { label: 'Meeting Mode', command: 'view:meetingMode' },
  },
  {
    id: 'projects',
    keys: ['mod+shift+H'],
    label: 'All projects',
    where: 'anywhere',
    menu: { label: 'All Projects', command: 'view:projects' },
  },
  {
    id: 'import',
    keys: ['mod+O'],
    label: 'Import a project file',
    where: 'anywhere',
    menu: { label: 'Import Project File…', command: 'project:import' },
  },
  {
    id: 'export-project',
    keys: ['mod+shift+S'],
    label: 'Save the engagement as a project file',
    where: 'engagement',
    menu: { label: 'Export Project File…', command: 'project:export' },
  },
  {
    id: 'settings',
    keys: ['mod+,'],
    label: 'Settings',
    where: 'anywhere',
    menu: { label: 'Settings', command: 'view:settings' },
  },
  {
    id: 'help',
    keys: ['shift+?', 'mod+/', 'F1'],
    label: 'Keyboard shortcuts',
    where: 'anywhere',
    menu: { label: 'Keyboard Shortcuts', command: 'help:shortcuts' },
  },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
/** The shortcuts the application menu carries. */
export type MenuShortcutId = Extract<(typeof SHORTCUTS)[number], { menu: unknown }>['id'];

export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`No shortcut ${id}`);
  return found;
}

/** The row whose menu item sends `command`, if a shortcut does. */
export function shortcutForCommand(command: AppCommand): Shortcut | undefined {
  return (SHORTCUTS as readonly Shortcut[]).find((s) => s.menu?.command === command);
}

/** Keys with `mod` and F-keys act while typing; a bare key or Alt+arrow only outside text fields. */
export function worksWhileTyping(key: string): boolean {
  return key.startsWith('mod+') || /^F\d+$/.test(key);
}

/** `mod+shift+M` → `CmdOrCtrl+Shift+M`: Electron's form of a key in the table. */
export function toAccelerator(key: string): string {
  return key
    .split('+')
    .map((part) => {
      const lower = part.toLowerCase();
      if (lower === 'mod') return 'CmdOrCtrl';
      if (lower === 'shift' || lower === 'alt') return `${lower[0]?.toUpperCase() ?? ''}${lower.slice(1)}`;
      if (lower === 'arrowright') return 'Right';
      if (lower === 'arrowleft') return 'Left';
      return part.length === 1 ? part.toUpperCase() : part;
    })
    .join('+');
}

/** The menu item's accelerator: the first of the row's keys with `mod`. */
export function acceleratorOf(row: Shortcut): string | undefined {
  const key = row.keys.find((k) => k.startsWith('mod+'));
  return key === undefined ? undefined : toAccelerator(key);
}

/**
 * The page's key handlers for the actions given: `[key, action]` for every key of every row
 * that has an action, those that work while typing or those that do not.
 */
export function keyBindings(
  actions: Partial<Record<ShortcutId, () => void>>,
  whileTyping: boolean,
): [string, () => void][] {
  return SHORTCUTS.flatMap((row) => {
    const action = actions[row.id];
    if (!action) return [];
    return row.keys
      .filter((key) => worksWhileTyping(key) === whileTyping)
      .map((key): [string, () => void] => [key, action]);
  });
}
