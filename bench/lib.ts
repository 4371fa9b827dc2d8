/**
 * The bench runner's vocabulary. A figure module in bench/figures/ default-exports a list of
 * `Bench` entries; bench/run.ts runs them all (or those named on the command line), prints
 * `name: <median> ms (p95 <x> ms, n <runs>)` and writes bench/results.json.
 */
export interface Bench {
  name: string;
  /** Called once before timing; whatever it returns is handed to `run`. */
  setup?: () => unknown;
  /** The timed work (not needed when `sample` is given). */
  run?: (state: unknown) => unknown;
  /**
   * For figures measured elsewhere (inside a browser page, or a size): returns the samples
   * themselves, which are summarized instead of timing `run`.
   */
  sample?: () => Promise<number[]>;
  teardown?: (state: unknown) => Promise<void> | void;
  runs?: number;
  warmup?: number;
  /** What the figure measures, printed after it; may be set by `setup` or `sample`. */
  note?: string;
}

export interface Figure {
  median_ms: number;
  p95_ms: number;
  n: number;
  note?: string;
}

export function summarize(samples: number[]): Omit<Figure, 'note'> {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), n: sorted.length };
}

export async function measure(bench: Bench): Promise<Figure> {
  if (bench.sample) {
    const samples = await bench.sample();
    return { ...summarize(samples), ...(bench.note ? { note: bench.note } : {}) };
  }
  const run = bench.run;
  if (!run) throw new Error(`Bench ${bench.name} has neither run nor sample`);
  const state = await bench.setup?.();
  try {
    for (let i = 0; i < (bench.warmup ?? 3); i++) await run(state);
    const samples: number[] = [];
    for (let i = 0; i < (bench.runs ?? 30); i++) {
      const start = performance.now();
      await run(state);
      samples.push(performance.now() - start);
    }
    return { ...summarize(samples), ...(bench.note ? { note: bench.note } : {}) };
  } finally {
    await bench.teardown?.(state);
  }
}

export function formatFigure(name: string, f: Figure): string {
  return `${name}: ${f.median_ms} ms (p95 ${f.p95_ms} ms, n ${f.n})${f.note ? ` — ${f.note}` : ''}`;
}
