import { useSyncExternalStore } from 'react';
import { Button, Group, Loader, Popover, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudX, IconPencil } from '@tabler/icons-react';
import type { SaveState } from '../hooks/autosave';
import type { Problem } from '../draft/draft';
import { shortcutText } from '../app/shortcuts';
import { useProblems, useWorkspace } from './context';
import { countSaid } from '../wording';

interface Props {
  onReload: () => void;
  onKeepMine: () => void;
}

interface IndicatorProps extends Props {
  state: SaveState;
  onRetry: () => void;
}

function savedAt(iso: string | null): string {
  if (!iso) return 'Saved';
  const d = new Date(iso);
  return `Saved at ${d.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`;
}

/**
 * Always on screen: Saved, Saving…, or what went wrong and what to do about it. Fields that
 * cannot be saved yet are counted beside it: everything else is saved regardless.
 */
export function SaveIndicator({ onReload, onKeepMine }: Props) {
  const { autosave, showProblem } = useWorkspace();
  const state: SaveState = useSyncExternalStore(autosave.subscribe, () => autosave.state);
  const problems = useProblems();
  return (
    <Group gap="sm" wrap="nowrap">
      <Held problems={problems} onShow={showProblem} />
      <div role="status" aria-live="polite" data-testid="save-status" data-state={state.kind}>
        <Indicator
          state={state}
          onRetry={() => autosave.retry()}
          onReload={onReload}
          onKeepMine={onKeepMine}
        />
      </div>
    </Group>
  );
}

/** "1 field not saved", with the way to it. */
function Held({ problems, onShow }: { problems: readonly Problem[]; onShow: (path: string) => void }) {
  const first = problems[0];
  if (!first) return null;
  return (
    <Group gap={6} wrap="nowrap" role="status" data-testid="held-fields">
      <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
      <Text size="sm" c="orange.9" style={{ whiteSpace: 'nowrap' }}>
        {countSaid(problems.length, 'field', 'fields')} not saved
      </Text>
      <Button size="compact-sm" variant="light" color="orange" onClick={() => onShow(first.path)}>
        Show
      </Button>
    </Group>
  );
}

/** The save state in a few words, with what to do when a save failed or clashed. */
function Indicator({ state, onRetry, onReload, onKeepMine }: IndicatorProps) {
  switch (state.kind) {
    case 'saved':
      return <Saved at={state.at} />;
    case 'pending':
    case 'saving':
      return <OnItsWay saving={state.kind === 'saving'} />;
    case 'error':
      return <NotSavedYet message={state.message} onRetry={onRetry} />;
    case 'conflict':
      return <ChangedElsewhere message={state.message} onReload={onReload} onKeepMine={onKeepMine} />;
  }
}

/** Saved (at a time), and that every change is saved as it is typed. */
function Saved({ at }: { at: string | null }) {
  return (
    <Tooltip label={`Every change is saved as you type (${shortcutText('save')} saves at once)`}>
      <Group gap={6} wrap="nowrap">
        <ThemeIcon size="sm" variant="light" color="teal" radius="xl">
          <IconCheck size={14} aria-hidden />
        </ThemeIcon>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {savedAt(at)}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** Edited, or saving: a change on its way to the database. */
function OnItsWay({ saving }: { saving: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      {saving ? <Loader size={14} aria-hidden /> : <IconPencil size={16} aria-hidden />}
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {saving ? 'Saving…' : 'Edited'}
      </Text>
    </Group>
  );
}

/** A save failed and is retried; Retry now, and why it failed. */
function NotSavedYet({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Popover width={320} position="bottom-end" withArrow shadow="md">
      <Group gap={6} wrap="nowrap">
        <IconCloudX size={16} color="var(--mantine-color-red-7)" aria-hidden />
        <Text size="sm" c="red.8">
          Not saved yet, retrying
        </Text>
        <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
          Retry now
        </Button>
        <Popover.Target>
          <Button size="compact-sm" variant="subtle" color="red">
            Why?
          </Button>
        </Popover.Target>
      </Group>
      <Popover.Dropdown>
        <Text size="sm">{message}</Text>
        <Text size="sm" c="dimmed" mt="xs">
          Your edits stay on screen and are saved as soon as the database answers.
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}

/** The stored copy changed elsewhere: nothing is saved until the person keeps one version. */
function ChangedElsewhere({ message, onReload, onKeepMine }: Props & { message: string }) {
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
          <Text size="sm">{message}</Text>
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
