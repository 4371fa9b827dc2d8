// Run before anything that opens Electron's window (`npm start`, `npm run dev`,
// `npm run test:electron`). Electron downloads its binary on first use, and electron-vite
// looks for it before that can happen, so install it here with the electron package's own
// idempotent installer, and say plainly what to do when the download cannot happen.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronDownloadHelp, firstErrorLine } from './setup-checks.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));

const installed = () => {
  try {
    const binary = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return existsSync(join(electronDir, 'dist', binary));
  } catch {
    return false;
  }
};

if (!installed()) {
  console.log(`Downloading Electron ${version} (first run only)...`);
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0 || !installed()) {
    console.error(
      electronDownloadHelp(version, firstErrorLine(`${result.stderr ?? ''}\n${result.stdout ?? ''}`)),
    );
    process.exit(1);
  }
}
