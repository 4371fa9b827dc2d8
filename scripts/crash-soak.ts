/**
 * The long crash test: many more SIGKILLs than the unit suite can afford, on one data folder
 * that accumulates acknowledged saves across runs. Exits non-zero on the first broken promise.
 *
 *   npx tsx scripts/crash-soak.ts [kills=200]
 */
import {
  emptyAcknowledged,
  randomPlan,
  runAndKill,
  verifyAfterKill,
} from '../tests/unit/store/crash-harness';
import { tempDataDir } from '../tests/unit/store/helpers';

async function main(): Promise<void> {
  const kills = Number(process.argv[2] ?? '200');
  const { dir, cleanup } = tempDataDir('crash-soak');
  const acked = emptyAcknowledged();
  const started = Date.now();
  try {
    for (let run = 1; run <= kills; run++) {
      const plan = randomPlan(Math.random() < 0.2);
      const { stderr } = await runAndKill(dir, plan, acked);
      if (stderr !== '') throw new Error(`writer wrote to stderr in run ${run}:\n${stderr}`);
      const problems = verifyAfterKill(dir, acked);
      if (problems.length > 0) {
        console.error(
          `run ${run} (${JSON.stringify(plan)}): ${problems.length} problem(s); data kept in ${dir}`,
        );
        for (const problem of problems) console.error(`  ${problem}`);
        process.exitCode = 1;
        return;
      }
      if (run % 10 === 0 || run === kills) {
        console.log(
          `${run}/${kills} kills, ${acked.saves} acknowledged saves verified (${Math.round((Date.now() - started) / 1000)} s)`,
        );
      }
    }
    cleanup();
  } catch (error) {
    console.error(`data kept in ${dir}`);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
