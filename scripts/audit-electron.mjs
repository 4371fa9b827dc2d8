// Electronegativity over the source: Electron misconfigurations and anti-patterns.
// Each finding is answered in docs/security.md. Runs offline: Electronegativity is a pinned
// devDependency, the Electron version comes from the installed electron package, and the check
// that downloads Electron's release notes is left out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

const audit = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');

const result = spawnSync(
  process.execPath,
  [
    audit,
    '--input',
    join(root, 'src'),
    '--electron-version',
    electronVersion,
    '--exclude-checks',
    'AvailableSecurityFixesGlobalCheck',
    '--relative',
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: `--require ${join(root, 'scripts', 'offline-got.cjs')}` },
  },
);
process.exit(result.status ?? 1);
