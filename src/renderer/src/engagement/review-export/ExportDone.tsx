import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFolder } from '@tabler/icons-react';
import type { ScopeExport } from '@shared/channels/scope';
import { api, call, errorText } from '../../api';
import { plural } from '@shared/words';

/** A PDF that was written (not a cancelled save dialog). */
export type ExportResult = Extract<ScopeExport, { cancelled: false }>;

function open(exportId: string, reveal: boolean) {
  call(api.scope.openExport({ exportId, reveal })).catch((error: unknown) =>
    notifications.show({ color: 'red', title: 'Could not open the PDF', message: errorText(error) }),
  );
}

/** What was written, and the two things people do next: open it, or find it. */
export function ExportDone({ result }: { result: ExportResult }) {
  return (
    <Stack gap={6}>
      <Text size="sm" data-testid="export-file">
        {result.fileName} · {plural(result.pageCount, 'page', 'pages')}
      </Text>
      {result.csvFileName !== undefined && (
        <Text size="sm" c="dimmed" data-testid="export-csv">
          Beside it, for the finance office: {result.csvFileName}
        </Text>
      )}
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconExternalLink size={14} aria-hidden />}
          onClick={() => open(result.exportId, false)}
        >
          Open PDF
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconFolder size={14} aria-hidden />}
          onClick={() => open(result.exportId, true)}
        >
          Show in folder
        </Button>
      </Group>
    </Stack>
  );
}
