import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildScopeOfWork, loadFonts, prepareScopeOfWork, renderPdf } from '../../../src/main/export';
import { logoFrom } from '../../../src/main/export/logo';
import type { Services } from '../../../src/main/services';
import type { ScopeExport } from '../../../src/shared/channels/scope';
import type { ConsultancyProfile } from '../../../src/shared/domain';
import { caller, servicesIn } from '../../support/services';
import { scriptedDesktop } from '../../support/desktop';
import { fixtureEngagement } from './fixture';
import { FONTS_DIR, PROFILE } from './helpers';

const fonts = loadFonts(FONTS_DIR);
const svgUrl = (markup: string) => `data:image/svg+xml;base64,${Buffer.from(markup).toString('base64')}`;
const pngUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  // The CRC is not checked by the decoders under test; zeros keep the builder short.
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A PNG of `width` × `height` grey pixels, or with `idat` in place of its pixel data. */
function png(width: number, height: number, idat?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const pixels = idat ?? deflateSync(Buffer.alloc((width + 1) * height));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function pdfWith(profile: ConsultancyProfile): Promise<string> {
  const input = prepareScopeOfWork({
    engagement: fixtureEngagement(),
    profile,
    revision: { number: 1, date: '2025-07-15' },
    previous: null,
  });
  const pdf = await renderPdf(buildScopeOfWork(input, fonts), fonts);
  return pdf.bytes.toString('latin1');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'northstar-logo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('an SVG logo reaches nothing and links nowhere', () => {
  it('a local image behind a quoted ">" is not embedded', async () => {
    const local = join(dir, 'secret.png');
    writeFileSync(local, png(8, 8));
    const logo = svgUrl(
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><image x=">" href="${local}" width="40" height="20"/><rect width="40" height="20" fill="#d9822b"/></svg>`,
    );
    expect(logoFrom(logo)?.source).not.toContain(local);
    const pdf = await pdfWith({ ...PROFILE, logo });
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it('a javascript: link does not become a link in the PDF', async () => {
    const logo = svgUrl(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><a href="javascript:alert(1)"><rect width="40" height="20"/></a></svg>',
    );
    const pdf = await pdfWith({ ...PROFILE, logo });
    expect(pdf).not.toMatch(/javascript/i);
    expect(pdf).not.toMatch(/\/URI/);
  });
});

describe('logos are checked when uploaded', () => {
  let services: Services;
  const { call, value, nameConsultancy } = caller(() => services);
  beforeEach(async () => {
    const exports = join(dir, 'exports');
    mkdirSync(exports);
    services = servicesIn(join(dir, 'data'), scriptedDesktop(exports));
    await nameConsultancy();
  });
  afterEach(() => services.close());

  const saveLogo = async (logo: string) => {
    const { profile } = await value<{ profile: ConsultancyProfile }>('settings:get');
    return call('settings:saveProfile', { ...profile, logo });
  };
  const storedLogo = async () => (await value<{ profile: ConsultancyProfile }>('settings:get')).profile.logo;
  const exportSample = async () => {
    const created = await value<{ meta: { id: string } }>('engagement:create', {
      from: 'sample',
      sampleId: 'small-rural-district',
    });
    return value<ScopeExport>('scope:exportPdf', { engagementId: created.meta.id });
  };

  it('refuses a 20,000 × 20,000 PNG and stores nothing', async () => {
    const result = await saveLogo(pngUrl(png(20_000, 20_000, deflateSync(Buffer.alloc(10)))));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/20000 × 20000 pixels/);
    expect(await storedLogo()).toBeUndefined();
  });

  it('refuses a PNG whose pixels are damaged, and exports go on working', async () => {
    const result = await saveLogo(pngUrl(png(64, 64, Buffer.from('not deflate data at all'))));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/damaged/);
    expect(await storedLogo()).toBeUndefined();
    expect(await exportSample()).toMatchObject({ cancelled: false });
  });

  it('refuses what is not the image it claims to be', async () => {
    for (const logo of [
      'data:image/png;base64,' + Buffer.from('<svg/>').toString('base64'),
      svgUrl('<svg xmlns="http://www.w3.org/2000/svg"><rect'),
      svgUrl(
        '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg"><text>&a;</text></svg>',
      ),
      svgUrl('<html><body/></html>'),
      svgUrl(
        '<svg xmlns="http://www.w3.org/2000/svg" width="abc" height="-5"><rect width="1" height="1"/></svg>',
      ),
    ]) {
      expect(await saveLogo(logo)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await storedLogo()).toBeUndefined();
  });

  it('stores an SVG of nested <use> without them, and exports it quickly', async () => {
    const defs = Array.from(
      { length: 12 },
      (_, i) => `<g id="l${i + 1}">${Array.from({ length: 10 }, () => `<use href="#l${i}"/>`).join('')}</g>`,
    ).join('');
    const bomb = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><defs><g id="l0"><rect width="1" height="1"/></g>${defs}</defs><use href="#l12"/><rect width="40" height="20" fill="#1f3a5f"/></svg>`;
    expect(await saveLogo(svgUrl(bomb))).toMatchObject({ ok: true });
    const stored = Buffer.from((await storedLogo())?.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(stored).not.toContain('<use');
    expect(stored).toContain('<rect');
    expect(await exportSample()).toMatchObject({ cancelled: false });
  });

  it('leaves out a damaged logo an earlier version stored, rather than failing every export', async () => {
    const store = services.store;
    if (!store) throw new Error('the store is open');
    const { profile } = store.settings.get();
    for (const logo of [
      'data:image/jpeg;base64,' + Buffer.from('ffd8ffe0000000', 'hex').toString('base64'),
      pngUrl(Buffer.from('not a png')),
      svgUrl('<svg xmlns="http://www.w3.org/2000/svg" width="abc"><rect width="1" height="1"/></svg>'),
    ]) {
      store.settings.saveProfile({ ...profile, logo });
      const result = await exportSample();
      expect(result).toMatchObject({ cancelled: false });
      if (!result.cancelled) {
        expect(
          readFileSync(join(dir, 'exports', result.fileName))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      }
    }
  });
});
