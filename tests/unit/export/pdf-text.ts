import { getDocumentProxy } from 'unpdf';

export interface PdfText {
  /** Each page's text, items joined by single spaces in reading order. */
  pages: string[];
  /** Every page's text, joined. */
  all: string;
}

interface TextItemLike {
  str: string;
  hasEOL?: boolean;
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';
}

/**
 * Extracts the text a reader would copy out of the PDF (with PDF.js, as unpdf ships it for
 * Node), so tests assert on what a district leader sees rather than on the document
 * definition that produced it.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocumentProxy(new Uint8Array(bytes), {
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        parts.push(item.str);
        if (item.hasEOL) parts.push('\n');
      }
      pages.push(
        parts
          .join(' ')
          .replace(/[ \t]*\n[ \t]*/g, '\n')
          .replace(/[ \t]+/g, ' ')
          .trim(),
      );
    }
  } finally {
    await doc.cleanup();
  }
  return { pages, all: pages.join('\n') };
}

/** Collapses all whitespace so assertions survive line wrapping inside table cells. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
