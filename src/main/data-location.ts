import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomicSync } from './files/atomic';

/**
 * Where the data lives when the person chose another folder on a problem screen (the usual
 * one was read-only, say): remembered in a small file in the app's own folder so the next
 * start opens the chosen folder.
 */
const FILE_NAME = 'data-location.json';
const LocationSchema = z.object({ dataDir: z.string().min(1).max(4_096) });

export function readDataLocation(appDir: string): string | null {
  try {
    const parsed = LocationSchema.safeParse(JSON.parse(readFileSync(join(appDir, FILE_NAME), 'utf8')));
    return parsed.success && isAbsolute(parsed.data.dataDir) ? parsed.data.dataDir : null;
  } catch {
    return null;
  }
}

export function writeDataLocation(appDir: string, dataDir: string): void {
  writeFileAtomicSync(join(appDir, FILE_NAME), JSON.stringify({ dataDir }));
}
