import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AppInfo } from '@shared/api';
import { api, call, errorText } from '../api';

/** Shows the error log in its folder, or says why not (nothing has been logged yet). */
function openErrorLog(): void {
  call(api.app.openLog()).catch((error: unknown) => {
    notifications.show({ message: errorText(error) });
  });
}

export function AboutScreen({ info }: { info: AppInfo | null }) {
  return (
    <Stack gap="sm" maw={720}>
      <Title order={2}>About</Title>
      {info && (
        <>
          <Text>
            {info.name} {info.version}
          </Text>
          <Text>
            Your projects are kept in <Code data-testid="data-dir">{info.dataDir}</Code>
          </Text>
          <Group>
            <Button variant="default" onClick={() => void call(api.app.openDataFolder())}>
              Show the data folder
            </Button>
            <Button variant="default" onClick={openErrorLog}>
              Open the error log
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {[
              info.versions.electron && `Electron ${info.versions.electron}`,
              info.versions.chrome && `Chrome ${info.versions.chrome}`,
              `Node ${info.versions.node}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </>
      )}
      <Text size="sm" mt="md">
        Northstar Scope follows the district from its profile and needs, through what already works and the
        implementation drivers, to a north-star plan sized to the budget and calendar, and a scope of work the
        district can read and sign.
      </Text>
    </Stack>
  );
}
