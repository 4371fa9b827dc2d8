import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';
import type { RenderedPdf } from './render';
import type { RenderJob, RenderReply } from './worker';

/** Renders scopes of work; the app's runs in a worker thread, scripts' in their own thread. */
export interface ScopeOfWorkRenderer {
  render(request: ScopeOfWorkRequest): Promise<RenderedPdf>;
  /** Where the next render runs: a worker thread, or this thread when none could start. */
  readonly mode: 'worker' | 'in-process';
  close(): Promise<void>;
}

export function inProcessRenderer(fontsDir: string): ScopeOfWorkRenderer {
  return {
    mode: 'in-process',
    render: (request) => renderScopeOfWork(request, fontsDir),
    close: () => Promise.resolve(),
  };
}

/**
 * The worker's script: the built `pdf-worker.js` next to the main bundle, or, when running
 * from source (tests, scripts), `worker.ts` loaded through tsx.
 */
export function workerEntry(): { file: string; execArgv: string[] } | null {
  // __filename rather than import.meta: the main bundle and the E2E harness load this as CommonJS.
  const here = __filename;
  if (here.endsWith('.ts')) return { file: join(dirname(here), 'worker.ts'), execArgv: ['--import', 'tsx'] };
  const candidates = [join(dirname(here), 'pdf-worker.js'), join(dirname(here), '..', 'pdf-worker.js')];
  const file = candidates.find((candidate) => existsSync(candidate));
  return file ? { file, execArgv: [] } : null;
}

interface Pending {
  resolve: (pdf: RenderedPdf) => void;
  reject: (error: Error) => void;
}

/**
 * A renderer backed by one long-lived worker thread, started on first use and stopped after
 * `idleMs` without work. If the worker cannot start at all (a packaging fault), rendering
 * falls back to this thread rather than failing the export, and says so once on the console.
 */
export function workerRenderer(fontsDir: string, options: { idleMs?: number } = {}): ScopeOfWorkRenderer {
  const idleMs = options.idleMs ?? 60_000;
  const fallback = inProcessRenderer(fontsDir);
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let started = false;
  let broken = workerEntry() === null;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;
  const isBroken = () => broken;

  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };

  const settleIdle = () => {
    if (!worker) return;
    if (pending.size > 0) {
      worker.ref();
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = undefined;
      return;
    }
    // An idle worker must never be what keeps a quitting app or a finished test alive.
    worker.unref();
    idleTimer = setTimeout(() => void stop(), idleMs);
    idleTimer.unref();
  };

  const stop = async () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = undefined;
    const w = worker;
    worker = undefined;
    started = false;
    if (w) await w.terminate();
  };

  const spawn = (): Worker => {
    const entry = workerEntry();
    if (!entry) throw new Error('The PDF worker script is missing');
    const w = new Worker(entry.file, { execArgv: entry.execArgv });
    w.on('online', () => {
      started = true;
    });
    w.on('message', (reply: RenderReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if (reply.ok)
        job.resolve({
          bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
          pageCount: reply.pageCount,
        });
      else job.reject(new Error(reply.message));
      settleIdle();
    });
    w.on('error', (error: Error) => {
      if (!started) broken = true;
      failAll(error);
      if (worker === w) worker = undefined;
    });
    w.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`The PDF worker stopped unexpectedly (exit code ${code})`));
      if (worker === w) worker = undefined;
    });
    return w;
  };

  const renderInWorker = (request: ScopeOfWorkRequest): Promise<RenderedPdf> => {
    worker ??= spawn();
    const id = nextId++;
    const job: RenderJob = { id, request, fontsDir };
    const result = new Promise<RenderedPdf>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage(job);
    settleIdle();
    return result;
  };

  return {
    get mode() {
      return broken ? 'in-process' : 'worker';
    },
    async render(request) {
      if (broken) return fallback.render(request);
      try {
        return await renderInWorker(request);
      } catch (error) {
        // `broken` is set by the worker's error event while the render was awaited.
        if (!isBroken()) throw error;
        console.warn('[export] the PDF worker could not start; rendering in the main process instead', error);
        return fallback.render(request);
      }
    },
    close: async () => {
      failAll(new Error('The PDF renderer was closed'));
      await stop();
    },
  };
}
