import { useCallback, useEffect, useState } from 'react';
import { AppShell } from '@mantine/core';
import type { HotkeyItem } from '@mantine/hooks';
import { useShortcutKeys } from '../hooks/useShortcutKeys';
import { notifications } from '@mantine/notifications';
import type { AppInfo } from '../../../shared/api';
import type { AppCommand } from '../../../shared/events';
import { api, call, errorText } from '../api';
import { importProjectFile } from '../projects/import';
import { createBackup } from '../settings/backups';
import { requestIntent } from './intents';
import { useMeetingMode } from './meeting-mode';
import { navigate, useRoute } from './routing';
import { ShortcutHelp } from './ShortcutHelp';
import { AppHeader, AppMain, AppRail } from './AppChrome';

/**
 * The frame: header, rail, the routed screen, and the keys and menu commands that work from
 * anywhere. Over 80 lines because the shortcut and menu-command wiring is kept together here,
 * in one place, as it is; everything drawn is in AppChrome.
 */
export function App() {
  const route = useRoute();
  const { meeting, toggleMeeting } = useMeetingMode();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    call(api.app.info()).then(setInfo, (e: unknown) => setError(errorText(e)));
  }, []);

  const goNew = useCallback(() => {
    navigate({ screen: 'projects' });
    requestIntent('new-engagement');
  }, []);
  const goSearch = useCallback(() => {
    navigate({ screen: 'projects' });
    requestIntent('search');
  }, []);

  const exportPdf = useCallback(() => {
    if (route.screen === 'engagement') requestIntent('export-pdf');
    else notifications.show({ message: 'Open an engagement to export its scope of work.' });
  }, [route.screen]);

  // The application menu's commands; in the desktop app its accelerators take these keys.
  const onCommand = useCallback(
    (command: AppCommand) => {
      switch (command) {
        case 'engagement:new':
          goNew();
          break;
        case 'project:import':
          void importProjectFile((id) => navigate({ screen: 'engagement', id, step: 'client-profile' }));
          break;
        case 'project:export':
          if (route.screen === 'engagement') requestIntent('export-project');
          else notifications.show({ message: 'Open an engagement to save it as a project file.' });
          break;
        case 'scope:export':
          exportPdf();
          break;
        case 'backup:create':
          void createBackup();
          break;
        case 'view:projects':
          navigate({ screen: 'projects' });
          break;
        case 'view:settings':
          navigate({ screen: 'settings', tab: 'profile' });
          break;
        case 'view:meetingMode':
          toggleMeeting();
          break;
        case 'help:shortcuts':
          setHelp(true);
          break;
      }
    },
    [goNew, exportPdf, route.screen, toggleMeeting],
  );
  useEffect(() => api.on('command', onCommand), [onCommand]);

  const contextual: HotkeyItem[] = [];
  if (route.screen === 'projects') contextual.push(['mod+F', goSearch]);
  if (route.screen !== 'engagement') contextual.push(['mod+E', exportPdf]);
  useShortcutKeys(
    [
      ['mod+N', goNew],
      ['mod+K', goSearch],
      ['mod+shift+M', toggleMeeting],
      ['mod+,', () => navigate({ screen: 'settings', tab: 'profile' })],
      ['mod+shift+H', () => navigate({ screen: 'projects' })],
      [
        'mod+O',
        () => void importProjectFile((id) => navigate({ screen: 'engagement', id, step: 'client-profile' })),
      ],
      ['mod+/', () => setHelp(true)],
      ['F1', () => setHelp(true)],
      ...contextual,
    ],
    { whileTyping: true },
  );
  useShortcutKeys([['shift+?', () => setHelp(true)]], { whileTyping: false });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 84, breakpoint: 0 }}
      padding="lg"
      data-meeting={meeting || undefined}
    >
      <AppHeader meeting={meeting} toggleMeeting={toggleMeeting} info={info} />
      <AppRail route={route} onHelp={() => setHelp(true)} />
      <AppMain route={route} error={error} info={info} />
      <ShortcutHelp opened={help} onClose={() => setHelp(false)} />
    </AppShell>
  );
}
