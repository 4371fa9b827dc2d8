// Run before `npm start`, `npm run dev` and `npm test`: stop at once on a Node that is too old,
// and install the dependencies when node_modules is missing or older than package-lock.json,
// so a fresh clone needs no step of its own before either command.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installNeed, nodeFloor, oldNodeMessage } from './setup-checks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const old = oldNodeMessage(process.versions.node, nodeFloor(pkg.engines?.node));
if (old) {
  console.error(old);
  process.exit(1);
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : null);
const need = installNeed({
  installedAt: mtime(join(root, 'node_modules', '.package-lock.json')),
  lockChangedAt: mtime(join(root, 'package-lock.json')),
});
if (need) {
  console.log(
    need === 'missing'
      ? 'Installing the dependencies (first run): npm ci'
      : 'package-lock.json changed since the last install; reinstalling: npm ci',
  );
  // Under npm, npm_execpath is npm's own CLI, so the same npm runs whatever PATH says.
  const npmCli = process.env.npm_execpath;
  const result = npmCli
    ? spawnSync(process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
  if (result.status !== 0) {
    console.error(
      'Installing the dependencies failed (see npm’s message above); fix that, then run the command again.',
    );
    process.exit(result.status ?? 1);
  }
}
