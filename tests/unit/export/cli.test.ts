import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs, readSource, runExport } from '../../../src/main/export/cli';
import { openStore } from '../../../src/main/store';
import { DEFAULT_TERMS } from '../../../src/shared/domain';
import { FONTS_DIR, loadSample, ROOT } from './helpers';
import { extractPdfText, flat } from './pdf-text';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'northstar-cli-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A project file as the app exports it: the engagement and two revisions already sent. */
function projectFileWithRevisions(): string {
  const store = openStore(join(dir, 'data'), { backupIntervalMs: null });
  try {
    const sample = loadSample('small-rural-district');
    const created = store.engagements.create(sample);
    store.freezeRevision(created.meta.id, 'first');
    const saved = store.engagements.save(
      { ...created.engagement, budget: { ...created.engagement.budget, amountCents: 1_500_000 } },
      created.meta.version,
    );
    store.freezeRevision(created.meta.id, 'second');
    const latest = store.engagements.get(created.meta.id);
    store.engagements.save(
      { ...latest.engagement, budget: { ...latest.engagement.budget, amountCents: 2_000_000 } },
      saved.version,
    );
    return store.exportProjectFile(created.meta.id).content;
  } finally {
    store.close();
  }
}

describe('npm run export', () => {
  it('reads its arguments, refusing anything it does not understand', () => {
    expect(parseArgs(['in.json', 'out.pdf'])).toEqual({ input: 'in.json', output: 'out.pdf' });
    expect(parseArgs(['in.json', 'out.pdf', '--date', '2025-09-01', '--profile', 'p.json'])).toEqual({
      input: 'in.json',
      output: 'out.pdf',
      date: '2025-09-01',
      profile: 'p.json',
    });
    expect(parseArgs(['in.json', 'out.pdf', '--terms', 'terms.json'])).toEqual({
      input: 'in.json',
      output: 'out.pdf',
      terms: 'terms.json',
    });
    expect(() => parseArgs(['in.json'])).toThrow(/Usage/);
    expect(() => parseArgs(['in.json', 'out.pdf', 'extra'])).toThrow(/Usage/);
    expect(() => parseArgs(['in.json', 'out.pdf', '--date', '2025-02-30'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['in.json', 'out.pdf', '--colour'])).toThrow(/Unknown option/);
  });

  it('reads a project file, a sample or a bare engagement, and says what is wrong with anything else', () => {
    const sample = readFileSync(join(ROOT, 'resources', 'samples', 'small-rural-district.json'), 'utf8');
    expect(readSource(sample).lastRevision).toBeNull();
    expect(
      readSource(JSON.stringify({ description: 'x', engagement: JSON.parse(sample) as unknown })).engagement
        .name,
    ).toBe(loadSample('small-rural-district').name);
    const project = readSource(projectFileWithRevisions());
    expect(project.lastRevision?.number).toBe(2);
    expect(() => readSource('{ nope')).toThrow(/not valid JSON/);
    expect(() => readSource('{"schemaVersion": 1}')).toThrow(/engagement/);
  });

  it('writes the PDF the app would export next: version N+1 with the changes since N', async () => {
    const input = join(dir, 'project.json');
    writeFileSync(input, projectFileWithRevisions());
    const output = join(dir, 'scope.pdf');
    const result = await runExport({ input, output, date: '2025-09-01' }, FONTS_DIR);
    expect(result.revision).toBe(3);
    expect(result.csv).toBe(join(dir, 'scope.csv'));
    expect(readFileSync(result.csv, 'utf8')).toContain('Fiscal year,Month,Funding source,Service');
    const text = await extractPdfText(readFileSync(output));
    expect(text.pages).toHaveLength(result.pageCount);
    const all = flat(text.all);
    expect(all).toContain('Version 3 · September 1, 2025');
    expect(all).toContain('Changes since version 2');
    expect(all).toContain('The budget changed from $15,000.00 to $20,000.00.');
    expect(all).toContain('Your consultancy');
  });

  it('prints the consultancy’s own terms when given them, as the app prints its settings', async () => {
    const terms = join(dir, 'terms.json');
    writeFileSync(
      terms,
      JSON.stringify(
        DEFAULT_TERMS.map((c) =>
          c.id === 'payment' ? { ...c, text: 'Invoices are paid within {{netDays}} days.' } : c,
        ),
      ),
    );
    const output = join(dir, 'terms.pdf');
    await runExport(
      {
        input: join(ROOT, 'resources', 'samples', 'small-rural-district.json'),
        output,
        terms,
        date: '2025-09-01',
      },
      FONTS_DIR,
    );
    expect(flat((await extractPdfText(readFileSync(output))).all)).toContain(
      'Invoices are paid within 30 days.',
    );
  });

  it('runs as a script', async () => {
    const output = join(dir, 'sample.pdf');
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts', 'export.ts'),
        join(ROOT, 'resources', 'samples', 'mid-size-suburban-district.json'),
        output,
        '--date',
        '2025-10-01',
      ],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/Wrote .*sample\.pdf: version 1, \d+ pages/);
    expect(stdout).toMatch(/Wrote .*sample\.csv: the funded scope by fiscal year, funding source and month/);
    expect(flat((await extractPdfText(readFileSync(output))).all)).toContain('Version 1 · October 1, 2025');
    // No profile given: the PDF is signed by the placeholder, and the script says so.
    expect(stderr).toMatch(/Signed as the placeholder consultancy: pass --profile/);
  });
});
