/**
 * Every keyboard shortcut, in one list: the hotkey handlers, the help dialog and the tooltips
 * all read it, so what is shown is what works. The ones the application menu also carries use
 * the same keys as its accelerators (src/main/menu.ts): in the desktop app the menu takes the
 * key and sends the page a command, elsewhere the page's own handler does.
 */
export interface Shortcut {
  id: ShortcutId;
  /** @mantine/hooks notation; the first is shown, the rest are alternatives. */
  keys: readonly string[];
  label: string;
  where: 'anywhere' | 'engagement' | 'projects';
}

export type ShortcutId =
  | 'new'
  | 'search'
  | 'next-step'
  | 'previous-step'
  | 'export'
  | 'save'
  | 'meeting'
  | 'help'
  | 'settings'
  | 'projects'
  | 'import'
  | 'export-project';

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'new', keys: ['mod+N'], label: 'New engagement', where: 'anywhere' },
  { id: 'search', keys: ['mod+K', 'mod+F'], label: 'Search engagements', where: 'anywhere' },
  { id: 'next-step', keys: ['mod+]', 'alt+ArrowRight'], label: 'Next step', where: 'engagement' },
  { id: 'previous-step', keys: ['mod+[', 'alt+ArrowLeft'], label: 'Previous step', where: 'engagement' },
  { id: 'export', keys: ['mod+E'], label: 'Export the scope of work (PDF)', where: 'engagement' },
  { id: 'save', keys: ['mod+S'], label: 'Save now', where: 'engagement' },
  { id: 'meeting', keys: ['mod+shift+M'], label: 'Meeting mode on or off', where: 'anywhere' },
  { id: 'projects', keys: ['mod+shift+H'], label: 'All projects', where: 'anywhere' },
  { id: 'import', keys: ['mod+O'], label: 'Import a project file', where: 'anywhere' },
  {
    id: 'export-project',
    keys: ['mod+shift+S'],
    label: 'Save the engagement as a project file',
    where: 'engagement',
  },
  { id: 'settings', keys: ['mod+,'], label: 'Settings', where: 'anywhere' },
  { id: 'help', keys: ['shift+?', 'mod+/', 'F1'], label: 'Keyboard shortcuts', where: 'anywhere' },
];

export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

const KEY_NAMES: Record<string, string> = {
  mod: isMac ? '⌘' : 'Ctrl',
  alt: isMac ? '⌥' : 'Alt',
  shift: isMac ? '⇧' : 'Shift',
  arrowright: '→',
  arrowleft: '←',
};

/** "mod+shift+M" → ["Ctrl", "Shift", "M"]; "shift+?" → ["?"] since the shift is implied. */
export function keyParts(hotkey: string): string[] {
  const parts = hotkey.split('+');
  const withoutImpliedShift = parts.includes('?') ? parts.filter((p) => p !== 'shift') : parts;
  return withoutImpliedShift.map((p) => KEY_NAMES[p.toLowerCase()] ?? p.toUpperCase());
}

export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`No shortcut ${id}`);
  return found;
}

/** "Ctrl+N", for tooltips and menus. */
export function shortcutText(id: ShortcutId): string {
  const first = shortcut(id).keys[0] ?? '';
  return keyParts(first).join(isMac ? '' : '+');
}
