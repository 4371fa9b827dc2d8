import { describe, expect, it } from 'vitest';
import { defaultExportFileName } from '../../../src/main/export/exporter';
import { fileSlug } from '../../../src/main/store/project-file';
import { safeFileName } from '../../../src/main/files/names';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('default file names', () => {
  it('stay within 100 bytes whatever the client is called, and keep whole characters', () => {
    for (const client of ['🏫'.repeat(200), '東京都立学校'.repeat(50), 'a'.repeat(400), '👩🏽‍🏫'.repeat(60)]) {
      const name = defaultExportFileName(client, 12);
      expect(bytes(name), name).toBeLessThanOrEqual(100);
      expect(name).toMatch(/ – Scope of work v12\.pdf$/);
      expect(name).not.toMatch(/\uFFFD/);
      expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
    }
    expect(defaultExportFileName('Riverside USD', 3)).toBe('Riverside USD – Scope of work v3.pdf');
  });

  it('drop bidirectional controls, so a name reads as what it is', () => {
    const name = defaultExportFileName('Riverside \u202Efdp.exe\u202C USD\u2066\u200F', 1);
    expect(name).toBe('Riverside fdp.exe USD – Scope of work v1.pdf');
    expect(name).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('project file names too', () => {
    const name = safeFileName(fileSlug('東京'.repeat(100)), '.northstar.json', 'engagement');
    expect(bytes(name)).toBeLessThanOrEqual(100);
    expect(name).toMatch(/\.northstar\.json$/);
  });

  it('never a name Windows reserves or an empty one', () => {
    expect(defaultExportFileName('CON', 1)).toBe('Engagement – Scope of work v1.pdf');
    expect(defaultExportFileName('\u202E', 1)).toBe('Engagement – Scope of work v1.pdf');
  });
});
