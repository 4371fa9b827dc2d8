import { DEFAULT_TERMS, type ConsultancyProfile, type Engagement, type TermsLibrary } from '@shared/domain';
import { diffEngagements, scopeEngagement } from '@shared/scoping';
import { scopeOfWorkFacts } from './facts';
import { buildScopeOfWork } from './document';
import { loadFonts } from './fonts';
import type { ScopeOfWorkInput } from './model';
import { renderPdf, type RenderedPdf } from './render';

export { buildScopeOfWork, clientNameOf } from './document';
export { loadFonts, type FontSet } from './fonts';
export type { ScopeOfWorkInput, ScopeOfWorkFacts, GlyphCoverage } from './model';
export { renderPdf, type RenderedPdf } from './render';

/** Everything needed to write a scope of work; plain data, so it can cross to a worker. */
export interface ScopeOfWorkRequest {
  engagement: Engagement;
  profile: ConsultancyProfile;
  /** The revision this PDF will be frozen as, and its date (YYYY-MM-DD). */
  /** `note`: what this version is for, as written when it was exported; printed on the cover. */
  revision: { number: number; date: string; note?: string };
  /** The last revision sent, to show what changed since; null for the first. */
  previous: { number: number; engagement: Engagement } | null;
  locale?: string;
  /** The consultancy's standard terms from settings; the shipped defaults when absent. */
  terms?: TermsLibrary;
}

const DEFAULT_LOCALE = 'en-US';

/** Runs the engine over the engagement (and the previous revision) for the document. */
export function prepareScopeOfWork(request: ScopeOfWorkRequest): ScopeOfWorkInput {
  const scope = scopeEngagement(request.engagement);
  return {
    engagement: request.engagement,
    scope,
    profile: request.profile,
    revision: request.revision,
    changes: request.previous
      ? {
          sinceRevision: request.previous.number,
          diff: diffEngagements(request.previous.engagement, request.engagement),
        }
      : null,
    locale: request.locale ?? DEFAULT_LOCALE,
    facts: scopeOfWorkFacts(request.engagement, scope, request.terms ?? DEFAULT_TERMS),
  };
}

/** The scope of work as PDF bytes, in this thread. The app runs it in a worker (see worker.ts). */
export async function renderScopeOfWork(request: ScopeOfWorkRequest, fontsDir: string): Promise<RenderedPdf> {
  const fonts = loadFonts(fontsDir);
  const doc = buildScopeOfWork(prepareScopeOfWork(request), fonts);
  return renderPdf(doc, fonts);
}
