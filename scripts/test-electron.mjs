// Runs the Playwright _electron specs in tests/electron, which need Electron's own binary.
// Where it is missing (it is downloaded on first use, which needs the internet), say so plainly.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;

if (!binary || !existsSync(binary)) {
  console.error(
    [
      "Electron's binary is not installed, so the Electron specs (tests/electron) cannot run here.",
      `Looked for it in ${join(electronDir, 'dist')}.`,
      'On a machine with internet access, download it once with `npx install-electron` (or run `npm start`,',
      'which downloads it on first launch), then run `npm run test:electron` again.',
      'Everything else is covered by `npm test`: the engine, the main-process services over real SQLite',
      'and real PDFs, the built bundles, and the real UI in Chromium.',
    ].join('\n'),
  );
  process.exit(1);
}

for (const step of [
  ['npm', ['run', 'build']],
  ['npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts']],
]) {
  const result = spawnSync(step[0], step[1], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
