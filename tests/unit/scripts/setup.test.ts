import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronDownloadHelp,
  firstErrorLine,
  installNeed,
  nodeFloor,
  oldNodeMessage,
} from '../../../scripts/setup-checks.mjs';

const repo = join(import.meta.dirname, '..', '..', '..');

describe('the ensure step’s decisions', () => {
  it('reads the Node floor from package.json and refuses an older Node in one line', () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { engines: { node: string } };
    const floor = nodeFloor(pkg.engines.node);
    expect(floor).toBe(24);
    expect(readFileSync(join(repo, '.nvmrc'), 'utf8').trim()).toBe(String(floor));
    expect(oldNodeMessage('20.20.2', floor)).toBe(
      'Northstar Scope needs Node 24 or newer; this is Node 20.20.2.',
    );
    expect(oldNodeMessage('v22.14.0', floor)).toBe(
      'Northstar Scope needs Node 24 or newer; this is Node 22.14.0.',
    );
    expect(oldNodeMessage('24.0.0', floor)).toBeNull();
    expect(oldNodeMessage('26.1.0', floor)).toBeNull();
    expect(() => nodeFloor('^24')).toThrow(/>=N/);
  });

  it('installs when node_modules is missing or older than the lock file, and not otherwise', () => {
    expect(installNeed({ installedAt: null, lockChangedAt: 1_000 })).toBe('missing');
    expect(installNeed({ installedAt: 2_000, lockChangedAt: 1_000 })).toBeNull();
    expect(installNeed({ installedAt: 1_000, lockChangedAt: 2_000 })).toBe('stale');
    expect(installNeed({ installedAt: 1_000, lockChangedAt: null })).toBeNull();
  });

  it('turns a download failure into one line, without the stack trace', () => {
    const stack =
      'TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async downloadArtifact (x.js:1:1)';
    expect(firstErrorLine(stack)).toBe('TypeError: fetch failed');
    const help = electronDownloadHelp('45.4.1', 'TypeError: fetch failed');
    expect(help).toContain('Electron 45.4.1');
    expect(help).toContain('npx install-electron');
    expect(help).toContain('ELECTRON_MIRROR');
    expect(help).not.toMatch(/\n\s+at /);
  });
});

/** A throwaway project folder holding the real scripts, so they run as they would in a clone. */
function sandbox(): string {
  const root = mkdtempSync(join(tmpdir(), 'northstar-setup-'));
  mkdirSync(join(root, 'scripts'));
  for (const f of ['ensure-setup.mjs', 'ensure-electron.mjs', 'setup-checks.mjs'])
    copyFileSync(join(repo, 'scripts', f), join(root, 'scripts', f));
  copyFileSync(join(repo, 'package.json'), join(root, 'package.json'));
  writeFileSync(join(root, 'package-lock.json'), '{}');
  // Stands in for npm: records the arguments it was run with.
  writeFileSync(
    join(root, 'fake-npm.cjs'),
    "require('fs').writeFileSync(require('path').join(process.cwd(), 'npm-ran'), process.argv.slice(2).join(' '));",
  );
  return root;
}

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function run(root: string, script: string) {
  return spawnSync(process.execPath, [join(root, 'scripts', script)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_execpath: join(root, 'fake-npm.cjs') },
  });
}

describe('scripts/ensure-setup.mjs on a clone', () => {
  it('runs npm ci on a fresh clone, skips it once installed, and runs it again when the lock changes', () => {
    const root = sandbox();
    roots.push(root);
    const fresh = run(root, 'ensure-setup.mjs');
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('Installing the dependencies (first run): npm ci');
    expect(readFileSync(join(root, 'npm-ran'), 'utf8')).toBe('ci --no-audit --no-fund');

    rmSync(join(root, 'npm-ran'));
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
    utimesSync(join(root, 'package-lock.json'), new Date(2026, 0, 1), new Date(2026, 0, 1));
    utimesSync(join(root, 'node_modules', '.package-lock.json'), new Date(2026, 0, 2), new Date(2026, 0, 2));
    const installed = run(root, 'ensure-setup.mjs');
    expect(installed.status).toBe(0);
    expect(installed.stdout).toBe('');
    expect(existsSync(join(root, 'npm-ran'))).toBe(false);

    utimesSync(join(root, 'package-lock.json'), new Date(2026, 0, 3), new Date(2026, 0, 3));
    const stale = run(root, 'ensure-setup.mjs');
    expect(stale.status).toBe(0);
    expect(stale.stdout).toContain('package-lock.json changed since the last install');
    expect(existsSync(join(root, 'npm-ran'))).toBe(true);
  });

  it('stops with one line, before installing anything, on a Node below the floor', () => {
    const root = sandbox();
    roots.push(root);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(root, 'package.json'), JSON.stringify({ ...pkg, engines: { node: '>=99' } }));
    const result = run(root, 'ensure-setup.mjs');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Northstar Scope needs Node 99 or newer; this is Node ${process.versions.node}.`,
    );
    expect(existsSync(join(root, 'npm-ran'))).toBe(false);
  });
});

describe('scripts/ensure-electron.mjs', () => {
  it('prints one clear paragraph, no stack trace, when the binary cannot be downloaded', () => {
    const root = sandbox();
    roots.push(root);
    const electron = join(root, 'node_modules', 'electron');
    mkdirSync(electron, { recursive: true });
    writeFileSync(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
    // The electron package's own installer, offline: a fetch error and its stack.
    writeFileSync(
      join(electron, 'install.js'),
      "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:1:1\\n    at async get (index.js:1:1)'); process.exit(1);",
    );
    const result = run(root, 'ensure-electron.mjs');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Downloading Electron 45.4.1 (first run only)');
    expect(result.stderr).toContain(
      'Electron 45.4.1, which runs Northstar Scope, is not installed yet, and downloading it failed (TypeError: fetch failed).',
    );
    expect(result.stderr).toContain('npx install-electron');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('Electron uninstall');
  });

  it('does nothing when the binary is already there', () => {
    const root = sandbox();
    roots.push(root);
    const electron = join(root, 'node_modules', 'electron');
    mkdirSync(join(electron, 'dist'), { recursive: true });
    writeFileSync(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
    writeFileSync(join(electron, 'install.js'), 'process.exit(3);');
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist', 'electron'), '');
    const result = run(root, 'ensure-electron.mjs');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });
});
