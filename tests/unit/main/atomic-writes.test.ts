import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../src/main/files/atomic';

const MAIN = join(import.meta.dirname, '..', '..', '..', 'src', 'main');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('every file the app writes goes through one atomic-write helper', () => {
  it('no module of the main process writes or renames a file itself', () => {
    const direct =
      /\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|renameSync|rename)\s*\(/;
    const offenders = sources(MAIN)
      .filter((file) => !file.endsWith(join('files', 'atomic.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.trim(), at: `${relative(MAIN, file)}:${i + 1}` }))
          // pdfmake's in-memory font table is no file.
          .filter(({ line }) => direct.test(line) && !line.includes('virtualfs') && !line.startsWith('*')),
      );
    // Moving a damaged database aside is a rename within the folder, flushed after (open.ts).
    const movesAside = ({ at, line }: { at: string; line: string }) =>
      at.startsWith('store/open.ts') && line.includes('renameSync(dbPath');
    // The error log only ever appends a line, and rotates by renaming within its folder:
    // a line cut short by a crash is all that can be lost, and nothing reads it back.
    const logs = ({ at }: { at: string }) => at.startsWith('error-log.ts');
    expect(offenders.filter((offender) => !movesAside(offender) && !logs(offender))).toEqual([]);
  });

  it('leaves the whole new content and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'northstar-atomic-'));
    try {
      writeFileAtomicSync(join(dir, 'a.json'), 'first');
      writeFileAtomicSync(join(dir, 'a.json'), 'second');
      await writeFileAtomic(join(dir, 'b.pdf'), new Uint8Array([1, 2, 3]));
      expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('second');
      expect([...readFileSync(join(dir, 'b.pdf'))]).toEqual([1, 2, 3]);
      expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.pdf']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
