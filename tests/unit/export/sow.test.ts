import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, type Engagement, type ScopeOfWork } from '../../../src/shared/domain';
import { financeCsv, FINANCE_CSV_HEADER } from '../../../src/main/export/finance-csv';
import { fixtureEngagement } from './fixture';
import { loadSample, renderAndRead } from './helpers';
import { flat } from './pdf-text';
import { expectInvoicesReconcile, sectionText } from './sow-checks';

function withScopeOfWork(patch: Partial<ScopeOfWork>, base: Engagement = fixtureEngagement()): Engagement {
  return { ...base, scopeOfWork: { ...base.scopeOfWork, ...patch } };
}

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;

describe('the terms', () => {
  it('print the library from settings, with this engagement’s rewording, dropped and added clauses', async () => {
    const library = DEFAULT_TERMS.map((c) =>
      c.id === 'insurance' ? { ...c, text: 'Insurance certificates are sent with the signed agreement.' } : c,
    );
    const engagement = withScopeOfWork({
      purchaseOrder: 'PO-2025-0417',
      effectiveDate: '2025-08-15',
      invoicing: { method: 'monthly_arrears', netDays: 45, milestones: [] },
      clauses: [
        { clauseId: 'cancellation', mode: 'drop', title: '', text: '' },
        {
          clauseId: 'payment',
          mode: 'edit',
          title: '',
          text: '{{client}} pays within {{netDays}} days; {{purchaseOrder}}.',
        },
        {
          clauseId: id(1),
          mode: 'add',
          title: 'Board approval',
          text: 'This agreement is subject to board approval.',
        },
      ],
    });
    const r = await renderAndRead({ engagement, terms: library });
    const terms = sectionText(r, 'Terms');
    expect(terms).toContain('takes effect on August 15, 2025');
    expect(terms).toContain(
      'Riverside Unified School District pays within 45 days; purchase order PO-2025-0417.',
    );
    expect(terms).toContain('Insurance certificates are sent with the signed agreement.');
    expect(terms).not.toContain('Cancellation and rescheduling');
    expect(terms).toContain('Board approval This agreement is subject to board approval.');
    expect(terms).toContain('Student data privacy and non-evaluative observation');
    expect(terms).toContain('“school official”');
    expect(terms).toContain('non-evaluative');
    const cover = flat(r.text.pages[0] ?? '');
    expect(cover).toContain('Effective August 15, 2025');
    expect(cover).toContain('Purchase order PO-2025-0417');
    expect(cover).toContain('PERIOD OF PERFORMANCE');
  });

  it('refuse to render with a placeholder left in, naming the text around it', async () => {
    const engagement = withScopeOfWork({
      clauses: [{ clauseId: 'payment', mode: 'edit', title: '', text: 'Invoices are paid within TBD days.' }],
    });
    await expect(renderAndRead({ engagement })).rejects.toThrow(
      /placeholder text “TBD” in “Invoices are paid within TBD days/,
    );
    const unknownFillIn = withScopeOfWork({
      clauses: [{ clauseId: 'payment', mode: 'edit', title: '', text: 'Signed by {{superintendent}}.' }],
    });
    await expect(renderAndRead({ engagement: unknownFillIn })).rejects.toThrow(/\{\{superintendent\}\}/);
  });
});

describe('notes', () => {
  it('are internal unless the engagement asks for one by name', async () => {
    const sample = loadSample('small-rural-district');
    const note = 'staff see phonics as “one more thing”';
    expect(flat((await renderAndRead({ engagement: sample })).all)).not.toContain(note);
    const chosen = withScopeOfWork({ printedNotes: ['driver:leadership'] }, sample);
    expect((await renderAndRead({ engagement: chosen })).all).toContain(note);
  });
});

describe('ways to start', () => {
  const options = [
    { id: id(11), name: 'Start small', budgetCents: 4_000_000, end: null },
    { id: id(12), name: 'The full first year', budgetCents: 9_000_000, end: null },
  ];

  it('print side by side with what each funds, and leave the choice to the signature page', async () => {
    const r = await renderAndRead({ engagement: withScopeOfWork({ options }) });
    const ways = sectionText(r, 'Ways to start');
    for (const o of r.input.facts.options) {
      expect(ways).toContain(o.option.name);
      expect(ways).toContain(r.money(o.scope.costing.totalCents));
    }
    // The full first year is the budget the rest of the document details.
    expect(ways).toContain('Detailed in this scope');
    const agreement = sectionText(r, 'Agreement');
    expect(agreement).toContain('agree to the way to start ticked below');
    expect(agreement).toContain(
      `Start small: ${r.money(r.input.facts.options[0]?.scope.costing.totalCents ?? -1)}`,
    );
  });

  it('name the accepted option where the parties sign', async () => {
    const r = await renderAndRead({ engagement: withScopeOfWork({ options, acceptedOptionId: id(12) }) });
    expect(sectionText(r, 'Agreement')).toContain(
      `agree to the option “The full first year”, for a total investment of ${r.money(r.input.scope.costing.totalCents)}`,
    );
  });
});

describe('the invoice schedule', () => {
  it('by phase, reconciles to the funded total and says when an invoice moves to its source’s deadline', async () => {
    const base = fixtureEngagement();
    const engagement = withScopeOfWork(
      { invoicing: { method: 'by_phase', netDays: 30, milestones: [] } },
      {
        ...base,
        budget: {
          ...base.budget,
          fundingSources: base.budget.fundingSources.map((s, i) =>
            i === 0 ? { ...s, endDate: '2026-01-15' } : s,
          ),
        },
      },
    );
    const r = await renderAndRead({ engagement });
    const rows = expectInvoicesReconcile(r);
    expect(rows.length).toBe(r.input.facts.invoices.invoices.length);
    const moved = r.input.facts.invoices.invoices.filter((i) => i.note !== null);
    expect(moved.length).toBeGreaterThan(0);
    const printed = sectionText(r, 'Invoice schedule');
    for (const inv of moved) {
      expect(inv.date <= '2026-01-15').toBe(true);
      expect(printed).toContain(
        `Dated on the day this source must be invoiced by, rather than ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${inv.usualDate ?? ''}T00:00:00Z`))}.`,
      );
    }
  });
});

describe('the finance CSV', () => {
  it('has the funded scope by fiscal year, funding source and month, adding up to the funded total', async () => {
    const r = await renderAndRead({ engagement: loadSample('mid-size-suburban-district') });
    const names = new Map(r.input.scope.costing.lines.map((l) => [l.lineId, l.name]));
    const csv = financeCsv(r.input.engagement, r.input.facts, names);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(FINANCE_CSV_HEADER.join(','));
    const cells = rows.map((row) =>
      [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1] ?? '').slice(0, 8),
    );
    const sum = cells.reduce((s, c) => s + Math.round(Number(c[6]) * 100), 0);
    expect(sum).toBe(r.input.scope.costing.totalCents);
    const invoices = new Map(r.input.facts.invoices.invoices.map((i) => [String(i.number), i]));
    for (const c of cells) {
      expect(c[0]).toMatch(/^FY\d{4}$/);
      expect(c[1]).toMatch(/^\d{4}-\d{2}$/);
      const invoice = invoices.get(c[4] ?? '');
      expect(invoice?.months).toContain(c[1]);
      expect(c[5]).toBe(invoice?.date);
    }
    // Each fiscal year's rows add up to what the PDF prints for that year.
    for (const year of r.input.scope.costing.byFiscalYear) {
      const yearSum = cells
        .filter((c) => c[0] === year.key)
        .reduce((s, c) => s + Math.round(Number(c[6]) * 100), 0);
      expect(yearSum).toBe(year.totalCents);
    }
  });
});
