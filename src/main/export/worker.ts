import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type IntegrityJob, type IntegrityReply } from '../store/integrity';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';
import { probeLogo } from './logo-probe';

/**
 * The PDF worker: renders scopes of work off the main process's event loop, so saves and IPC
 * stay responsive while a large document lays out. One request at a time, in arrival order;
 * the main side sends the next only once this one has answered, and ends the worker if it
 * answers too late (see worker-pool.ts).
 */

export interface RenderJob {
  id: number;
  /** `warm` renders a small document at start, so the first real export runs warm. */
  kind?: 'render' | 'warm';
  request: ScopeOfWorkRequest;
  fontsDir: string;
}

/** Draws an uploaded logo alone, to see that the PDF can use it; answers with no bytes. */
export interface LogoJob {
  id: number;
  kind: 'logo';
  logo: string;
  fontsDir: string;
}

export type WorkerJob = RenderJob | LogoJob;

export type RenderReply =
  { id: number; ok: true; bytes: Uint8Array; pageCount: number } | { id: number; ok: false; message: string };

function isIntegrityJob(data: unknown): data is IntegrityJob {
  return typeof data === 'object' && data !== null && 'role' in data && data.role === 'integrity';
}

const port = parentPort;
if (port && isIntegrityJob(workerData)) {
  // Started to check a database (store/integrity.ts): answer once, then the thread ends.
  let reply: IntegrityReply;
  try {
    reply = { ok: true, problems: checkFile(workerData.file) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
} else if (port) {
  let queue = Promise.resolve();
  port.on('message', (job: WorkerJob) => {
    queue = queue.then(async () => {
      try {
        if (job.kind === 'logo') {
          await probeLogo(job.logo, job.fontsDir);
          const empty = new Uint8Array(0);
          port.postMessage({ id: job.id, ok: true, bytes: empty, pageCount: 1 } satisfies RenderReply);
          return;
        }
        const { bytes, pageCount } = await renderScopeOfWork(job.request, job.fontsDir);
        // A fresh buffer of its own, so it can be transferred rather than copied.
        const out = new Uint8Array(job.kind === 'warm' ? 0 : bytes.length);
        if (job.kind !== 'warm') out.set(bytes);
        const reply: RenderReply = { id: job.id, ok: true, bytes: out, pageCount };
        port.postMessage(reply, [out.buffer]);
      } catch (error) {
        const reply: RenderReply = {
          id: job.id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        };
        port.postMessage(reply);
      }
    });
  });
}
