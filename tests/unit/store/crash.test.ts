import { describe, expect, it } from 'vitest';
import { emptyAcknowledged, randomPlan, runAndKill, verifyAfterKill } from './crash-harness';
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
        const plan = randomPlan(run % 4 === 3);
        const { stderr } = await runAndKill(dir, plan, acked);
        const context = `run ${run}, plan ${JSON.stringify(plan)}`;
        expect(stderr, `the writer reported an error (${context})`).toBe('');
        expect(verifyAfterKill(dir, acked), `broken promises after the kill (${context})`).toEqual([]);
      }
      // The test must have exercised something: many saves were acknowledged and checked.
      expect(acked.saves).toBeGreaterThan(kills * 10);
    } finally {
      cleanup();
    }
  }, 120_000);
});
