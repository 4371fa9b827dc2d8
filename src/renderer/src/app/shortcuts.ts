/**
 * How the shortcut table (src/shared/shortcuts.ts) is shown: keycaps and tooltip text in the
 * platform's own names. The table itself is shared with the main process's menu.
 */
import { shortcut, type ShortcutId } from '@shared/shortcuts';

export { SHORTCUTS, shortcut, type ShortcutId } from '@shared/shortcuts';

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

/** "Ctrl+N", for tooltips and menus. */
export function shortcutText(id: ShortcutId): string {
  const first = shortcut(id).keys[0] ?? '';
  return keyParts(first).join(isMac ? '' : '+');
}
