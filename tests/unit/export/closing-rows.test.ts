import { describe, expect, it } from 'vitest';
import { loadSample, renderAndRead } from './helpers';
import { flat } from './pdf-text';

/**
 * A table's subtotal, discount and total rows never start a page alone: the last row they
 * close moves with them, under the repeated header. Read page by page from the PDF's text.
 */

/** Each priced table's header, as printed, and the labels of the rows that close it. */
const HEADERS = [
  'Service Quantity Unit Cost',
  'Service Priority Status North-star cost',
  'Service Why it waits Estimated cost',
];
const CLOSING =
  /^(Subtotal|Total|Estimated total|North star, before discount|Rural partnership discount|Discount)\b/;

/** The pages where a repeated header is followed at once by a closing row. */
function orphanedTotals(pages: readonly string[]): number[] {
  const found: number[] = [];
  pages.forEach((page, i) => {
    const text = flat(page);
    for (const header of HEADERS) {
      const at = text.indexOf(header);
      if (at >= 0 && CLOSING.test(text.slice(at + header.length).trimStart())) found.push(i + 1);
    }
  });
  return found;
}

describe('closing rows', () => {
  it.each(['small-rural-district', 'mid-size-suburban-district', 'large-urban-system'])(
    'in the %s sample keep the last row they close on their page',
    async (id) => {
      // The revision date moves the cover's text and so every page break after it: try several.
      for (const date of ['2025-06-01', '2025-07-15']) {
        const r = await renderAndRead({ engagement: loadSample(id), revision: { number: 1, date } });
        expect(orphanedTotals(r.text.pages), `${id}, revised ${date}`).toEqual([]);
      }
    },
  );
});
