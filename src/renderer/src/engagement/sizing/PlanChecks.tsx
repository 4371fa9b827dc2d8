import { memo } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { PlanCheck } from '@shared/scoping';

/** The part of the plan a check read. */
const APPLIES_TO_WORDS: Record<PlanCheck['plan'], string> = {
  north_star: 'North star',
  funded: 'Funded phase',
  engagement: 'Engagement',
};

/** The plan read against the field's principles, in plain words with the fix. */
export const PlanChecks = memo(function PlanChecks({ checks }: { checks: readonly PlanCheck[] }) {
  if (checks.length === 0) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={18} aria-hidden />}
        data-testid="plan-checks"
      >
        The plan has follow-up after training, data reviews, collaboration time and ties to the district’s
        needs and what already works.
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid="plan-checks">
      {checks.map((c) => (
        <Alert
          key={`${c.code}-${c.plan}`}
          color={c.severity === 'warning' ? 'orange' : 'blue'}
          variant="light"
          icon={
            c.severity === 'warning' ? (
              <IconAlertTriangle size={18} aria-hidden />
            ) : (
              <IconInfoCircle size={18} aria-hidden />
            )
          }
          title={
            <Text size="sm" fw={600} component="span">
              {c.message}
            </Text>
          }
        >
          <Text size="sm">{c.fix}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {APPLIES_TO_WORDS[c.plan]} · {c.severity === 'warning' ? 'Warning' : 'Notice'}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
});
