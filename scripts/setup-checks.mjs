// The decisions behind `scripts/ensure-setup.mjs`, kept free of side effects so tests can
// call them. Plain JavaScript that any Node still in use can parse, so an old Node gets the
// one-line answer below instead of a syntax error.

/** The lowest Node major version the project supports, from package.json's `engines.node` (">=24"). */
export function nodeFloor(enginesNode) {
  const match = /^>=\s*(\d+)(?:\.\d+){0,2}\s*$/.exec(String(enginesNode ?? ''));
  if (!match) throw new Error(`package.json engines.node must read ">=N", not "${enginesNode}"`);
  return Number(match[1]);
}

/** The line to print when `version` (process.versions.node) is below the floor, else null. */
export function oldNodeMessage(version, floor) {
  const major = Number(String(version).replace(/^v/, '').split('.')[0]);
  if (Number.isFinite(major) && major >= floor) return null;
  return `Northstar Scope needs Node ${floor} or newer; this is Node ${String(version).replace(/^v/, '')}.`;
}

/**
 * Whether the dependencies must be installed: 'missing' when there is no node_modules (or npm
 * never finished an install there), 'stale' when package-lock.json changed after the last
 * install, null when they are up to date. Times are modification times in milliseconds;
 * `installedAt` is null when node_modules/.package-lock.json (written by npm at the end of
 * every install) does not exist.
 */
export function installNeed({ installedAt, lockChangedAt }) {
  if (installedAt === null || installedAt === undefined) return 'missing';
  if (lockChangedAt !== null && lockChangedAt !== undefined && lockChangedAt > installedAt) return 'stale';
  return null;
}

/**
 * The paragraph a person sees when Electron's binary could not be downloaded: what failed, and
 * how to retry. `detail` is the downloader's own one-line error.
 */
export function electronDownloadHelp(version, detail) {
  return [
    `Electron ${version}, which runs Northstar Scope, is not installed yet, and downloading it failed${detail ? ` (${detail})` : ''}.`,
    'Electron downloads its program (about 100 MB) the first time the app starts, which needs the internet.',
    'When you are online, run `npx install-electron` once, then run this command again.',
    'Behind a proxy, set ELECTRON_GET_USE_PROXY=1 and GLOBAL_AGENT_HTTPS_PROXY to the proxy address first;',
    'to download from a mirror, set ELECTRON_MIRROR; to reuse a zip you already have, put it in the folder',
    'named by electron_config_cache (Electron documents these in its installation guide).',
  ].join('\n');
}

/** The first line of a downloader's output that says what went wrong, without its stack trace. */
export function firstErrorLine(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at ') && !l.startsWith('^'));
  const line =
    lines.find((l) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|ETIMEDOUT|EACCES/i.test(l)) ?? lines[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
