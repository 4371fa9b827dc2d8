import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderScopeOfWork, type ScopeOfWorkRequest } from '../../src/main/export';
import { DEFAULT_PROFILE } from '../../src/main/store/settings';
import { migrateEngagement, type Engagement } from '../../src/shared/domain';
import type { Bench } from '../lib';
import { stressEngagement } from '../../tests/support/stress';

/**
 * The scope-of-work PDF, engine to bytes: the mid-size sample (goal ≤ 250 ms median) and the
 * 300-line stress engagement (goal ≤ 2.5 s). Timed in this thread, which is the work the app's
 * worker thread does; the note gives the memory it took.
 */

const root = join(import.meta.dirname, '..', '..');
const fontsDir = join(root, 'resources', 'fonts');

function sample(id: string): Engagement {
  return migrateEngagement(
    JSON.parse(readFileSync(join(root, 'resources', 'samples', `${id}.json`), 'utf8')),
  );
}

function request(engagement: Engagement): ScopeOfWorkRequest {
  return {
    engagement,
    profile: DEFAULT_PROFILE,
    revision: { number: 2, date: '2025-09-01' },
    previous: { number: 1, engagement },
  };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A bench that also tracks the heap after each render and the process's peak resident memory. */
function pdfBench(name: string, engagement: () => Engagement, runs: number): Bench {
  let peakHeap = 0;
  let pages = 0;
  let bytes = 0;
  return {
    name,
    runs,
    warmup: 2,
    setup: () => request(engagement()),
    run: async (state) => {
      const pdf = await renderScopeOfWork(state as ScopeOfWorkRequest, fontsDir);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      pages = pdf.pageCount;
      bytes = pdf.bytes.length;
    },
    // Read once the runs are done, so it reports what they used.
    get note() {
      const rss = process.resourceUsage().maxRSS * 1024;
      return `${pages} pages, ${Math.round(bytes / 1024)} KB; peak RSS ${mb(rss)} MB, peak heap after a render ${mb(peakHeap)} MB`;
    },
  };
}

const benches: Bench[] = [
  pdfBench('pdf_typical', () => sample('mid-size-suburban-district'), 20),
  pdfBench('pdf_large', () => stressEngagement(300), 6),
];
export default benches;
