import { useEffect, useState } from 'react';
import { Alert, AppShell, Code, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconFolders, IconInfoCircle, IconSettings } from '@tabler/icons-react';
import type { AppInfo } from '../../shared/api';
import { api, call } from './api';

type Screen = 'projects' | 'settings' | 'about';

export function App() {
  const [screen, setScreen] = useState<Screen>('projects');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(api.app.info()).then(setInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" justify="space-between">
          <Title order={1} size="h4">
            Northstar Scope
          </Title>
          {info && (
            <Text size="sm" c="dimmed" data-testid="app-version">
              Version {info.version}
            </Text>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <NavLink
          component="button"
          label="Projects"
          leftSection={<IconFolders size={18} aria-hidden />}
          active={screen === 'projects'}
          onClick={() => setScreen('projects')}
        />
        <NavLink
          component="button"
          label="Settings"
          leftSection={<IconSettings size={18} aria-hidden />}
          active={screen === 'settings'}
          onClick={() => setScreen('settings')}
        />
        <NavLink
          component="button"
          label="About"
          leftSection={<IconInfoCircle size={18} aria-hidden />}
          active={screen === 'about'}
          onClick={() => setScreen('about')}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        {error && (
          <Alert color="red" title="The app could not reach its data" role="alert">
            {error}
          </Alert>
        )}
        {screen === 'about' && info && (
          <Stack gap="xs">
            <Title order={2}>About</Title>
            <Text>
              {info.name} {info.version}
            </Text>
            <Text>
              Your projects are kept in <Code data-testid="data-dir">{info.dataDir}</Code>
            </Text>
          </Stack>
        )}
        {screen === 'projects' && <Title order={2}>Projects</Title>}
        {screen === 'settings' && <Title order={2}>Settings</Title>}
      </AppShell.Main>
    </AppShell>
  );
}
