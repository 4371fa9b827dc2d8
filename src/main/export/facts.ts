import { resolveClauses, type Engagement, type TermsLibrary } from '@shared/domain';
import { buildCrosswalk, buildInvoiceSchedule, type FundingCrosswalk, type Scope } from '@shared/scoping';
import { sizeOptions } from '@shared/scoping/options';
import type { ScopeOfWorkFacts } from './model';

/** The funding crosswalk, the invoice schedule, the terms and the ways to start, for one scope of work. */
export function scopeOfWorkFacts(
  engagement: Engagement,
  scope: Scope,
  terms: TermsLibrary,
): ScopeOfWorkFacts {
  const crosswalk = buildCrosswalk(engagement, scope);
  refuseUnpaid(crosswalk);
  return {
    crosswalk,
    invoices: buildInvoiceSchedule(engagement, crosswalk),
    clauses: resolveClauses(terms, engagement.scopeOfWork.clauses),
    options: sizeOptions(engagement),
  };
}

const UNPAID_CODES = new Set(['work_after_deadlines', 'work_outside_restrictions', 'sources_short']);

/**
 * A district signs for work its funding pays for: work no source pays (kept funded by hand past
 * what the sources may pay, or put on a source by hand) is refused before anything is drawn,
 * with why and the way out. Without sources, everything is the district's budget.
 */
function refuseUnpaid(crosswalk: FundingCrosswalk): void {
  if (!crosswalk.hasSources || crosswalk.unassignedCents === 0) return;
  const why = crosswalk.issues.filter((i) => UNPAID_CODES.has(i.code));
  throw new Error(
    `Some funded work is not paid by any funding source, and a district cannot sign for it. ${why
      .map((i) => `${i.message} ${i.fix}`)
      .join(' ')} Then export again.`,
  );
}
