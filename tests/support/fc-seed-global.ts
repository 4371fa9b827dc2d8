/**
 * One fast-check seed for the whole unit run, printed so a failure can be replayed. The seed is
 * fixed (the same run for every clone and CI) unless FC_SEED names one, or says "random" to
 * explore; a counterexample a random seed finds is kept as an example test.
 */
export const FIXED_SEED = 20_261_208;

export default function setup(): void {
  const asked = process.env.FC_SEED;
  const seed =
    asked === 'random'
      ? (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0
      : asked
        ? Number(asked)
        : FIXED_SEED;
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${asked}"`);
  process.env.FC_SEED = String(seed);
  console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed} npm run test:unit)`);
}
