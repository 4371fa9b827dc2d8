import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFonts, readCharacterSet, withoutLayoutTables } from '../../../src/main/export/fonts';
import { cleanContent, cleanText } from '../../../src/main/export/text';
import { fixtureEngagement } from './fixture';
import { FONTS_DIR, renderAndRead } from './helpers';

const fonts = loadFonts(FONTS_DIR);
const covers = (text: string) => Array.from(text).every((c) => fonts.covers(c.codePointAt(0) ?? 0));

describe('the shipped fonts', () => {
  it('cover Latin with accents, Greek and Cyrillic in every face', () => {
    expect(covers('Ærøskøbing Łódź Şişli Đà Nẵng São Tomé Ñandú Größe')).toBe(true);
    expect(covers('Αξιολόγηση της μάθησης ΆΈΉΊΌΎΏ')).toBe(true);
    expect(covers('Развитие профессиональных компетенций ЁЇЄЎ')).toBe(true);
    expect(covers('$€£¥ – — “ ” ‘ ’ · • … × ©')).toBe(true);
    expect(covers('北京')).toBe(false);
    expect(covers('😀')).toBe(false);
  });

  it('are embedded without their layout tables, glyphs and cmap intact', () => {
    const original = readFileSync(join(FONTS_DIR, 'NotoSans-Regular.ttf'));
    const stripped = withoutLayoutTables(original);
    const tags = (font: Buffer) =>
      Array.from({ length: font.readUInt16BE(4) }, (_, i) =>
        font.toString('latin1', 12 + i * 16, 16 + i * 16),
      );
    expect(tags(original)).toContain('GPOS');
    expect(tags(stripped)).not.toContain('GPOS');
    expect(tags(stripped)).not.toContain('GSUB');
    expect(tags(stripped)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
    expect(readCharacterSet(stripped)).toEqual(readCharacterSet(original));
    expect(stripped.length).toBeLessThan(original.length);
  });
});

describe('characters no shipped font has', () => {
  it('become a visible replacement mark instead of failing the export', () => {
    expect(cleanText('Plain ASCII stays as it is', fonts)).toBe('Plain ASCII stays as it is');
    expect(cleanText('Café Αθήνα Москва', fonts)).toBe('Café Αθήνα Москва');
    expect(cleanText('北京 team 😀', fonts)).toBe('\uFFFD\uFFFD team \uFFFD');
    // Skin-tone modifiers and variation selectors only shape a neighbour: they vanish.
    expect(cleanText('👍🏽 ok ❤\ufe0f', fonts)).toBe('\uFFFD ok \uFFFD');
  });

  it('are cleaned wherever pdfmake reads text, and nowhere else', () => {
    const content = cleanContent(
      [
        '東京',
        { text: [{ text: '東', bold: true }], color: '#123456' },
        { table: { body: [[{ text: '東' }, '京']] } },
        { ul: ['東'] },
        { columns: [{ text: '東' }] },
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: 1, color: '#123456' }] },
      ],
      fonts,
    );
    expect(JSON.stringify(content)).not.toMatch(/[東京]/);
    expect(JSON.stringify(content)).toContain('#123456');
  });

  it('in names, titles and notes do not stop a PDF from rendering', async () => {
    const base = fixtureEngagement();
    const engagement = fixtureEngagement({
      name: '读写项目 Literacy 📚 project',
      client: { ...base.client, name: '東京 Unified School District 🏫' },
      lines: base.lines.map((l, i) => (i === 0 ? { ...l, title: 'Needs assessment 🧭 评估' } : l)),
    });
    const r = await renderAndRead({ engagement });
    expect(r.pageCount).toBeGreaterThan(5);
    expect(r.all).toContain('\uFFFD Unified School District \uFFFD');
    expect(r.all).toContain('Needs assessment \uFFFD \uFFFD\uFFFD');
    expect(r.all).not.toMatch(/[東京读写评估]/u);
  });
});
