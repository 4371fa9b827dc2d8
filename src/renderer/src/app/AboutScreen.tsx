import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import type { AppInfo } from '../../../shared/api';
import { api, call } from '../api';

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
