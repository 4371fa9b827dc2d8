import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { openStore } from '../../../src/main/store';
import { integrityCheck } from '../../../src/main/store/database';

const WRITER = resolve(__dirname, 'crash-writer.ts');

/** What the writer acknowledged, across every run on the same data folder. */
export interface Acknowledged {
  /** Highest acknowledged version per engagement id. */
  versions: Map<string, number>;
  /** Highest acknowledged revision number per engagement id. */
  revisions: Map<string, number>;
  saves: number;
}

export function emptyAcknowledged(): Acknowledged {
  return { versions: new Map(), revisions: new Map(), saves: 0 };
}

/**
 * When to kill. Counting acknowledgements rather than milliseconds keeps the amount of work
 * per run the same on a fast laptop and on a loaded CI machine; the extra delay then lands
 * the kill at a random point inside a save, a revision or a backup.
 */
export interface KillPlan {
  /** Kill during start-up (open, migrations, purge): `delayMs` after spawn. */
  beforeReady: boolean;
  /** Otherwise: once this many saves were acknowledged after `ready`… */
  afterAcks: number;
  /** …and then this many ms later. */
  delayMs: number;
}

export function randomPlan(beforeReady: boolean): KillPlan {
  return beforeReady
    ? { beforeReady, afterAcks: 0, delayMs: 100 + Math.floor(Math.random() * 900) }
    : { beforeReady, afterAcks: Math.floor(Math.random() * 60), delayMs: Math.floor(Math.random() * 15) };
}

function record(acked: Acknowledged, line: string): void {
  const [kind, id, a] = line.split(' ');
  if (id === undefined) return;
  if (kind === 'ack' && a !== undefined) {
    acked.versions.set(id, Math.max(acked.versions.get(id) ?? 0, Number(a)));
    acked.saves++;
  } else if (kind === 'revision' && a !== undefined) {
    acked.revisions.set(id, Math.max(acked.revisions.get(id) ?? 0, Number(a)));
  } else if (kind === 'created') {
    acked.versions.set(id, Math.max(acked.versions.get(id) ?? 0, 1));
  }
}

/** Starts the writer on `dataDir`, SIGKILLs it as planned, and records every acknowledgement it printed. */
export function runAndKill(
  dataDir: string,
  plan: KillPlan,
  acked: Acknowledged,
): Promise<{ signal: string | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, '3'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let ready = false;
    let acksSinceReady = 0;
    const kill = () => child.kill('SIGKILL');
    const safety = setTimeout(kill, 20_000);
    if (plan.beforeReady) timer = setTimeout(kill, plan.delayMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline = buffer.indexOf('\n');
      while (newline !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        record(acked, line);
        if (line === 'ready') ready = true;
        else if (ready && line.startsWith('ack ')) acksSinceReady++;
        if (!plan.beforeReady && ready && timer === undefined && acksSinceReady >= plan.afterAcks) {
          timer = setTimeout(kill, plan.delayMs);
        }
        newline = buffer.indexOf('\n');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(safety);
      if (timer) clearTimeout(timer);
      // A partial last line was never a complete acknowledgement; it is ignored.
      resolvePromise({ signal, stderr });
    });
  });
}

/**
 * Opens the killed database the way the app does and lists every broken promise: a failed
 * integrity check, a recovery that should not have been needed, a lost acknowledged save or
 * revision, or a document out of step with its version.
 */
export function verifyAfterKill(dataDir: string, acked: Acknowledged): string[] {
  const problems: string[] = [];
  const store = openStore(dataDir, { backupIntervalMs: null });
  try {
    const integrity = integrityCheck(store.db);
    if (integrity.length > 0) problems.push(`integrity_check: ${integrity.join('; ')}`);
    for (const notice of store.status().notices) {
      if (notice.kind === 'recovered' || notice.kind === 'recovered_empty')
        problems.push(`unexpected recovery: ${notice.message}`);
    }
    for (const [id, version] of acked.versions) {
      let stored: { version: number; notes: string };
      try {
        const { engagement, meta } = store.engagements.get(id);
        stored = { version: meta.version, notes: engagement.notes };
      } catch (error) {
        problems.push(`engagement ${id} acknowledged at version ${version} is missing: ${String(error)}`);
        continue;
      }
      if (stored.version < version)
        problems.push(`engagement ${id}: acknowledged version ${version}, found ${stored.version}`);
      if (stored.version > 1 && !stored.notes.startsWith(`version=${stored.version} `)) {
        problems.push(
          `engagement ${id}: version ${stored.version} holds the document of another save (“${stored.notes}”)`,
        );
      }
    }
    for (const [id, number] of acked.revisions) {
      const have = store.revisions.list(id).length;
      if (have < number) problems.push(`engagement ${id}: acknowledged revision ${number}, found ${have}`);
    }
  } finally {
    store.close();
  }
  return problems;
}
