import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  EngagementSchema,
  fillTerms,
  findPlaceholders,
  migrateEngagement,
  placeholderIn,
  resolveClauses,
  type ScopeOfWork,
} from '../../../src/shared/domain';
import { engagement, uid } from './build';

function withScopeOfWork(patch: Record<string, unknown>) {
  const e = engagement();
  return { ...e, scopeOfWork: { ...e.scopeOfWork, ...patch } };
}

const messages = (value: unknown) => {
  const result = EngagementSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the scope-of-work fields', () => {
  it('default in for a document saved before they existed', () => {
    const { scopeOfWork: _dropped, ...older } = engagement();
    const budget = {
      amountCents: 100,
      fundingSources: [
        { id: uid('src'), name: 'Title II', amountCents: 100, endDate: null, restrictions: '' },
      ],
    };
    const read = migrateEngagement({ ...older, budget });
    const expected: ScopeOfWork = {
      effectiveDate: null,
      purchaseOrder: '',
      invoicing: { method: 'monthly_arrears', netDays: 30, milestones: [] },
      clauses: [],
      commitments: [],
      deliverables: [],
      handoffs: [],
      options: [],
      acceptedOptionId: null,
      crosswalk: [],
      printedNotes: [],
    };
    expect(read.scopeOfWork).toEqual(expected);
    expect(read.budget.fundingSources[0]).toMatchObject({
      restrict: { serviceCategories: [], campusIds: [] },
      invoiceBy: null,
    });
  });

  it('refuse what the scope of work could not print honestly', () => {
    const option = (n: number) => ({
      id: uid(`option-${n}`),
      name: `Option ${n}`,
      budgetCents: 100,
      end: null,
    });
    expect(messages(withScopeOfWork({ options: [1, 2, 3, 4].map(option) }))).toContain(
      'Up to 3 ways to start',
    );
    expect(messages(withScopeOfWork({ options: [option(1)], acceptedOptionId: uid('other') }))).toContain(
      'The accepted option is not one of the ways to start',
    );
    expect(
      messages(
        withScopeOfWork({
          clauses: [
            { clauseId: 'payment', mode: 'drop', title: '', text: '' },
            { clauseId: 'payment', mode: 'edit', title: '', text: 'Net 45.' },
          ],
        }),
      ),
    ).toContain('A clause is changed twice for this engagement');
    expect(
      messages(
        withScopeOfWork({
          clauses: [{ clauseId: uid('mine'), mode: 'add', title: '', text: 'Board approval.' }],
        }),
      ),
    ).toContain('Name the clause');
    expect(
      messages(withScopeOfWork({ invoicing: { method: 'monthly_arrears', netDays: 365, milestones: [] } })),
    ).toContain('Net terms of more than 120 days are not offered');
    expect(messages(withScopeOfWork({ printedNotes: ['engagement'] }))).toContain(
      'Not a note the scope of work can print',
    );
  });
});

describe('the terms an engagement prints', () => {
  it('follow the library, reworded, dropped or added for the engagement', () => {
    const resolved = resolveClauses(DEFAULT_TERMS, [
      { clauseId: 'insurance', mode: 'drop', title: '', text: '' },
      { clauseId: 'payment', mode: 'edit', title: 'Paying us', text: 'Net {{netDays}}.' },
      { clauseId: uid('mine'), mode: 'add', title: 'Board approval', text: 'Subject to board approval.' },
      { clauseId: 'retired-clause', mode: 'edit', title: 'Old', text: 'Kept as agreed.' },
    ]);
    expect(resolved.map((c) => c.id)).toEqual([
      ...DEFAULT_TERMS.map((c) => c.id).filter((id) => id !== 'insurance'),
      uid('mine'),
      'retired-clause',
    ]);
    expect(resolved[0]).toEqual({
      id: 'payment',
      title: 'Paying us',
      text: 'Net {{netDays}}.',
      origin: 'edited',
    });
  });

  it('fill in what they know and leave the rest for the placeholder check', () => {
    const values = {
      client: 'Riverside USD',
      consultancy: 'Northstar',
      effectiveDate: 'July 1, 2025',
      periodStart: 'August 1, 2025',
      periodEnd: 'June 30, 2026',
      netDays: '30',
      invoicing: 'monthly in arrears',
      purchaseOrder: 'purchase order 4500',
    };
    expect(fillTerms('{{client}} pays {{ consultancy }} within {{netDays}} days.', values)).toBe(
      'Riverside USD pays Northstar within 30 days.',
    );
    const left = fillTerms('Signed by {{superintendent}}; {{constructor}}.', values);
    expect(left).toBe('Signed by {{superintendent}}; {{constructor}}.');
    expect(placeholderIn(left)).toBe('{{superintendent}}');
  });
});

describe('placeholders', () => {
  it('are found as people leave them, and ordinary text is not', () => {
    for (const text of [
      'TBD',
      'Due [DATE]',
      '[insert district name]',
      '<enter amount>',
      'Lorem ipsum dolor',
      'XXX',
      '???',
    ])
      expect(placeholderIn(text), text).not.toBeNull();
    for (const text of [
      'Title II, Part A (FY2025 allocation)',
      'K–3 [pilot] classrooms',
      'Grades 3–5 < 40% proficient',
      'Acadience data reviews',
      'What is it?',
    ])
      expect(placeholderIn(text), text).toBeNull();
  });

  it('are listed where they are, with the engagement’s own fill-ins allowed', () => {
    const e = engagement((base) => ({
      client: {
        ...base.client,
        contacts: [{ id: uid('c'), name: 'Dr. Ana Morales', role: 'TBD', email: '', phone: '' }],
      },
      scopeOfWork: {
        ...base.scopeOfWork,
        purchaseOrder: '[PO NUMBER]',
        clauses: [
          {
            clauseId: 'payment',
            mode: 'edit',
            title: '',
            text: '{{client}} pays; {{superintendent}} signs.',
          },
        ],
      },
    }));
    expect(findPlaceholders(e, DEFAULT_TERMS)).toEqual([
      { where: 'Contact 1 role', text: 'TBD' },
      { where: 'Purchase order', text: '[PO NUMBER]' },
      { where: 'Terms: Payment terms', text: '{{superintendent}}' },
    ]);
    expect(findPlaceholders(engagement(), DEFAULT_TERMS)).toEqual([]);
  });
});
