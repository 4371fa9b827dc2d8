import { describe, expect, it } from 'vitest';
import { PROFESSIONAL_LEARNING_CATEGORIES } from '../../../src/shared/domain';
import { payingSource } from '../../../src/shared/scoping/funding-wording';
import { fundingSource } from './build';

const untagged = (...args: Parameters<typeof fundingSource>) => ({
  ...fundingSource(...args),
  tagged: false,
});

/** A source entered with its restrictions in words only is applied as a grants office reads them. */
describe('funding sources read from their wording', () => {
  it('reads Title II and “professional learning” as professional learning only', () => {
    const s = payingSource(
      untagged('Title II, Part A', {
        amountCents: 100,
        restrictions: 'Professional learning for teachers and leaders; supplement, not supplant.',
      }),
    );
    expect(s.restrict.serviceCategories).toEqual(PROFESSIONAL_LEARNING_CATEGORIES);
    expect(s.campusesUnnamed).toBe(false);
    expect(s.read).toEqual(['professional learning only']);
  });

  it('reads “coach development only” as coaching and capacity building', () => {
    const s = payingSource(
      untagged('Lakefront Education Foundation coaching grant', {
        amountCents: 100,
        restrictions: 'Coach development only (coach institute, coaching of coaches, side-by-side coaching).',
      }),
    );
    expect(s.restrict.serviceCategories).toEqual(['coaching', 'capacity_building']);
  });

  it('reads “structured-literacy professional learning and coaching only” as professional learning, not coaching alone', () => {
    const s = payingSource(
      untagged('State K–3 grant', {
        amountCents: 100,
        restrictions:
          'Structured-literacy professional learning and coaching only; invoiced by December 31, 2025.',
        endDate: '2025-12-31',
      }),
    );
    expect(s.restrict.serviceCategories).toEqual(PROFESSIONAL_LEARNING_CATEGORIES);
    // The invoice date is not earlier than the spend-by date, so nothing more is read.
    expect(s.invoiceBy).toBeNull();
  });

  it('reads Title I as work at the campuses it names, which pays for nothing until they are named', () => {
    const s = payingSource(
      untagged('Title I, Part A schoolwide (11 campuses)', {
        amountCents: 100,
        restrictions:
          'Only for work at the 11 Title I schoolwide campuses; purchase orders close May 29, 2026.',
      }),
    );
    expect(s.campusesUnnamed).toBe(true);
    expect(s.read).toContain('work at the campuses it names only');
  });

  it('reads “invoices received by June 15, 2026” as an invoice-by date before the spend-by date', () => {
    const s = payingSource(
      untagged('Local general fund', {
        amountCents: 100,
        endDate: '2026-06-30',
        restrictions: 'Any campus; invoices received by June 15, 2026.',
      }),
    );
    expect(s.invoiceBy).toBe('2026-06-15');
    expect(s.restrict.serviceCategories).toEqual([]);
    expect(s.campusesUnnamed).toBe(false);
    expect(s.read).toEqual(['invoices by June 15, 2026']);
  });

  it('never second-guesses tags the consultant set', () => {
    const s = payingSource(
      fundingSource('Title I, Part A', {
        amountCents: 100,
        restrictions: 'Professional learning only; invoices received by June 15, 2026.',
        restrict: { serviceCategories: ['coaching'], campusIds: [] },
      }),
    );
    expect(s.restrict.serviceCategories).toEqual(['coaching']);
    expect(s.campusesUnnamed).toBe(false);
    expect(s.invoiceBy).toBeNull();
    expect(s.read).toEqual([]);
  });

  it('reads Title II as Title II, not as Title I', () => {
    expect(payingSource(untagged('Title II, Part A', { amountCents: 1 })).campusesUnnamed).toBe(false);
  });
});
