import { Badge } from '@mantine/core';
import type { EngagementStatus } from '@shared/domain';
import { ENGAGEMENT_STATUS_COLORS, statusText } from './status';

/** An engagement's standing as a badge: "Draft", "Sent · v2", "Agreed · v3". */
export function StatusBadge({
  status,
  sentVersion,
}: {
  status: EngagementStatus;
  sentVersion: number | null;
}) {
  return (
    <Badge variant="light" color={ENGAGEMENT_STATUS_COLORS[status]} data-testid="engagement-status">
      {statusText(status, sentVersion)}
    </Badge>
  );
}
