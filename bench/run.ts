import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatFigure, measure, type Bench, type Figure } from './lib';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const dir = join(here, 'figures');
  const modules = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
  const out = join(here, 'results.json');
  // Running a few figures by name updates those and keeps the others from the last full run.
  const previous =
    only.size > 0
      ? ((JSON.parse(await readFile(out, 'utf8').catch(() => '{}')) as { figures?: Record<string, Figure> })
          .figures ?? {})
      : {};
  const figures: Record<string, Figure> = { ...previous };
  for (const file of modules) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: Bench[] };
    for (const bench of mod.default) {
      if (only.size > 0 && !only.has(bench.name)) continue;
      const figure = await measure(bench);
      figures[bench.name] = figure;
      console.log(formatFigure(bench.name, figure));
    }
  }
  await writeFile(out, `${JSON.stringify({ figures }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
