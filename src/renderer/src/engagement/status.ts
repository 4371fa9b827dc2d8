// Types only: the home screen reads this, and its first paint loads no schema.
import type { EngagementStatus } from '@shared/domain';

/** An engagement's standing, as its badge and the status choices name it. */
export const ENGAGEMENT_STATUS_LABELS: Record<EngagementStatus, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed',
  closed: 'Closed',
};

/** The badge colour of each standing: the home list and the engagement's header alike. */
export const ENGAGEMENT_STATUS_COLORS: Record<EngagementStatus, string> = {
  draft: 'gray',
  proposed: 'blue',
  agreed: 'teal',
  closed: 'dark',
};

/** Draft, Proposed, Agreed, Closed: in the order an engagement goes through them. */
export const ENGAGEMENT_STATUS_OPTIONS = (['draft', 'proposed', 'agreed', 'closed'] as const).map(
  (value: EngagementStatus) => ({ value, label: ENGAGEMENT_STATUS_LABELS[value] }),
);

/**
 * How an engagement's standing reads in the header and the home list: a draft that has been
 * exported reads "Sent · v2", so nobody has to open it to know a version went out.
 */
export function statusText(status: EngagementStatus, sentVersion: number | null): string {
  if (sentVersion !== null && status !== 'closed') {
    // Proposed means sent for agreement: the version is what matters to say.
    return status === 'agreed' ? `Agreed · v${sentVersion}` : `Sent · v${sentVersion}`;
  }
  return ENGAGEMENT_STATUS_LABELS[status];
}
