import { describe, expect, it } from 'vitest';
import { inProcessRenderer, workerRenderer } from '../../../src/main/export/worker-pool';
import { workerEntry } from '../../../src/main/worker-entry';
import { fixtureEngagement } from './fixture';
import { FONTS_DIR, PROFILE } from './helpers';
import { extractPdfText, flat } from './pdf-text';

const request = (number: number) => ({
  engagement: fixtureEngagement(),
  profile: PROFILE,
  revision: { number, date: '2025-07-15' },
  previous: null,
});

describe('rendering off the main thread', () => {
  it('finds the worker script it will run', () => {
    const entry = workerEntry();
    expect(entry?.file).toMatch(/worker\.ts$/);
    expect(entry?.execArgv).toEqual(['--import', 'tsx']);
  });

  it('renders in a worker thread, one request after another, the same document as in-process', async () => {
    const renderer = workerRenderer(FONTS_DIR);
    try {
      expect(renderer.mode).toBe('worker');
      const [a, b] = await Promise.all([renderer.render(request(1)), renderer.render(request(2))]);
      expect(renderer.mode).toBe('worker');
      expect(flat((await extractPdfText(a.bytes)).all)).toContain(`Page 1 of ${a.pageCount}`);
      expect(flat((await extractPdfText(b.bytes)).all)).toContain('Version 2 ·');

      const local = await inProcessRenderer(FONTS_DIR).render(request(1));
      expect(local.pageCount).toBe(a.pageCount);
      expect((await extractPdfText(local.bytes)).pages).toEqual((await extractPdfText(a.bytes)).pages);
    } finally {
      await renderer.close();
    }
  });

  it('reports a render that fails inside the worker', async () => {
    const renderer = workerRenderer('/nonexistent/fonts');
    try {
      await expect(renderer.render(request(1))).rejects.toThrow(/font/i);
      expect(renderer.mode).toBe('worker');
    } finally {
      await renderer.close();
    }
  });
});
