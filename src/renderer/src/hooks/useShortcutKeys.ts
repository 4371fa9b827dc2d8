import { useEffect, useRef } from 'react';
import { getHotkeyHandler, type HotkeyItem } from '@mantine/hooks';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', '']);

/** True where a key is typing: text fields, text areas, editable content (not switches or radios). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * Window-level hotkeys. Those with modifiers work everywhere, typing included; plain keys
 * ("?") and Alt+arrows (word-by-word moves on macOS) only when focus is not in a text field.
 */
export function useShortcutKeys(items: HotkeyItem[], options: { whileTyping: boolean }): void {
  const latest = useRef(items);
  useEffect(() => {
    latest.current = items;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!options.whileTyping && isTextEntry(event.target)) return;
      getHotkeyHandler(latest.current)(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [options.whileTyping]);
}
