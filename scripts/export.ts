import { join } from 'node:path';
import { parseArgs, runExport } from '../src/main/export/cli';

/** `npm run export -- <engagement.json> <out.pdf>`: see src/main/export/cli.ts. */
async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const result = await runExport(options, join(import.meta.dirname, '..', 'resources', 'fonts'));
  console.log(
    `Wrote ${options.output}: version ${result.revision}, ${result.pageCount} pages, ${result.byteLength} bytes`,
  );
  console.log(`Wrote ${result.csv}: the funded scope by fiscal year, funding source and month`);
  if (result.unnamed)
    console.warn(
      'Signed as the placeholder consultancy: pass --profile profile.json with its name (the app refuses to export until Settings names it).',
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
