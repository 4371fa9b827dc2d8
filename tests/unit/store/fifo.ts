import { execFileSync } from 'node:child_process';

/** A named pipe at `path` (Node has no mkfifo of its own). */
export function mkfifoSync(path: string): void {
  execFileSync('mkfifo', [path]);
}
