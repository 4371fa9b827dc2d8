import { describe, expect, it } from 'vitest';
import { RenderLimitError, workerRenderer } from '../../../src/main/export/worker-pool';
import { fixtureEngagement } from './fixture';
import { FONTS_DIR, PROFILE } from './helpers';
import { extractPdfText, flat } from './pdf-text';
import { stressEngagement } from '../../support/stress';

const request = (engagement = fixtureEngagement(), number = 1) => ({
  engagement,
  profile: PROFILE,
  revision: { number, date: '2025-07-15' },
  previous: null,
});

describe('a PDF render that runs too long or too large cannot poison the worker', () => {
  it('stops a render past its time limit with a clear message, and the next export works', async () => {
    const logged: [string, unknown][] = [];
    const renderer = workerRenderer(FONTS_DIR, {
      log: { write: (source, error) => logged.push([source, error]) },
    });
    try {
      const stuck = renderer.render(request(stressEngagement(300)), { timeLimitMs: 50 });
      const waiting = renderer.render(request(fixtureEngagement(), 2));
      await expect(stuck).rejects.toThrow(RenderLimitError);
      await expect(stuck).rejects.toThrow(/took longer than 0 seconds, so it was stopped/);
      const next = await waiting;
      expect(flat((await extractPdfText(next.bytes)).all)).toContain('Version 2 ·');
      expect(renderer.mode).toBe('worker');
      // The stopped worker leaves one line in the error log.
      expect(logged).toEqual([['pdf-worker', expect.any(RenderLimitError)]]);
    } finally {
      await renderer.close();
    }
  });

  it('stops a render past its memory limit with a clear message, and a fresh worker takes the next', async () => {
    const renderer = workerRenderer(FONTS_DIR, { memoryLimitMb: 64 });
    try {
      const [large, small] = await Promise.allSettled([
        renderer.render(request(stressEngagement(500))),
        renderer.render(request(fixtureEngagement(), 2)),
      ]);
      expect(large.status).toBe('rejected');
      if (large.status === 'rejected') {
        expect(large.reason).toBeInstanceOf(RenderLimitError);
        expect(String(large.reason)).toMatch(/needed more than 64 MB of memory, so it was stopped/);
      }
      expect(small.status).toBe('fulfilled');
      if (small.status === 'fulfilled') {
        expect(flat((await extractPdfText(small.value.bytes)).all)).toContain('Version 2 ·');
      }
      expect(renderer.mode).toBe('worker');
    } finally {
      await renderer.close();
    }
  });

  it('starts early and warms up, so it is ready before the first export is asked for', async () => {
    const renderer = workerRenderer(FONTS_DIR, { warm: true });
    try {
      await renderer.ready;
      const pdf = await renderer.render(request());
      expect(pdf.pageCount).toBeGreaterThan(3);
    } finally {
      await renderer.close();
    }
  });
});
