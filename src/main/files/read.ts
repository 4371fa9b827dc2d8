import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';

/**
 * Reads a file the person chose, refusing anything that is not a plain file: a symbolic link
 * (which could point at a device or a file elsewhere), a folder, a pipe or a device. The
 * file is opened without following links and without waiting on a pipe, checked again
 * through the open handle (so a swap between the check and the open is caught), and read
 * no further than `maxBytes`, so nothing larger is ever pulled into memory.
 */
export async function readPlainFile(path: string, maxBytes: number, what: string): Promise<Uint8Array> {
  const name = basename(path);
  const info = await lstat(path).catch(() => null);
  if (!info) throw new AppError('not_found', `${name} could not be read.`);
  if (info.isSymbolicLink()) {
    throw new AppError('invalid_input', `${name} is a link to another file; choose the ${what} itself.`);
  }
  if (!info.isFile()) throw new AppError('invalid_input', `${name} is not a ${what}.`);
  const tooLarge = (size: number) =>
    new AppError(
      'invalid_input',
      `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; a ${what} larger than ${maxBytes / 1024 / 1024} MB is refused.`,
    );
  if (info.size > maxBytes) throw tooLarge(info.size);
  // Windows has neither flag; there the checks on the open handle below do the work.
  const optional: Partial<typeof constants> = constants;
  const flags = constants.O_RDONLY | (optional.O_NOFOLLOW ?? 0) | (optional.O_NONBLOCK ?? 0);
  let handle;
  try {
    handle = await open(path, flags);
  } catch (error) {
    throw new AppError('io', `${name} could not be opened.`, { cause: error });
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new AppError('invalid_input', `${name} is not a ${what}.`);
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(length);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
