import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontSet } from './fonts';

type PdfMakeInstance = typeof PdfMake & {
  /** In-memory files pdfmake reads fonts from before it would touch the disk. */
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
};

let instance: PdfMakeInstance | undefined;

/**
 * pdfmake exports one instance whose methods live on its prototype: an ESM namespace import
 * (native or bundler interop) copies only own properties and loses them, so it is loaded as
 * CommonJS. Loaded on first use, so the main process (which renders in a worker) never pays
 * for pdfmake, pdfkit and fontkit unless it has to render itself.
 */
function pdfmake(): PdfMakeInstance {
  instance ??= createRequire(__filename)('pdfmake') as PdfMakeInstance;
  return instance;
}

export interface RenderedPdf {
  bytes: Buffer;
  pageCount: number;
}

/**
 * The only place that runs pdfmake's engine. pdfmake is a process-wide singleton, so fonts
 * and access policies are set again on every call: nothing set elsewhere can widen them.
 * The fonts are handed over in memory, so pdfmake may read no file and no URL at all; the
 * logo arrives as a data URL, which needs neither.
 */
export async function renderPdf(doc: TDocumentDefinitions, fonts: FontSet): Promise<RenderedPdf> {
  const engine = pdfmake();
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy(() => false);
  for (const face of Object.values(fonts.faces)) engine.virtualfs.writeFileSync(face.name, face.bytes);
  engine.setFonts({
    [fonts.family]: {
      normal: fonts.faces.normal.name,
      bold: fonts.faces.bold.name,
      italics: fonts.faces.italics.name,
      bolditalics: fonts.faces.bolditalics.name,
    },
  });

  let pageCount = 0;
  const footer = doc.footer;
  const counted: TDocumentDefinitions = {
    ...doc,
    // pdfmake knows the page count only while laying out; the footer is called on every page.
    footer: (current, count, size) => {
      pageCount = count;
      return typeof footer === 'function' ? footer(current, count, size) : (footer ?? null);
    },
  };
  const bytes = await engine.createPdf(counted).getBuffer();
  return { bytes, pageCount };
}
