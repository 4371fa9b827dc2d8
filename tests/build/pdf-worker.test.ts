import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { migrateEngagement } from '../../src/shared/domain';
import { DEFAULT_PROFILE } from '../../src/main/store/settings';
import type { RenderJob, RenderReply } from '../../src/main/export/worker';

const workerBundle = resolve(__dirname, '../../out/main/pdf-worker.js');

describe('the built PDF worker', () => {
  it('runs as a worker thread of its own and renders a scope of work', async () => {
    if (!existsSync(workerBundle))
      throw new Error(`No PDF worker at ${workerBundle}: run \`npm run build\` first.`);
    const engagement = migrateEngagement(
      JSON.parse(
        readFileSync(resolve(__dirname, '../../resources/samples/small-rural-district.json'), 'utf8'),
      ),
    );
    const job: RenderJob = {
      id: 7,
      fontsDir: resolve(__dirname, '../../resources/fonts'),
      request: {
        engagement,
        profile: DEFAULT_PROFILE,
        revision: { number: 1, date: '2026-01-15' },
        previous: null,
      },
    };
    const worker = new Worker(workerBundle);
    try {
      const reply = await new Promise<RenderReply>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
        worker.postMessage(job);
      });
      expect(reply.id).toBe(7);
      if (!reply.ok) throw new Error(reply.message);
      expect(Buffer.from(reply.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(reply.pageCount).toBeGreaterThan(3);
    } finally {
      await worker.terminate();
    }
  });
});
