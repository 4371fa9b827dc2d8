import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MIN_SIZE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Rect,
} from '../../../src/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window placement', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      x: 80,
      y: 30,
      width: 1280,
      height: 840,
      maximized: false,
    });
  });

  it('reopens where it was on the second monitor', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(placeWindow(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('comes back onto the laptop when the monitor it was on is unplugged', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed).toEqual({ x: 80, y: 30, width: 1280, height: 840, maximized: false });
  });

  it('is always on a display and within it, whatever was saved', () => {
    fc.assert(
      fc.property(
        fc.record({
          x: fc.integer({ min: -5000, max: 9000 }),
          y: fc.integer({ min: -5000, max: 9000 }),
          width: fc.integer({ min: 200, max: 6000 }),
          height: fc.integer({ min: 200, max: 6000 }),
          maximized: fc.boolean(),
        }),
        (saved) => {
          const placed = placeWindow(saved, [laptop, monitor], laptop);
          const inside = [laptop, monitor].some(
            (d) =>
              placed.x >= d.x &&
              placed.y >= d.y &&
              placed.x + placed.width <= d.x + d.width &&
              placed.y + placed.height <= d.y + d.height,
          );
          expect(inside).toBe(true);
          expect(placed.width).toBeGreaterThanOrEqual(Math.min(MIN_SIZE.width, laptop.width));
        },
      ),
    );
  });
});

describe('window state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'northstar-window-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips, and a damaged or missing file means defaults', () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"x": 10, "y":');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 1, y: 1, width: -5, height: 700, maximized: false }));
    expect(readWindowState(file)).toBeNull();
  });
});
