import { Alert, Button, Card, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { RecoveryAction, StoreProblemResult } from '@shared/channels/store';
import { api, call, errorText } from '../api';
import { formatDateTime } from './problem-text';

interface Choice {
  label: string;
  detail: string;
}

function choiceFor(action: RecoveryAction, problem: StoreProblemResult): Choice {
  switch (action) {
    case 'restore_backup':
      return {
        label: problem.backup
          ? `Restore the backup from ${formatDateTime(problem.backup.createdAt)}`
          : 'Restore the newest backup',
        detail:
          'The file is moved to the “damaged” folder beside it, kept as it is, and the newest good backup takes its place. Changes made after that backup are not in it.',
      };
    case 'start_empty':
      return {
        label: 'Set the file aside and start empty',
        detail:
          'The file is moved to the “damaged” folder, kept as it is, and the app starts with no engagements.',
      };
    case 'open_read_only':
      return {
        label: 'Open read-only',
        detail: 'Read and export everything; nothing you change is saved until the folder can be written to.',
      };
    case 'choose_folder':
      return {
        label: 'Choose another folder…',
        detail: 'Keep your data in a folder you pick; the app remembers it. Nothing here is changed.',
      };
  }
}

/**
 * Shown instead of the app when the database could not be opened: what happened, where, and
 * the ways out main offers. Nothing is done until the person chooses.
 */
export function DamagedDatabaseScreen({
  problem,
  onChanged,
}: {
  problem: StoreProblemResult;
  onChanged: (next: StoreProblemResult | null) => void;
}) {
  const [busy, setBusy] = useState<RecoveryAction | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = (action: RecoveryAction) => {
    setBusy(action);
    setError(null);
    call(api.store.recover({ action })).then(
      ({ problem: next }) => {
        setBusy(null);
        onChanged(next);
      },
      (e: unknown) => {
        setBusy(null);
        setError(errorText(e));
      },
    );
  };

  return (
    <Container size="sm" py={48} component="main">
      <Card withBorder padding="xl" radius="md" data-testid="store-problem">
        <Stack gap="md">
          <Title order={1} size="h2">
            <IconAlertTriangle size={26} color="var(--mantine-color-orange-7)" aria-hidden /> {problem.title}
          </Title>
          <Text>{problem.message}</Text>
          <Text size="sm" c="dimmed">
            Data folder: <Code>{problem.dataDir}</Code>
          </Text>
          <Text fw={600}>What would you like to do?</Text>
          {problem.actions.map((action) => {
            const choice = choiceFor(action, problem);
            return (
              <Stack key={action} gap={4}>
                <Button
                  variant={action === problem.actions[0] ? 'filled' : 'default'}
                  loading={busy === action}
                  disabled={busy !== null && busy !== action}
                  onClick={() => choose(action)}
                  data-testid={`recover-${action}`}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {choice.label}
                </Button>
                <Text size="sm" c="dimmed">
                  {choice.detail}
                </Text>
              </Stack>
            );
          })}
          {error && (
            <Alert color="red" role="alert" title="That did not work">
              {error}
            </Alert>
          )}
        </Stack>
      </Card>
    </Container>
  );
}
