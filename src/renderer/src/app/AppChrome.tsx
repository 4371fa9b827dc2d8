import { lazy, Suspense } from 'react';
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
import { IconFolders, IconInfoCircle, IconKeyboard, IconSettings } from '@tabler/icons-react';
import type { AppInfo } from '@shared/api';
import { Logo } from '../components/Logo';
import { ProjectsHome } from '../projects/ProjectsHome';
import { AboutScreen } from './AboutScreen';
import { navigate, type Route } from './routing';
import { shortcutText, type ShortcutId } from './shortcuts';
import { StoreNotices } from './StoreNotices';
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

/** The app's name, meeting mode and the version. */
export function AppHeader({
  meeting,
  toggleMeeting,
  info,
}: {
  meeting: boolean;
  toggleMeeting: () => void;
  info: AppInfo | null;
}) {
  return (
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
  );
}

/** The rail on the left: projects, settings, about, and the shortcuts' help. */
export function AppRail({ route, onHelp }: { route: Route; onHelp: () => void }) {
  return (
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
          <UnstyledButton className={classes.railButton} onClick={onHelp}>
            <IconKeyboard size={22} stroke={1.6} aria-hidden />
            <span>Shortcuts</span>
          </UnstyledButton>
        </Tooltip>
      </Stack>
    </AppShell.Navbar>
  );
}

/** The screen the route names, below any notice about the data. */
export function AppMain({
  route,
  error,
  info,
}: {
  route: Route;
  error: string | null;
  info: AppInfo | null;
}) {
  return (
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
  );
}
