import { useSyncExternalStore } from 'react';
import { Button, Group, Loader, Popover, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudX, IconPencil } from '@tabler/icons-react';
import type { SaveQueue, SaveState } from '../hooks/save-queue';
import { shortcutText } from '../app/shortcuts';

interface Props {
  queue: SaveQueue;
  onShowProblem: (path: string) => void;
  onReload: () => void;
  onKeepMine: () => void;
}

function savedAt(iso: string | null): string {
  if (!iso) return 'Saved';
  const d = new Date(iso);
  return `Saved at ${d.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`;
}

/** Always on screen: Saved, Saving…, or what went wrong and what to do about it. */
export function SaveIndicator({ queue, onShowProblem, onReload, onKeepMine }: Props) {
  const state: SaveState = useSyncExternalStore(queue.subscribe, () => queue.state);
  return (
    <div role="status" aria-live="polite" data-testid="save-status" data-state={state.kind}>
      <Indicator
        state={state}
        queue={queue}
        onShowProblem={onShowProblem}
        onReload={onReload}
        onKeepMine={onKeepMine}
      />
    </div>
  );
}

function Indicator({ state, queue, onShowProblem, onReload, onKeepMine }: Props & { state: SaveState }) {
  switch (state.kind) {
    case 'saved':
      return (
        <Tooltip label={`Every change is saved as you type (${shortcutText('save')} saves at once)`}>
          <Group gap={6} wrap="nowrap">
            <ThemeIcon size="sm" variant="light" color="teal" radius="xl">
              <IconCheck size={14} aria-hidden />
            </ThemeIcon>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {savedAt(state.at)}
            </Text>
          </Group>
        </Tooltip>
      );
    case 'pending':
    case 'saving':
      return (
        <Group gap={6} wrap="nowrap">
          {state.kind === 'saving' ? <Loader size={14} aria-hidden /> : <IconPencil size={16} aria-hidden />}
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {state.kind === 'saving' ? 'Saving…' : 'Edited'}
          </Text>
        </Group>
      );
    case 'invalid': {
      const first = state.problems[0];
      return (
        <Group gap={6} wrap="nowrap">
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text size="sm" c="orange.9">
            Not saved:{' '}
            {state.problems.length === 1 ? 'one field needs' : `${state.problems.length} fields need`} fixing
          </Text>
          {first && (
            <Button
              size="compact-sm"
              variant="light"
              color="orange"
              onClick={() => onShowProblem(first.path)}
            >
              Show
            </Button>
          )}
        </Group>
      );
    }
    case 'error':
      return (
        <Popover width={320} position="bottom-end" withArrow shadow="md">
          <Group gap={6} wrap="nowrap">
            <IconCloudX size={16} color="var(--mantine-color-red-7)" aria-hidden />
            <Text size="sm" c="red.8">
              Not saved yet, retrying
            </Text>
            <Button size="compact-sm" variant="light" color="red" onClick={() => queue.retry()}>
              Retry now
            </Button>
            <Popover.Target>
              <Button size="compact-sm" variant="subtle" color="red">
                Why?
              </Button>
            </Popover.Target>
          </Group>
          <Popover.Dropdown>
            <Text size="sm">{state.message}</Text>
            <Text size="sm" c="dimmed" mt="xs">
              Your edits stay on screen and are saved as soon as the database answers.
            </Text>
          </Popover.Dropdown>
        </Popover>
      );
    case 'conflict':
      return (
        <Popover width={360} position="bottom-end" withArrow shadow="md" defaultOpened>
          <Popover.Target>
            <Button
              size="compact-sm"
              color="red"
              variant="light"
              leftSection={<IconAlertTriangle size={14} aria-hidden />}
            >
              Changed elsewhere: not saved
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Text size="sm">{state.message}</Text>
              <Text size="sm">Choose which version to keep:</Text>
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={onReload}>
                  Reload the saved version
                </Button>
                <Button size="xs" onClick={onKeepMine}>
                  Keep my edits
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                Reloading discards the edits made here since the last save.
              </Text>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      );
  }
}
