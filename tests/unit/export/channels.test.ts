import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { caller, servicesIn } from '../../support/services';
import type { ScopeExport } from '../../../src/shared/channels/scope';
import type { Engagement } from '../../../src/shared/domain';
import { localToday } from '../../../src/shared/domain';
import { formatMoney } from '../../../src/shared/money';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';
import { extractPdfText, flat } from './pdf-text';

let dir: string;
let saveDir: string;
let desktop: ScriptedDesktop;
let services: Services;

const { call, value } = caller(() => services);

async function sampleEngagement(): Promise<{ id: string; engagement: Engagement; version: number }> {
  const created = await value<{ meta: { id: string; version: number }; engagement: Engagement }>(
    'engagement:create',
    {
      from: 'sample',
      sampleId: 'mid-size-suburban-district',
    },
  );
  return { id: created.meta.id, engagement: created.engagement, version: created.meta.version };
}

async function exported(
  engagementId: string,
  note?: string,
): Promise<Extract<ScopeExport, { cancelled: false }>> {
  const result = await value<ScopeExport>('scope:exportPdf', {
    engagementId,
    ...(note !== undefined ? { note } : {}),
  });
  if (result.cancelled) throw new Error('the export was cancelled');
  return result;
}

const CONSULTANCY = 'Bright Path Learning Partners';

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'northstar-export-'));
  saveDir = join(dir, 'exports');
  mkdirSync(saveDir);
  desktop = scriptedDesktop(saveDir);
  services = servicesIn(join(dir, 'data'), desktop);
  const { profile } = await value<{ profile: Record<string, unknown> }>('settings:get');
  await value('settings:saveProfile', { ...profile, name: CONSULTANCY });
});

afterEach(() => {
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scope:exportPdf', () => {
  it('refuses to sign a scope of work with the placeholder name, before asking where to save it', async () => {
    const { id } = await sampleEngagement();
    const { profile } = await value<{ profile: Record<string, unknown> }>('settings:get');
    await value('settings:saveProfile', { ...profile, name: 'Your consultancy' });
    const refused = await call('scope:exportPdf', { engagementId: id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Name your consultancy/);
    expect(readdirSync(saveDir)).toEqual([]);
    expect(await value<unknown[]>('revision:list', { engagementId: id })).toEqual([]);
  });

  it('prints the version note on the cover and the consultancy’s own name', async () => {
    const { id } = await sampleEngagement();
    const result = await exported(id, 'Revised after the March 4 cabinet meeting');
    const text = await extractPdfText(readFileSync(join(saveDir, result.fileName)));
    const cover = flat(text.pages[0] ?? '');
    expect(cover).toContain('Revised after the March 4 cabinet meeting');
    expect(cover).toContain(CONSULTANCY);
    expect(flat(text.all)).not.toContain('Your consultancy');
  });

  it('cancelling the save dialog writes nothing and freezes nothing', async () => {
    const { id } = await sampleEngagement();
    desktop.saveAnswers.push(null);
    const result = await value<ScopeExport>('scope:exportPdf', { engagementId: id });
    expect(result).toEqual({ cancelled: true });
    expect(await value<unknown[]>('revision:list', { engagementId: id })).toEqual([]);
    expect(readdirSync(saveDir)).toEqual([]);
  });

  it('writes the PDF where asked, freezes revision 1, and then revision 2 with the changes since 1', async () => {
    const { id, engagement, version } = await sampleEngagement();

    const first = await exported(id, 'Sent after the curriculum meeting');
    expect(first.revision).toBe(1);
    expect(first.fileName).toBe(`${engagement.client.name} – Scope of work v1.pdf`);
    const firstPath = join(saveDir, first.fileName);
    const firstBytes = readFileSync(firstPath);
    expect(firstBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.byteLength).toBe(firstBytes.length);
    const firstText = await extractPdfText(firstBytes);
    expect(first.pageCount).toBe(firstText.pages.length);
    expect(flat(firstText.all)).toContain('Version 1 ·');
    expect(flat(firstText.all)).not.toContain('Changes since version');
    // The finance office's CSV sits beside it, and no temporary file is left.
    expect(first.csvFileName).toBe(`${engagement.client.name} – Scope of work v1.csv`);
    expect(readdirSync(saveDir).sort()).toEqual([first.csvFileName, first.fileName].sort());
    const csv = readFileSync(join(saveDir, first.csvFileName ?? ''), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFFiscal year,Month,Funding source,Service,Invoice,Invoice date,Amount,Currency',
    );

    const revisions = await value<{ number: number; note: string; engagementVersion: number }[]>(
      'revision:list',
      { engagementId: id },
    );
    expect(revisions).toEqual([
      expect.objectContaining({
        number: 1,
        note: 'Sent after the curriculum meeting',
        engagementVersion: version,
      }),
    ]);

    const changed: Engagement = {
      ...engagement,
      budget: { ...engagement.budget, amountCents: engagement.budget.amountCents + 4_000_000 },
    };
    await value('engagement:save', { engagement: changed, baseVersion: version });

    const second = await exported(id);
    expect(second.revision).toBe(2);
    expect(second.fileName).toBe(`${engagement.client.name} – Scope of work v2.pdf`);
    const text = flat((await extractPdfText(readFileSync(join(saveDir, second.fileName)))).all);
    expect(text).toContain('Version 2 ·');
    expect(text).toContain('Changes since version 1');
    expect(text).toContain(
      `The budget changed from ${formatMoney(engagement.budget.amountCents)} to ${formatMoney(changed.budget.amountCents)}.`,
    );
    const frozen = await value<{ revision: { number: number }; engagement: Engagement }>('revision:open', {
      engagementId: id,
      number: 2,
    });
    expect(frozen.engagement.budget.amountCents).toBe(changed.budget.amountCents);
  });

  it('prints the date of the export and the consultancy from settings', async () => {
    const { id } = await sampleEngagement();
    const settings = await value<{ profile: Record<string, unknown> }>('settings:get');
    await value('settings:saveProfile', { ...settings.profile, name: 'Cedar & Pine Learning' });
    const result = await exported(id);
    const text = flat((await extractPdfText(readFileSync(join(saveDir, result.fileName)))).all);
    expect(text).toContain('Cedar & Pine Learning');
    const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${localToday()}T00:00:00Z`),
    );
    expect(text).toContain(`Version 1 · ${today}`);
  });

  it('adds the .pdf extension when the chosen name lacks it, and refuses unknown engagements', async () => {
    const { id } = await sampleEngagement();
    desktop.saveAnswers.push(join(saveDir, 'scope'));
    const result = await exported(id);
    expect(result.fileName).toBe('scope.pdf');
    expect(existsSync(join(saveDir, 'scope.pdf'))).toBe(true);

    const missing = await call('scope:exportPdf', { engagementId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');
    const bad = await call('scope:exportPdf', { engagementId: 'not-an-id' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
  });

  it('refuses an engagement with placeholder text before asking where to save, naming where it is', async () => {
    const { id, engagement, version } = await sampleEngagement();
    const contacts = engagement.client.contacts.map((c, i) => (i === 0 ? { ...c, role: 'TBD' } : c));
    await value('engagement:save', {
      engagement: { ...engagement, client: { ...engagement.client, contacts } },
      baseVersion: version,
    });
    // The save dialog would take this answer if it were asked.
    desktop.saveAnswers.push(join(saveDir, 'never.pdf'));
    const result = await call('scope:exportPdf', { engagementId: id });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toContain('Contact 1 role (“TBD”)');
    }
    expect(desktop.saveAnswers).toHaveLength(1);
    expect(readdirSync(saveDir)).toEqual([]);
    expect(await value<unknown[]>('revision:list', { engagementId: id })).toEqual([]);
  });

  it('reports a folder it cannot write to, and freezes nothing', async () => {
    const { id } = await sampleEngagement();
    desktop.saveAnswers.push(join(dir, 'no-such-folder', 'scope.pdf'));
    const result = await call('scope:exportPdf', { engagementId: id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('io');
    expect(await value<unknown[]>('revision:list', { engagementId: id })).toEqual([]);
  });
});

describe('scope:openExport', () => {
  it('opens or reveals a file this session exported, by its id only', async () => {
    const { id } = await sampleEngagement();
    const result = await exported(id);
    const path = join(saveDir, result.fileName);

    expect(await value('scope:openExport', { exportId: result.exportId })).toEqual({
      fileName: result.fileName,
    });
    expect(desktop.opened).toEqual([path]);
    await value('scope:openExport', { exportId: result.exportId, reveal: true });
    expect(desktop.shown).toEqual([path]);

    const unknown = await call('scope:openExport', { exportId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not_found');

    unlinkSync(path);
    const gone = await call('scope:openExport', { exportId: result.exportId });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.message).toContain('moved or deleted');
  });
});
