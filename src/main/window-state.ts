import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomicSync } from './files/atomic';

/** Where the window was and how big, kept between launches. */
const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
export const MIN_SIZE = { width: 960, height: 640 } as const;

/** Reads the saved state; a missing or damaged file just means "use the defaults". */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, JSON.stringify(state));
}

/**
 * Where to open the window: the saved bounds when enough of the window still lands on a
 * connected display (a monitor may have been unplugged), otherwise the default size centred
 * on the primary display. Never smaller than the minimum or larger than the display.
 */
export function placeWindow(saved: WindowState | null, displays: Rect[], primary: Rect): WindowState {
  const centred = (area: Rect): WindowState => {
    const width = Math.min(DEFAULT_SIZE.width, area.width);
    const height = Math.min(DEFAULT_SIZE.height, area.height);
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
      maximized: false,
    };
  };
  if (!saved) return centred(primary);
  const home = displays.find(
    (d) => overlap(saved, d) >= 0.5 * Math.min(saved.width * saved.height, d.width * d.height),
  );
  if (!home) return { ...centred(primary), maximized: saved.maximized };
  const width = clamp(saved.width, Math.min(MIN_SIZE.width, home.width), home.width);
  const height = clamp(saved.height, Math.min(MIN_SIZE.height, home.height), home.height);
  return {
    x: clamp(saved.x, home.x, home.x + home.width - width),
    y: clamp(saved.y, home.y, home.y + home.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
