import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The script the app's worker threads run: the built `pdf-worker.js` next to the main bundle
 * (it renders PDFs, and checks a database's integrity when started for that), or, when running
 * from source (tests, scripts, benches), `export/worker.ts` loaded through tsx.
 */
export function workerEntry(role: 'pdf' | 'integrity' = 'pdf'): { file: string; execArgv: string[] } | null {
  // __filename rather than import.meta: the main bundle and the E2E harness load this as CommonJS.
  const here = __filename;
  if (here.endsWith('.ts')) {
    const file = role === 'pdf' ? join('export', 'worker.ts') : join('store', 'integrity-worker.ts');
    return { file: join(dirname(here), file), execArgv: ['--import', 'tsx'] };
  }
  const candidates = [join(dirname(here), 'pdf-worker.js'), join(dirname(here), '..', 'pdf-worker.js')];
  const file = candidates.find((candidate) => existsSync(candidate));
  return file ? { file, execArgv: [] } : null;
}
