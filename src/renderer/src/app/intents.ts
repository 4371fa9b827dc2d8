import { useEffect, useSyncExternalStore } from 'react';

/**
 * A request made from anywhere (a shortcut, the application menu) for a screen that may not
 * be mounted yet: the home screen opens its "new engagement" dialog or focuses search once it
 * is there; the open engagement exports.
 */
export type Intent = 'new-engagement' | 'search' | 'export-pdf' | 'export-project';

let pending: { intent: Intent; seq: number } | null = null;
let seq = 0;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

export function requestIntent(intent: Intent): void {
  pending = { intent, seq: ++seq };
  emit();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Calls `handle` once per request for one of `intents`, on the screen that can honour it. */
export function useIntent(intents: readonly Intent[], handle: (intent: Intent) => void): void {
  const current = useSyncExternalStore(subscribe, () => pending);
  useEffect(() => {
    if (!current || !intents.includes(current.intent)) return;
    pending = null;
    emit();
    handle(current.intent);
  }, [current, handle, intents]);
}
