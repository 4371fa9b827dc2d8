import { Paper, Text } from '@mantine/core';

/**
 * One figure on a card: what it is, the figure, and a line under it. A headline figure (the
 * sizing step's) is larger, its digits one width so it holds still while the slider moves; a
 * compact one (the review step's) is a summary.
 */
export function Figure({
  label,
  value,
  detail,
  testId,
  compact = false,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
  compact?: boolean;
}) {
  return (
    <Paper withBorder p={compact ? 'sm' : 'md'}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text
        fw={700}
        size={compact ? undefined : 'xl'}
        data-testid={testId}
        style={compact ? undefined : { fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Paper>
  );
}
