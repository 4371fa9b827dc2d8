import { Worker } from 'node:worker_threads';
import { migrateEngagement } from '@shared/domain';
import warmUpSample from '../../../resources/samples/small-rural-district.json';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';
import { probeLogo } from './logo-probe';
import type { ErrorLog } from '../error-log';
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
const RENDER_TIME_LIMIT_MS = 60_000;
/** The worker's heap; the 300-line stress engagement needs about a fifth of it. */
const RENDER_MEMORY_LIMIT_MB = 768;
/** Drawing a logo within the pixel limits takes well under a second. */
const LOGO_TIME_LIMIT_MS = 15_000;

export interface WorkerRendererOptions {
  timeLimitMs?: number;
  memoryLimitMb?: number;
  /** Start the worker now and render a warm-up document, so the first export is as quick as later ones. */
  warm?: boolean;
  /** Where worker failures are written (the error log). */
  log?: Pick<ErrorLog, 'write'>;
}

const WARM_UP_RENDERS = 3;

/** A shipped sample, a document that goes through every section, so the worker's first real render is warm. */
function warmUpRequest(): ScopeOfWorkRequest {
  const engagement = migrateEngagement(warmUpSample);
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
 * Worker failures are written to the error log.
 */
export function workerRenderer(fontsDir: string, options: WorkerRendererOptions = {}): ScopeOfWorkRenderer {
  return new PdfWorkerPool(fontsDir, options);
}

class PdfWorkerPool implements ScopeOfWorkRenderer {
  readonly ready: Promise<void>;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;
  private readonly fallback: ScopeOfWorkRenderer;
  private readonly queue: Job[] = [];
  private current: { job: Job; worker: Worker; timer: NodeJS.Timeout } | undefined;
  private worker: Worker | undefined;
  private started = false;
  /** No worker can start: everything renders in this thread. */
  private broken = workerEntry() === null;
  private closed = false;
  private nextId = 1;

  constructor(
    private readonly fontsDir: string,
    private readonly options: WorkerRendererOptions,
  ) {
    this.timeLimitMs = options.timeLimitMs ?? RENDER_TIME_LIMIT_MS;
    this.memoryLimitMb = options.memoryLimitMb ?? RENDER_MEMORY_LIMIT_MB;
    this.fallback = inProcessRenderer(fontsDir);
    this.ready =
      options.warm === true && !this.broken
        ? // V8 optimizes layout code only after it has run a few times: three warm-up renders
          // bring the first real export close to the speed of the ones after it.
          Promise.all(
            Array.from({ length: WARM_UP_RENDERS }, () =>
              this.enqueue(warmUpRequest(), this.timeLimitMs, 'warm'),
            ),
          ).then(
            () => undefined,
            () => undefined,
          )
        : Promise.resolve();
  }

  get mode(): 'worker' | 'in-process' {
    return this.broken ? 'in-process' : 'worker';
  }

  async render(request: ScopeOfWorkRequest, limits?: { timeLimitMs?: number }): Promise<RenderedPdf> {
    if (this.broken) return this.fallback.render(request);
    try {
      return await this.enqueue(request, limits?.timeLimitMs ?? this.timeLimitMs, 'render');
    } catch (error) {
      // `broken` is set by the worker's error event while the render was awaited.
      if (!this.isBroken() || error instanceof RenderLimitError) throw error;
      console.warn('[export] the PDF worker could not start; rendering in the main process instead', error);
      this.options.log?.write('pdf-worker', error);
      return this.fallback.render(request);
    }
  }

  async checkLogo(dataUrl: string): Promise<void> {
    if (this.broken) return this.fallback.checkLogo(dataUrl);
    await this.submit(
      (id) => ({ id, kind: 'logo', logo: dataUrl, fontsDir: this.fontsDir }),
      LOGO_TIME_LIMIT_MS,
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('The PDF renderer was closed');
    for (const job of this.queue.splice(0)) job.reject(error);
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.job.reject(error);
      this.current = undefined;
    }
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  /** Read through a method so the compiler does not narrow it across an await. */
  private isBroken(): boolean {
    return this.broken;
  }

  private enqueue(request: ScopeOfWorkRequest, limit: number, kind: RenderJob['kind']): Promise<RenderedPdf> {
    return this.submit((id) => ({ id, kind, request, fontsDir: this.fontsDir }), limit);
  }

  private submit(message: (id: number) => WorkerJob, limit: number): Promise<RenderedPdf> {
    return new Promise<RenderedPdf>((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, message: message(id), timeLimitMs: limit, resolve, reject });
      this.pump();
    });
  }

  private spawn(): Worker {
    const entry = workerEntry();
    if (!entry) throw new Error('The PDF worker script is missing');
    const w = new Worker(entry.file, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb, maxYoungGenerationSizeMb: 64 },
    });
    w.on('online', () => {
      this.started = true;
    });
    w.on('message', (reply: RenderReply) => this.answer(w, reply));
    w.on('error', (error: Error & { code?: string }) => {
      if (!this.started) this.broken = true;
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.retire(
        w,
        outOfMemory
          ? new RenderLimitError(
              `Preparing the PDF needed more than ${this.memoryLimitMb} MB of memory, so it was stopped. ` +
                'Shorten the longest texts or lists in the engagement and export again.',
            )
          : error,
      );
    });
    w.on('exit', (code) => {
      this.retire(w, new Error(`The PDF worker stopped unexpectedly (exit code ${code})`));
    });
    return w;
  }

  /** The worker's answer to the job it is running. */
  private answer(w: Worker, reply: RenderReply): void {
    if (this.current?.worker !== w || this.current.job.id !== reply.id) return;
    const { job, timer } = this.current;
    clearTimeout(timer);
    this.current = undefined;
    if (reply.ok) {
      job.resolve({
        bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength),
        pageCount: reply.pageCount,
      });
    } else job.reject(new Error(reply.message));
    this.pump();
  }

  /** Fails the job `w` was running, forgets `w`, and carries on with a fresh worker. */
  private retire(w: Worker, error: Error): void {
    const wasRunning = this.current?.worker === w;
    if (this.current?.worker === w) {
      clearTimeout(this.current.timer);
      const { job } = this.current;
      this.current = undefined;
      job.reject(error);
    }
    const known = this.worker === w || wasRunning;
    if (this.worker === w) this.worker = undefined;
    // A worker ended on purpose (closing, or one already retired) is no failure.
    if (known && !this.closed) this.options.log?.write('pdf-worker', error);
    void w.terminate();
    if (this.broken) {
      // No worker can start: the remaining jobs are rendered here instead.
      for (const job of this.queue.splice(0)) job.reject(error);
      return;
    }
    this.pump();
  }

  private pump(): void {
    if (this.current || this.closed || this.broken) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref();
      return;
    }
    this.worker ??= this.spawn();
    this.worker.ref();
    const w = this.worker;
    const timer = setTimeout(() => {
      this.retire(
        w,
        new RenderLimitError(
          `Preparing the PDF took longer than ${Math.round(job.timeLimitMs / 1000)} seconds, so it was stopped. ` +
            'Shorten the longest texts or lists in the engagement and export again.',
        ),
      );
    }, job.timeLimitMs);
    this.current = { job, worker: w, timer };
    w.postMessage(job.message);
  }
}
