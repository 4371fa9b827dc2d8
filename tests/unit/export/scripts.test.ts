import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/main/export/fonts';
import { cleanText, MISSING_RUN_MARKS, WORD_BREAK_AT } from '../../../src/main/export/text';
import type { Services } from '../../../src/main/services';
import type { ScopeExport } from '../../../src/shared/channels/scope';
import type { Engagement } from '../../../src/shared/domain';
import { caller, servicesIn } from '../../support/services';
import { scriptedDesktop, type ScriptedDesktop } from '../../support/desktop';

const fonts = loadFonts(join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts'));

describe('text the fonts cannot draw, or cannot break, costs what its length costs', () => {
  it('a long run of Chinese prints as a few replacement marks, not twenty thousand', () => {
    const text = `Notes: ${'学生の読解力を高める'.repeat(2_000)} end`;
    const printed = cleanText(text, fonts);
    expect(printed).toBe(`Notes: ${fonts.fallback.repeat(MISSING_RUN_MARKS)} end`);
  });

  it('a word of twenty thousand letters gets a place to break every few dozen', () => {
    const printed = cleanText('a'.repeat(20_000), fonts);
    const pieces = printed.split('\u200b');
    expect(pieces.join('')).toBe('a'.repeat(20_000));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(WORD_BREAK_AT);
  });
});

describe('an export warns before it starts when text will not print', () => {
  let dir: string;
  let desktop: ScriptedDesktop;
  let services: Services;
  const { value, nameConsultancy } = caller(() => services);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'northstar-scripts-'));
    mkdirSync(join(dir, 'exports'));
    desktop = scriptedDesktop(join(dir, 'exports'));
    services = servicesIn(join(dir, 'data'), desktop);
    await nameConsultancy();
  });
  afterEach(() => {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function engagementWithForeignText(): Promise<string> {
    const created = await value<{ engagement: Engagement; meta: { id: string; version: number } }>(
      'engagement:create',
      { from: 'sample', sampleId: 'small-rural-district' },
    );
    const { engagement } = created;
    await value('engagement:save', {
      engagement: {
        ...engagement,
        client: { ...engagement.client, name: 'مدرسة النور' },
        lines: engagement.lines.map((l, i) => (i === 0 ? { ...l, notes: '读写项目' } : l)),
      },
      baseVersion: created.meta.version,
    });
    return created.meta.id;
  }

  it('names the scripts and where they are; declining exports nothing', async () => {
    const id = await engagementWithForeignText();
    desktop.confirmAnswers.push(false);
    const result = await value<ScopeExport>('scope:exportPdf', { engagementId: id });
    expect(result).toEqual({ cancelled: true });
    expect(desktop.confirms).toHaveLength(1);
    expect(desktop.confirms[0]?.detail).toMatch(
      /Chinese or Japanese and Arabic text in the client profile and the plan lines/,
    );
    expect(readdirSync(join(dir, 'exports'))).toEqual([]);
    expect(await value<unknown[]>('revision:list', { engagementId: id })).toEqual([]);
  });

  it('goes ahead when asked to, and asks nothing when every character prints', async () => {
    const id = await engagementWithForeignText();
    expect(await value<ScopeExport>('scope:exportPdf', { engagementId: id })).toMatchObject({
      cancelled: false,
    });
    const plain = await value<{ meta: { id: string } }>('engagement:create', {
      from: 'sample',
      sampleId: 'small-rural-district',
    });
    expect(await value<ScopeExport>('scope:exportPdf', { engagementId: plain.meta.id })).toMatchObject({
      cancelled: false,
    });
    expect(desktop.confirms).toHaveLength(1);
  });
});
