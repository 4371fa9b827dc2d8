import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import {
  Alert,
  AppShell,
  Center,
  Group,
  Loader,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import type { HotkeyItem } from '@mantine/hooks';
import { useShortcutKeys } from '../hooks/useShortcutKeys';
import { notifications } from '@mantine/notifications';
import { IconFolders, IconInfoCircle, IconKeyboard, IconSettings } from '@tabler/icons-react';
import type { AppInfo } from '../../../shared/api';
import type { AppCommand } from '../../../shared/events';
import { api, call, errorText } from '../api';
import { ProjectsHome } from '../projects/ProjectsHome';
import { importProjectFile } from '../projects/import';
import { createBackup } from '../settings/backups';
import { AboutScreen } from './AboutScreen';
import { requestIntent } from './intents';
import { useMeetingMode } from './meeting-mode';
import { navigate, useRoute, type Route } from './routing';
import { ShortcutHelp } from './ShortcutHelp';
import { shortcutText, type ShortcutId } from './shortcuts';
import { StoreNotices } from './StoreNotices';
import { Logo } from '../components/Logo';
import classes from './App.module.css';

// The home screen is what opens first; the workspace (engine, schemas, date pickers) and
// settings load when first visited, which keeps the first paint small.
const EngagementScreen = lazy(() =>
  import('../engagement/EngagementScreen').then((m) => ({ default: m.EngagementScreen })),
);
const SettingsScreen = lazy(() =>
  import('../settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);

interface RailItem {
  label: string;
  icon: typeof IconFolders;
  screen: Route['screen'];
  go: () => void;
  shortcut?: ShortcutId;
}

const RAIL: RailItem[] = [
  {
    label: 'Projects',
    icon: IconFolders,
    screen: 'projects',
    go: () => navigate({ screen: 'projects' }),
    shortcut: 'projects',
  },
  {
    label: 'Settings',
    icon: IconSettings,
    screen: 'settings',
    go: () => navigate({ screen: 'settings', tab: 'profile' }),
    shortcut: 'settings',
  },
  { label: 'About', icon: IconInfoCircle, screen: 'about', go: () => navigate({ screen: 'about' }) },
];

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
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Logo />
            <Title order={1} size="h4">
              Northstar Scope
            </Title>
          </Group>
          <Group gap="lg" wrap="nowrap">
            <Tooltip
              label={`Hides rates, hours and margins and enlarges type for a shared screen (${shortcutText('meeting')})`}
            >
              <Switch
                checked={meeting}
                onChange={toggleMeeting}
                label="Meeting mode"
                color="teal"
                data-testid="meeting-toggle"
              />
            </Tooltip>
            {info && (
              <Text size="sm" c="dimmed" data-testid="app-version">
                Version {info.version}
              </Text>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p={6} aria-label="Main">
        <Stack gap={4} justify="space-between" h="100%">
          <Stack gap={4}>
            {RAIL.map((item) => (
              <Tooltip
                key={item.label}
                label={item.shortcut ? `${item.label} (${shortcutText(item.shortcut)})` : item.label}
                position="right"
              >
                <UnstyledButton
                  className={classes.railButton}
                  onClick={item.go}
                  data-active={
                    route.screen === item.screen ||
                    (item.screen === 'projects' && route.screen === 'engagement') ||
                    undefined
                  }
                  aria-current={route.screen === item.screen ? 'page' : undefined}
                >
                  <item.icon size={22} stroke={1.6} aria-hidden />
                  <span>{item.label}</span>
                </UnstyledButton>
              </Tooltip>
            ))}
          </Stack>
          <Tooltip label={`Keyboard shortcuts (${shortcutText('help')})`} position="right">
            <UnstyledButton className={classes.railButton} onClick={() => setHelp(true)}>
              <IconKeyboard size={22} stroke={1.6} aria-hidden />
              <span>Shortcuts</span>
            </UnstyledButton>
          </Tooltip>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {error && (
          <Alert color="red" title="The app could not reach its data" role="alert" mb="md">
            {error}
          </Alert>
        )}
        <StoreNotices />
        <Suspense
          fallback={
            <Center h={240}>
              <Loader aria-label="Loading" />
            </Center>
          }
        >
          {route.screen === 'projects' && <ProjectsHome />}
          {route.screen === 'engagement' && <EngagementScreen id={route.id} step={route.step} />}
          {route.screen === 'settings' && <SettingsScreen tab={route.tab} />}
          {route.screen === 'about' && <AboutScreen info={info} />}
        </Suspense>
      </AppShell.Main>
      <ShortcutHelp opened={help} onClose={() => setHelp(false)} />
    </AppShell>
  );
}
