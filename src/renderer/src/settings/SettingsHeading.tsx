import type { ReactNode } from 'react';
import { Group, Title } from '@mantine/core';
import type { SaveState } from '../hooks/autosave';
import { ValueSaveStatus } from '../components/ValueSaveStatus';

/** A settings tab's title, what it is for, and its save status. */
export function SettingsHeading({
  title,
  children,
  draft,
  align,
}: {
  title: string;
  children: ReactNode;
  draft: { state: SaveState; problems: readonly unknown[]; retry: () => void };
  align?: 'flex-start';
}) {
  return (
    <Group justify="space-between" align={align}>
      <div>
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </div>
      <ValueSaveStatus state={draft.state} held={draft.problems.length} onRetry={draft.retry} />
    </Group>
  );
}
