import { useEffect, useState } from 'react';
import { AppShell } from '@mantine/core';
import type { AppInfo } from '@shared/api';
import { api, call, errorText } from '../api';
import { useMeetingMode } from './meeting-mode';
import { useRoute } from './routing';
import { ShortcutHelp } from './ShortcutHelp';
import { useAppShortcuts } from './useAppShortcuts';
import { AppHeader, AppMain, AppRail } from './AppChrome';

/** The frame: header, rail, the routed screen, and the keys and menu commands that work anywhere. */
export function App() {
  const route = useRoute();
  const { meeting, toggleMeeting } = useMeetingMode();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    call(api.app.info()).then(setInfo, (e: unknown) => setError(errorText(e)));
  }, []);

  useAppShortcuts({ screen: route.screen, toggleMeeting, showHelp: () => setHelp(true) });

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
