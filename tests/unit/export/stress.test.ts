import { describe, expect, it } from 'vitest';
import { flat } from './pdf-text';
import { renderAndRead } from './helpers';
import { stressEngagement } from '../../support/stress';

describe('a stress engagement', () => {
  it('300 lines, 40 inventory items and long accented, Greek and Cyrillic names render on numbered pages', async () => {
    const engagement = stressEngagement(300);
    expect(engagement.lines).toHaveLength(300);
    expect(engagement.inventory).toHaveLength(40);

    const r = await renderAndRead({ engagement, revision: { number: 7, date: '2026-03-02' } });
    const { costing } = r.input.scope;

    expect(r.pageCount).toBeGreaterThan(30);
    expect(r.text.pages).toHaveLength(r.pageCount);
    r.text.pages.forEach((page, i) => {
      expect(flat(page), `page ${i + 1}`).toContain(`Page ${i + 1} of ${r.pageCount}`);
      expect(flat(page), `page ${i + 1}`).toContain('Version 7 · March 2, 2026');
    });
    expect(r.all).toContain(`Total ${r.money(costing.totalCents)}`);
    expect(r.all).toContain(`Subtotal ${r.money(costing.subtotalCents)}`);
    for (const line of costing.lines) expect(r.all).toContain(r.money(line.subtotalCents));
    // Every script the shipped fonts cover comes through as text, not as replacement marks.
    expect(r.all).toMatch(/[\u0391-\u03c9]{4,}/);
    expect(r.all).toMatch(/[\u0410-\u044f]{4,}/);
    expect(r.all).toMatch(/[àâçéèêëîïôûùüÿœæ]/);
    expect(r.all).not.toContain('\uFFFD');
  });
});
