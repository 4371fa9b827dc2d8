import { resolveClauses, type Engagement, type TermsLibrary } from '@shared/domain';
import { buildCrosswalk, buildInvoiceSchedule, type Scope } from '@shared/scoping';
import { sizeOptions } from '@shared/scoping/options';
import type { ScopeOfWorkFacts } from './model';

/** The funding crosswalk, the invoice schedule, the terms and the ways to start, for one scope of work. */
export function scopeOfWorkFacts(
  engagement: Engagement,
  scope: Scope,
  terms: TermsLibrary,
): ScopeOfWorkFacts {
  const crosswalk = buildCrosswalk(engagement, scope);
  return {
    crosswalk,
    invoices: buildInvoiceSchedule(engagement, crosswalk),
    clauses: resolveClauses(terms, engagement.scopeOfWork.clauses),
    options: sizeOptions(engagement),
  };
}
