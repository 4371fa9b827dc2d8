let pressed = 0;
let queued: (() => void)[] = [];

function release(): void {
  pressed = 0;
  const run = queued;
  queued = [];
  // After the click that this release completes has been dispatched.
  setTimeout(() => {
    for (const fn of run) fn();
  }, 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener('pointerdown', () => (pressed += 1), true);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);
}

/**
 * Runs `fn` now, or, while a mouse button or finger is down, once it is released. A field
 * that shows its message when it is left would otherwise push the button being clicked
 * away between press and release, and the click would be lost.
 */
export function afterPointerRelease(fn: () => void): void {
  if (pressed > 0) queued.push(fn);
  else fn();
}
