import { Worker } from 'node:worker_threads';
import { stressEngagement } from '../../shared/domain';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';
import { probeLogo } from './logo-probe';
import { workerEntry } from '../worker-entry';
import type { RenderedPdf } from './render';
import type { RenderJob, RenderReply, WorkerJob } from './worker';

/** Renders scopes of work; the app's runs in a worker thread, scripts' in their own thread. */
export interface ScopeOfWorkRenderer {
  render(request: ScopeOfWorkRequest, limits?: { timeLimitMs?: number }): Promise<RenderedPdf>;
  /** Draws a logo alone, under the same limits; rejects when the PDF cannot use it. */
  checkLogo(dataUrl: string): Promise<void>;
  /** Where the next render runs: a worker thread, or this thread when none could start. */
  readonly mode: 'worker' | 'in-process';
  /** Settles once the worker has started and rendered its warm-up document. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** A render stopped for taking too long or needing too much memory; the worker was replaced. */
export class RenderLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderLimitError';
  }
}

export function inProcessRenderer(fontsDir: string): ScopeOfWorkRenderer {
  return {
    mode: 'in-process',
    ready: Promise.resolve(),
    render: (request) => renderScopeOfWork(request, fontsDir),
    checkLogo: (dataUrl) => probeLogo(dataUrl, fontsDir),
    close: () => Promise.resolve(),
  };
}


/**
 * One export's ceiling. The largest document the schemas accept renders in a few seconds;
 * a render still running after a minute is stuck, and must not hold every later export.
 */
export const RENDER_TIME_LIMIT_MS = 60_000;
/** The worker's heap; the 300-line stress engagement needs about a fifth of it. */
export const RENDER_MEMORY_LIMIT_MB = 768;
/** Drawing a logo within the pixel limits takes well under a second. */
const LOGO_TIME_LIMIT_MS = 15_000;

export interface WorkerRendererOptions {
  timeLimitMs?: number;
  memoryLimitMb?: number;
  /** Start the worker now and render a warm-up document, so the first export is as quick as later ones. */
  warm?: boolean;
}

const WARM_UP_RENDERS = 3;

/** A small document that goes through every section, so the worker's first real render is warm. */
function warmUpRequest(): ScopeOfWorkRequest {
  const engagement = stressEngagement(12);
  return {
    engagement,
    profile: {
      name: 'Northstar Scope',
      address: '',
      email: '',
      phone: '',
      website: '',
      primaryColour: '#1f3a5f',
      accentColour: '#d9822b',
    },
    revision: { number: 2, date: engagement.timeline.start },
    previous: { number: 1, engagement },
  };
}

interface Job {
  id: number;
  message: WorkerJob;
  timeLimitMs: number;
  resolve: (pdf: RenderedPdf) => void;
  reject: (error: Error) => void;
}

/**
 * Renders in one long-lived worker thread, one job at a time. Each job runs under a time
 * limit, and the worker under a heap limit: a job that passes either is failed with a clear
 * message, the worker is ended and a fresh one started, so one hostile document can never
 * hold up the exports after it. The worker starts at once (when `warm`) and is kept, unref'd
 * while idle so it never keeps the app from quitting. If the worker cannot start at all (a
 * packaging fault), rendering falls back to this thread rather than failing the export.
 */
export function workerRenderer(fontsDir: string, options: WorkerRendererOptions = {}): ScopeOfWorkRenderer {
  const timeLimitMs = options.timeLimitMs ?? RENDER_TIME_LIMIT_MS;
  const memoryLimitMb = options.memoryLimitMb ?? RENDER_MEMORY_LIMIT_MB;
  const fallback = inProcessRenderer(fontsDir);
  const queue: Job[] = [];
  let current: { job: Job; worker: Worker; timer: NodeJS.Timeout } | undefined;
  let worker: Worker | undefined;
  let started = false;
  let broken = workerEntry() === null;
  let closed = false;
  let nextId = 1;
  const isBroken = () => broken;

  const spawn = (): Worker => {
    const entry = workerEntry();
    if (!entry) throw new Error('The PDF worker script is missing');
    const w = new Worker(entry.file, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 64 },
    });
    w.on('online', () => {
      started = true;
    });
    w.on('message', (reply: RenderReply) => {
      if (current?.worker !== w || current.job.id !== reply.id) return;
      const { job, timer } = current;
      clearTimeout(timer);
      current = undefined;
      if (reply.ok) {
        job.resolve({
          bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
          pageCount: reply.pageCount,
        });
      } else job.reject(new Error(reply.message));
      pump();
    });
    w.on('error', (error: Error & { code?: string }) => {
      if (!started) broken = true;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      retire(
        w,
        outOfMemory
          ? new RenderLimitError(
              `Preparing the PDF needed more than ${memoryLimitMb} MB of memory, so it was stopped. ` +
                'Shorten the longest texts or lists in the engagement and export again.',
            )
          : error,
      );
    });
    w.on('exit', (code) => {
      retire(w, new Error(`The PDF worker stopped unexpectedly (exit code ${code})`));
    });
    return w;
  };

  /** Fails the job `w` was running, forgets `w`, and carries on with a fresh worker. */
  const retire = (w: Worker, error: Error) => {
    if (current?.worker === w) {
      clearTimeout(current.timer);
      const { job } = current;
      current = undefined;
      job.reject(error);
    }
    if (worker === w) worker = undefined;
    void w.terminate();
    if (broken) {
      // No worker can start: the remaining jobs are rendered here instead.
      for (const job of queue.splice(0)) job.reject(error);
      return;
    }
    pump();
  };

  const pump = () => {
    if (current || closed || broken) return;
    const job = queue.shift();
    if (!job) {
      worker?.unref();
      return;
    }
    worker ??= spawn();
    worker.ref();
    const w = worker;
    const timer = setTimeout(() => {
      retire(
        w,
        new RenderLimitError(
          `Preparing the PDF took longer than ${Math.round(job.timeLimitMs / 1000)} seconds, so it was stopped. ` +
            'Shorten the longest texts or lists in the engagement and export again.',
        ),
      );
    }, job.timeLimitMs);
    current = { job, worker: w, timer };
    w.postMessage(job.message);
  };

  const submit = (message: (id: number) => WorkerJob, limit: number): Promise<RenderedPdf> =>
    new Promise<RenderedPdf>((resolve, reject) => {
      const id = nextId++;
      queue.push({ id, message: message(id), timeLimitMs: limit, resolve, reject });
      pump();
    });
  const enqueue = (request: ScopeOfWorkRequest, limit: number, kind: RenderJob['kind']) =>
    submit((id) => ({ id, kind, request, fontsDir }), limit);

  const ready: Promise<void> =
    options.warm === true && !broken
      ? // V8 optimizes layout code only after it has run a few times: three warm-up renders
        // bring the first real export close to the speed of the ones after it.
        Promise.all(
          Array.from({ length: WARM_UP_RENDERS }, () => enqueue(warmUpRequest(), timeLimitMs, 'warm')),
        ).then(
          () => undefined,
          () => undefined,
        )
      : Promise.resolve();

  return {
    get mode() {
      return broken ? 'in-process' : 'worker';
    },
    ready,
    async render(request, limits) {
      if (broken) return fallback.render(request);
      try {
        return await enqueue(request, limits?.timeLimitMs ?? timeLimitMs, 'render');
      } catch (error) {
        // `broken` is set by the worker's error event while the render was awaited.
        if (!isBroken() || error instanceof RenderLimitError) throw error;
        console.warn('[export] the PDF worker could not start; rendering in the main process instead', error);
        return fallback.render(request);
      }
    },
    async checkLogo(dataUrl) {
      if (broken) return fallback.checkLogo(dataUrl);
      await submit((id) => ({ id, kind: 'logo', logo: dataUrl, fontsDir }), LOGO_TIME_LIMIT_MS);
    },
    close: async () => {
      closed = true;
      const error = new Error('The PDF renderer was closed');
      for (const job of queue.splice(0)) job.reject(error);
      if (current) {
        clearTimeout(current.timer);
        current.job.reject(error);
        current = undefined;
      }
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
