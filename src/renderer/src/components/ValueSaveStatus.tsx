import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { SaveState } from '../hooks/autosave';
import { agree, countSaid } from '../wording';

/** The settings' save indicator: Saved, Saving…, a failure with Retry, and fields held back. */
export function ValueSaveStatus({
  state,
  held,
  onRetry,
}: {
  state: SaveState;
  /** Fields whose edit is not saved until fixed; everything else is. */
  held: number;
  onRetry: () => void;
}) {
  return (
    <Group gap="md" wrap="nowrap">
      {held > 0 && (
        <Group gap={6} wrap="nowrap" data-testid="settings-held">
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text size="sm" c="orange.9">
            {countSaid(held, 'field', 'fields')} not saved: fix the marked {agree(held, 'field', 'fields')}
          </Text>
        </Group>
      )}
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
        {(state.kind === 'error' || state.kind === 'conflict') && (
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
    </Group>
  );
}
