import { parentPort } from 'node:worker_threads';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';

/**
 * The PDF worker: renders scopes of work off the main process's event loop, so saves and IPC
 * stay responsive while a large document lays out. One request at a time, in arrival order.
 */

export interface RenderJob {
  id: number;
  request: ScopeOfWorkRequest;
  fontsDir: string;
}

export type RenderReply =
  { id: number; ok: true; bytes: Uint8Array; pageCount: number } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  let queue = Promise.resolve();
  port.on('message', (job: RenderJob) => {
    queue = queue.then(async () => {
      try {
        const { bytes, pageCount } = await renderScopeOfWork(job.request, job.fontsDir);
        // A fresh buffer of its own, so it can be transferred rather than copied.
        const out = new Uint8Array(bytes.length);
        out.set(bytes);
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
