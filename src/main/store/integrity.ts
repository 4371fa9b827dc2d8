import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { quickCheck, tableNames } from './database';

/** What the integrity worker is started with (its workerData) and answers. */
export interface IntegrityJob {
  role: 'integrity';
  file: string;
}
export type IntegrityReply = { ok: true; problems: string[] } | { ok: false; message: string };

/**
 * `quick_check` of the whole file on a read-only connection of its own: with WAL, it reads a
 * consistent snapshot while the app's connection goes on saving, and on another thread it
 * holds up nothing.
 */
export function checkFile(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    return quickCheck(db);
  } finally {
    db.close();
  }
}

/**
 * Runs `checkFile` in a worker thread. Resolves to the problems found (none when sound);
 * rejects when no worker could run it, so the caller can check on this thread instead.
 */
export function checkFileInWorker(file: string): { result: Promise<string[]>; stop: () => void } {
  const entry = workerEntry('integrity');
  if (!entry)
    return { result: Promise.reject(new Error('The worker script is missing')), stop: () => undefined };
  const job: IntegrityJob = { role: 'integrity', file };
  const worker = new Worker(entry.file, { execArgv: entry.execArgv, workerData: job });
  // The check must never be what keeps a quitting app (or a finished test) alive.
  worker.unref();
  const result = new Promise<string[]>((resolve, reject) => {
    worker.once('message', (reply: IntegrityReply) => {
      if (reply.ok) resolve(reply.problems);
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The integrity check stopped (exit code ${code})`)));
  });
  return { result, stop: () => void worker.terminate() };
}

/** The fallback when no worker can run: one table per turn of the event loop. */
export async function checkFileInSteps(db: Database.Database, stopped: () => boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const table of tableNames(db)) {
    if (stopped()) break;
    try {
      problems.push(...quickCheck(db, table).map((p) => `${table}: ${p}`));
    } catch (error) {
      problems.push(`${table}: ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return problems;
}
