import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { ValueSaveState } from '../hooks/useAutosaveValue';

export function ValueSaveStatus({ state, onRetry }: { state: ValueSaveState; onRetry: () => void }) {
  return (
    <Group
      gap={6}
      role="status"
      aria-live="polite"
      data-testid="settings-save-status"
      data-state={state.kind}
      wrap="nowrap"
    >
      {state.kind === 'saved' && (
        <>
          <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
          <Text size="sm" c="dimmed">
            Saved
          </Text>
        </>
      )}
      {(state.kind === 'pending' || state.kind === 'saving') && (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            Saving…
          </Text>
        </>
      )}
      {state.kind === 'invalid' && (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text size="sm" c="orange.9">
            Not saved: fix the marked fields
          </Text>
        </>
      )}
      {state.kind === 'error' && (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
          <Text size="sm" c="red.8">
            Not saved: {state.message}
          </Text>
          <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
        </>
      )}
    </Group>
  );
}
