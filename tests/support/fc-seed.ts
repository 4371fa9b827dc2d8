import fc from 'fast-check';

// Every property in this worker runs from the seed the global setup chose and printed.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_208) });
