import type { EngagementStatus } from '../../../shared/domain';

const STATUS_WORDS: Record<EngagementStatus, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed',
  closed: 'Closed',
};

/**
 * How an engagement's standing reads in the header and the home list: a draft that has been
 * exported reads "Sent · v2", so nobody has to open it to know a version went out.
 */
export function statusText(status: EngagementStatus, sentVersion: number | null): string {
  if (sentVersion !== null && status !== 'closed') {
    // Proposed means sent for agreement: the version is what matters to say.
    return status === 'agreed' ? `Agreed · v${sentVersion}` : `Sent · v${sentVersion}`;
  }
  return STATUS_WORDS[status];
}
