import { useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import type { AppCommand } from '@shared/events';
import { keyBindings, shortcutForCommand, SHORTCUTS, type ShortcutId } from '@shared/shortcuts';
import { api } from '../api';
import { useShortcutKeys } from '../hooks/useShortcutKeys';
import { importProjectFile } from '../projects/import';
import { createBackup } from '../settings/backups';
import { requestIntent } from './intents';
import { navigate, type Route } from './routing';

/** The rows an open engagement acts on with its own handlers (useEditorShortcuts). */
const ENGAGEMENT_ROWS = new Set<ShortcutId>(
  SHORTCUTS.filter((s) => s.where === 'engagement').map((s) => s.id),
);

/**
 * The app-wide shortcuts and the application menu's commands, both from the shortcut table
 * (src/shared/shortcuts.ts): a menu command runs the action of the row that sends it, and a
 * key runs the action of the row that lists it. In an open engagement its own rows (export,
 * save, steps) are left to the engagement's handlers; elsewhere they say what to open first.
 */
export function useAppShortcuts({
  screen,
  toggleMeeting,
  showHelp,
}: {
  screen: Route['screen'];
  toggleMeeting: () => void;
  showHelp: () => void;
}): void {
  const inEngagement = screen === 'engagement';
  const actions: Partial<Record<ShortcutId, () => void>> = {
    new: () => {
      navigate({ screen: 'projects' });
      requestIntent('new-engagement');
    },
    search: () => {
      navigate({ screen: 'projects' });
      requestIntent('search');
    },
    meeting: toggleMeeting,
    settings: () => navigate({ screen: 'settings', tab: 'profile' }),
    projects: () => navigate({ screen: 'projects' }),
    import: () =>
      void importProjectFile((id) => navigate({ screen: 'engagement', id, step: 'client-profile' })),
    help: showHelp,
    export: () => {
      if (inEngagement) requestIntent('export-pdf');
      else notifications.show({ message: 'Open an engagement to export its scope of work.' });
    },
    'export-project': () => {
      if (inEngagement) requestIntent('export-project');
      else notifications.show({ message: 'Open an engagement to save it as a project file.' });
    },
  };

  // The menu's commands; in the desktop app its accelerators take these keys first.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(
    () =>
      api.on('command', (command: AppCommand) => {
        if (command === 'backup:create') {
          void createBackup();
          return;
        }
        const row = shortcutForCommand(command);
        if (row) latest.current[row.id as ShortcutId]?.();
      }),
    [],
  );

  const keyed = Object.fromEntries(
    Object.entries(actions).filter(([id]) => !(inEngagement && ENGAGEMENT_ROWS.has(id as ShortcutId))),
  ) as Partial<Record<ShortcutId, () => void>>;
  useShortcutKeys(keyBindings(keyed, true), { whileTyping: true });
  useShortcutKeys(keyBindings(keyed, false), { whileTyping: false });
}
