import { describe, expect, it } from 'vitest';
import type { Engagement } from '../../../src/shared/domain';
import { diffEngagements } from '../../../src/shared/scoping';
import { engagement, line, uid } from './build';

function version(
  lines = [
    line('inst', 'face-to-face-session', { count: 2 }),
    line('coach', 'coaching-cycle', { count: 3, groups: 6, deliveryMode: 'virtual' }),
  ],
): Engagement {
  return engagement((e) => ({
    lines,
    budget: { ...e.budget, amountCents: 10_000_000 },
    supportLevel: { ...e.supportLevel, chosen: 'facilitate' },
  }));
}

describe('diffEngagements', () => {
  it('reports no change between identical versions', () => {
    const d = diffEngagements(version(), version());
    expect(d.hasChanges).toBe(false);
    expect(d.lines).toEqual([]);
    expect(d.sentences).toEqual([]);
  });

  it('reports lines added, removed and changed, with cost deltas that add up', () => {
    const before = version();
    const after = version([
      line('inst', 'face-to-face-session', { count: 3 }),
      line('review', 'pdca-data-review', { count: 2 }),
    ]);
    const d = diffEngagements(before, after);
    expect(d.lines.map((l) => [l.kind, l.lineId])).toEqual([
      ['changed', uid('inst')],
      ['added', uid('review')],
      ['removed', uid('coach')],
    ]);
    const changed = d.lines[0];
    expect(changed?.fields).toEqual(['quantity', 'cost']);
    expect(changed?.sentence).toMatch(
      /^Changed “Face-to-face cohort session”: quantity 2 session days × 1 cohort → 3 session days × 1 cohort; cost \$[\d,.]+ → \$[\d,.]+ \(\+\$[\d,.]+\)\.$/,
    );
    expect(d.lines[2]?.sentence).toMatch(
      /^Removed “One-on-one coaching cycle” \(3 coaching cycles × 6 participants\), which was funded at \$13,500\.00\.$/,
    );
    expect(d.lines.reduce((s, l) => s + l.deltaCents, 0)).toBe(d.totals.deltaCents);
    expect(d.totals.afterCents - d.totals.beforeCents).toBe(d.totals.deltaCents);
  });

  it('reports a support-level change, a new budget and a moved window', () => {
    const before = version();
    const after: Engagement = {
      ...before,
      supportLevel: { ...before.supportLevel, chosen: 'collaborate' },
      budget: { ...before.budget, amountCents: 12_000_000 },
      timeline: { ...before.timeline, end: '2026-05-29' },
    };
    const d = diffEngagements(before, after);
    expect(d.supportLevel).toEqual({ before: 'facilitate', after: 'collaborate' });
    expect(d.budget).toEqual({ beforeCents: 10_000_000, afterCents: 12_000_000 });
    expect(d.timeline?.after.end).toBe('2026-05-29');
    expect(d.sentences).toContain('The support level changed from facilitate to collaborate.');
    expect(d.sentences).toContain('The budget changed from $100,000.00 to $120,000.00.');
    // Collaborating costs less per session, so the funded lines' costs move too.
    expect(d.lines.every((l) => l.fields.includes('cost'))).toBe(true);
    expect(d.totals.deltaCents).toBeLessThan(0);
  });

  it('reports a line that sizing now defers, even when the line itself did not change', () => {
    const before = version();
    const after: Engagement = { ...before, budget: { ...before.budget, amountCents: 1_400_000 } };
    const d = diffEngagements(before, after);
    const coach = d.lines.find((l) => l.lineId === uid('coach'));
    expect(coach?.fields).toContain('status');
    expect(coach?.after?.status).toBe('deferred');
    expect(coach?.sentence).toMatch(/funded → deferred/);
  });
});

describe('what the parties sign, besides the services', () => {
  it('is a change the next version lists, even when no service moved', () => {
    const before = version();
    const after: Engagement = {
      ...before,
      scopeOfWork: {
        ...before.scopeOfWork,
        purchaseOrder: 'PO-4500',
        effectiveDate: '2025-08-15',
        invoicing: { method: 'by_phase', netDays: 45, milestones: [] },
        clauses: [{ clauseId: 'cancellation', mode: 'drop', title: '', text: '' }],
      },
    };
    const d = diffEngagements(before, after);
    expect(d.hasChanges).toBe(true);
    expect(d.lines).toEqual([]);
    expect(d.agreement).toEqual([
      'The terms as this engagement words them changed.',
      'Invoices now go out at the end of each phase (they went out monthly in arrears).',
      'Invoices are now payable within 45 days (was 30).',
      'The purchase order is now PO-4500.',
      'The agreement now takes effect on Aug 15, 2025.',
    ]);
    expect(d.sentences).toEqual(d.agreement);
  });
});
