import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The one way the app writes a file: into a new temporary file beside the target, flushed to
 * the disk, renamed over the target, and the folder flushed so the rename itself survives a
 * power cut. A reader (or the app after a crash) sees the old file or the whole new one,
 * never a half-written one. Every file the app writes goes through here: PDFs, project files,
 * the window state, the damage marker; backups publish their SQLite copy with `commitFile`.
 */

/**
 * Flushes a file (or a folder, so that a rename in it is durable) to the disk. Folders cannot
 * be fsynced on Windows; there the rename is already durable once it returns.
 */
export function fsyncPath(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (process.platform !== 'win32') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never written: nothing to clean up.
  }
}

/** Renames a flushed temporary file over `target` and flushes the folder. */
export function commitFile(temp: string, target: string): void {
  renameSync(temp, target);
  fsyncPath(dirname(target));
}

export interface StagedFile {
  /** The flushed temporary file, beside the target. */
  temp: string;
  /** Puts it in place (rename, then the folder flushed). */
  commit(): void;
  /** Throws it away. */
  discard(): void;
}

/**
 * Writes and flushes the temporary file only, for a caller that decides afterwards whether
 * to put it in place (the PDF export checks nothing changed while it rendered).
 */
export async function stageFile(target: string, data: string | Uint8Array): Promise<StagedFile> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    removeQuietly(temp);
    throw error;
  }
  await handle.close();
  return {
    temp,
    commit: () => {
      try {
        commitFile(temp, target);
      } catch (error) {
        removeQuietly(temp);
        throw error;
      }
    },
    discard: () => removeQuietly(temp),
  };
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  (await stageFile(target, data)).commit();
}

export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  const fd = openSync(temp, 'wx');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  closeSync(fd);
  try {
    commitFile(temp, target);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}
