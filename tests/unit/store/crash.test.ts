import { describe, expect, it } from 'vitest';
import { emptyAcknowledged, runAndKill, verifyAfterKill } from './crash-harness';
import { tempDataDir } from './helpers';

/**
 * SIGKILL at random moments (while opening, saving, freezing revisions and taking backups),
 * then the checks a person relies on: the file opens, it is sound, and no save the app
 * acknowledged is gone. scripts/crash-soak.ts runs the same thing many more times.
 */
describe('killing the app mid-save', () => {
  it('never loses an acknowledged save and never leaves a damaged file', async () => {
    const { dir, cleanup } = tempDataDir('crash');
    const acked = emptyAcknowledged();
    const kills = 16;
    try {
      for (let run = 0; run < kills; run++) {
        // Most kills land while saving; every fourth lands during start-up (open, migrate, purge).
        const beforeReady = run % 4 === 3;
        const delayMs = beforeReady ? 150 + Math.floor(Math.random() * 600) : Math.floor(Math.random() * 250);
        const { signal, stderr } = await runAndKill(dir, { delayMs, beforeReady }, acked);
        expect(stderr).toBe('');
        expect(signal === 'SIGKILL' || signal === null).toBe(true);
        expect(verifyAfterKill(dir, acked)).toEqual([]);
      }
      // The test must have exercised something: many saves were acknowledged and checked.
      expect(acked.saves).toBeGreaterThan(100);
    } finally {
      cleanup();
    }
  }, 120_000);
});
