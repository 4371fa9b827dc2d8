import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildScopeOfWork, loadFonts, prepareScopeOfWork, renderPdf } from '../../../src/main/export';
import { logoFrom } from '../../../src/main/export/logo';
import type { ConsultancyProfile } from '../../../src/shared/domain';
import { fixtureEngagement } from './fixture';
import { extractPdfText } from './pdf-text';
import { FONTS_DIR, PROFILE } from './helpers';

const fonts = loadFonts(FONTS_DIR);
const PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const svgDataUrl = (markup: string) => `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;

function inputWith(profile: ConsultancyProfile) {
  return prepareScopeOfWork({
    engagement: fixtureEngagement(),
    profile,
    revision: { number: 1, date: '2025-07-15' },
    previous: null,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the renderer reaches nothing outside the document', () => {
  it('refuses a remote image without making a request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await expect(
      renderPdf({ content: [{ image: 'logo' }], images: { logo: 'https://example.com/logo.png' } }, fonts),
    ).rejects.toThrow(/denied/i);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('refuses to read a file from disk, by name or through the images table', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] }, fonts)).rejects.toThrow(/denied/i);
    await expect(
      renderPdf({ content: [{ image: 'logo' }], images: { logo: '/etc/hostname' } }, fonts),
    ).rejects.toThrow(/denied/i);
  });

  it('embeds a data-URL logo', async () => {
    const doc = buildScopeOfWork(inputWith({ ...PROFILE, logo: PIXEL_PNG }), fonts);
    expect(doc.images).toEqual({ logo: PIXEL_PNG });
    const pdf = await renderPdf(doc, fonts);
    expect(pdf.pageCount).toBeGreaterThan(5);
  });

  it('leaves out a logo that is a URL or a path rather than fetching or reading it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    for (const logo of [
      'https://example.com/logo.png',
      'file:///etc/passwd',
      '/etc/passwd',
      'data:text/html;base64,PGgxPg==',
    ]) {
      const doc = buildScopeOfWork(inputWith({ ...PROFILE, logo }), fonts);
      expect(doc.images).toEqual({});
      expect(JSON.stringify(doc.content)).not.toContain('"image"');
      const pdf = await renderPdf(doc, fonts);
      expect((await extractPdfText(pdf.bytes)).pages).toHaveLength(pdf.pageCount);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('strips references out of an SVG logo, embedded images included', () => {
    const markup = [
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">',
      '<image href="file:///etc/passwd" width="10" height="10"/>',
      '<image xlink:href="https://example.com/x.png" width="10" height="10"></image>',
      `<image href="${PIXEL_PNG}" width="10" height="10"/>`,
      '<script>alert(1)</script>',
      '<rect width="10" height="10" fill="#123456"/>',
      '</svg>',
    ].join('');
    const logo = logoFrom(svgDataUrl(markup));
    expect(logo?.kind).toBe('svg');
    expect(logo?.source).not.toContain('/etc/passwd');
    expect(logo?.source).not.toContain('example.com');
    expect(logo?.source).not.toContain('<script');
    expect(logo?.source).not.toContain('<image');
    expect(logo?.source).toContain('<rect');
    expect(logoFrom(svgDataUrl('not an svg'))).toBeNull();
  });

  it('renders an SVG logo', async () => {
    const logo = svgDataUrl(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#d9822b"/></svg>',
    );
    const doc = buildScopeOfWork(inputWith({ ...PROFILE, logo }), fonts);
    expect(JSON.stringify(doc.content)).toContain('"svg"');
    const pdf = await renderPdf(doc, fonts);
    expect(pdf.pageCount).toBeGreaterThan(5);
  });
});
