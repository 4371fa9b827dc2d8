import { describe, expect, it } from 'vitest';
import { clientWording, deferredTitle } from '../../../src/main/export/sections/wording';
import { flat } from './pdf-text';
import { fixtureEngagement } from './fixture';
import { loadSample, renderAndRead, SAMPLES, type Rendered } from './helpers';
import {
  ALL_SECTIONS,
  expectClientWords,
  expectCrosswalkTotals,
  expectHeadingsKeepWithContent,
  expectInvoicesReconcile,
  expectNoPlaceholders,
  expectNotesInternal,
} from './sow-checks';

/** Every page says where it is, which version it belongs to and when it was issued. */
function expectRunningFooters(r: Rendered, version: number, date: string): void {
  expect(r.text.pages).toHaveLength(r.pageCount);
  r.text.pages.forEach((page, i) => {
    const text = flat(page);
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${r.pageCount}`);
    expect(text, `page ${i + 1}`).toContain(`Version ${version} · ${date}`);
  });
}

/** Each section's numbered heading, in order: none lost to a page break. */
function expectSections(r: Rendered, titles: readonly string[]): void {
  titles.forEach((title, i) => {
    expect(r.all).toContain(`${String(i + 1).padStart(2, '0')} ${title}`);
  });
}

/** The funded scope, to the cent, as the engine computed it. */
function expectEngineFigures(r: Rendered): void {
  const { costing, sizing } = r.input.scope;
  expect(costing.lines.length).toBeGreaterThan(0);
  for (const line of costing.lines) {
    expect(r.all).toContain(flat(line.name));
    expect(r.all).toContain(`${line.units} ${line.unitLabel} ${r.money(line.subtotalCents)}`);
  }
  const phases = costing.byPhase.filter((p) =>
    costing.lines.some((l) => (l.phaseId ?? 'unphased') === p.key),
  );
  if (phases.length > 1) {
    for (const phase of phases) {
      const label = phase.key === 'unphased' ? 'Across the whole window' : phase.label;
      expect(r.all).toContain(`Subtotal, ${flat(label)} ${r.money(phase.subtotalCents)}`);
    }
  }
  expect(r.all).toContain(`Subtotal ${r.money(costing.subtotalCents)}`);
  if (costing.discountCents > 0)
    expect(r.all).toContain(`${flat(costing.discountLabel)} –${r.money(costing.discountCents)}`);
  expect(r.all).toContain(`Total ${r.money(costing.totalCents)}`);
  expect(r.all).toContain(`Total investment ${r.money(costing.totalCents)}`);
  for (const year of costing.byFiscalYear) {
    expect(r.all).toContain(`${year.label} ${r.money(year.subtotalCents)}`);
    expect(r.all).toContain(r.money(year.totalCents));
  }
  const deferred = sizing.lines.filter((l) => l.status === 'deferred');
  for (const line of deferred) {
    expect(r.all).toContain(flat(line.name));
    expect(line.reason).not.toBeNull();
    expect(r.all).toContain(flat(clientWording(line.reason?.sentence ?? '')));
  }
  const later = sizing.deferredPhases.filter((p) => p.lines.length > 0);
  later.forEach((phase, i) => {
    for (const line of phase.lines) expect(r.all).toContain(r.money(line.subtotalCents));
    const title = flat(deferredTitle(phase.name, i, later.length));
    // Each part says when it could happen (“FY2027, subject to budget approval”) under its title.
    const at = r.all.indexOf(`${title} ${flat(clientWording(phase.note))} Service Why it waits`);
    expect(at, title).toBeGreaterThanOrEqual(0);
    const after = r.all.slice(at);
    const total = after.indexOf('Estimated total ');
    expect(after.slice(total + 'Estimated total '.length).startsWith(r.money(phase.totalCents))).toBe(true);
  });
}

describe('the scope of work for each sample', () => {
  for (const id of SAMPLES) {
    it(`${id}: every funded line, subtotal, total and deferred line, on numbered pages`, async () => {
      const engagement = loadSample(id);
      const r = await renderAndRead({ engagement, revision: { number: 3, date: '2026-02-09' } });

      expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(r.pageCount).toBeGreaterThan(5);
      expectRunningFooters(r, 3, 'February 9, 2026');
      expectEngineFigures(r);

      const cover = flat(r.text.pages[0] ?? '');
      // Letter-spaced, so PDF.js reads it a letter at a time.
      expect(cover.replace(/ /g, '')).toContain('SCOPEOFWORK');
      expect(cover).toContain(flat(engagement.name));
      expect(cover).toContain(flat(engagement.client.name));
      expect(cover).toContain(r.money(r.input.scope.costing.totalCents));
      expectSections(r, ALL_SECTIONS);
      expect(r.all).not.toContain('Changes since version');
      expect(r.all).not.toContain('\uFFFD');
      expectInvoicesReconcile(r);
      expectCrosswalkTotals(r);
      expectNoPlaceholders(r);
      expectNotesInternal(r);
      expectClientWords(r);
      expectHeadingsKeepWithContent(r, `Scope of work · ${engagement.client.name}`, ALL_SECTIONS);
    });
  }
});

describe('a second version', () => {
  it('lists what changed since the version before, with the engine’s figures', async () => {
    const before = fixtureEngagement({ budget: { amountCents: 8_000_000, fundingSources: [] } });
    const after = fixtureEngagement();
    const r = await renderAndRead({
      engagement: after,
      revision: { number: 2, date: '2025-09-01' },
      previous: { number: 1, engagement: before },
    });
    const diff = r.input.changes?.diff;
    expect(diff?.hasChanges).toBe(true);
    expect(r.all).toContain('Changes since version 1');
    expect(r.all).toContain('Version 2 replaces version 1.');
    expect(r.all).toContain(`The budget changed from ${r.money(8_000_000)} to ${r.money(9_000_000)}.`);
    expect(r.all).toContain(
      `Funded total ${r.money(diff?.totals.beforeCents ?? -1)} ${r.money(diff?.totals.afterCents ?? -1)}`,
    );
    expect(diff?.totals.afterCents).toBe(r.input.scope.costing.totalCents);
    for (const change of diff?.lines ?? []) expect(r.all).toContain(flat(change.name));
  });

  it('says so when nothing changed', async () => {
    const r = await renderAndRead({
      engagement: fixtureEngagement(),
      revision: { number: 4, date: '2025-09-01' },
      previous: { number: 3, engagement: fixtureEngagement() },
    });
    expect(r.all).toContain('Nothing in the scope has changed since version 3.');
  });
});

describe('sections with nothing to say', () => {
  it('are left out, and the numbering closes up', async () => {
    const r = await renderAndRead({
      engagement: fixtureEngagement({
        inventory: [],
        needs: [],
        lines: fixtureEngagement().lines.map((l) => ({ ...l, buildsOn: [], needIds: [] })),
      }),
    });
    expect(r.all).not.toContain('What is already working');
    expect(r.all).not.toContain('Priority needs');
    expect(r.all).not.toContain('Outcome goals');
    expectSections(
      r,
      ALL_SECTIONS.filter((s) => s !== 'What is already working'),
    );
    expectEngineFigures(r);
  });

  it('an engagement with nothing funded still renders, saying so', async () => {
    const r = await renderAndRead({
      engagement: fixtureEngagement({ budget: { amountCents: 0, fundingSources: [] } }),
    });
    expect(r.input.scope.costing.lines).toHaveLength(0);
    expect(r.all).toContain('Nothing is funded yet');
    expectRunningFooters(r, 1, 'July 15, 2025');
  });
});

describe('long and unusual names', () => {
  it('wrap inside the layout instead of breaking it', async () => {
    const long = 'Comprehensive district-wide instructional coaching and collaborative planning initiative '
      .repeat(3)
      .trim();
    const unbroken = 'Supercalifragilisticexpialidocious'.repeat(8);
    const base = fixtureEngagement();
    const engagement = fixtureEngagement({
      name: long,
      client: { ...base.client, name: `${unbroken} Independent School District` },
      lines: base.lines.map((l, i) => (i === 1 ? { ...l, title: long } : l)),
    });
    const r = await renderAndRead({ engagement });
    expectRunningFooters(r, 1, 'July 15, 2025');
    expect(r.all).toContain(flat(long));
    // Unbroken names are cut wherever the column ends; every character is still there.
    expect(r.all.replace(/\s/g, '')).toContain(unbroken);
    expectEngineFigures(r);
  });
});

describe('money in other currencies', () => {
  for (const currency of ['EUR', 'JPY']) {
    it(`prints ${currency} amounts as Intl formats them, equal to the engine's`, async () => {
      const base = fixtureEngagement();
      const r = await renderAndRead({
        engagement: fixtureEngagement({ rateCard: { ...base.rateCard, currency } }),
      });
      expect(r.input.scope.costing.currency).toBe(currency);
      expect(r.money(123_456)).toBe(currency === 'EUR' ? '€1,234.56' : '¥123,456');
      expectEngineFigures(r);
    });
  }
});
