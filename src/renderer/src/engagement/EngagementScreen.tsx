import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import type { StoredEngagementResult } from '@shared/channels/engagement';
import { api, ApiError, call, errorText } from '../api';
import { navigate, type StepId } from '../app/routing';
import { EngagementEditor } from './EngagementEditor';
import { ErrorBoundary } from '../components/ErrorBoundary';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; stored: StoredEngagementResult; token: number }
  | { kind: 'failed'; message: string; missing: boolean };

/** Loads one engagement and hands it to the editor; a reload starts the editor afresh. */
export function EngagementScreen({ id, step }: { id: string; step: StepId }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [token, setToken] = useState(0);

  useEffect(() => {
    let live = true;
    call(api.engagement.get({ id })).then(
      (stored) => live && setLoad({ kind: 'ready', stored, token }),
      (error: unknown) =>
        live &&
        setLoad({
          kind: 'failed',
          message: errorText(error),
          missing: error instanceof ApiError && error.code === 'not_found',
        }),
    );
    return () => {
      live = false;
    };
  }, [id, token]);

  const reload = useCallback(() => {
    setLoad({ kind: 'loading' });
    setToken((t) => t + 1);
  }, []);

  if (load.kind === 'loading' || (load.kind === 'ready' && load.stored.engagement.id !== id)) {
    return (
      <Center h={240}>
        <Loader aria-label="Opening the engagement" />
      </Center>
    );
  }
  if (load.kind === 'failed') {
    return (
      <Stack maw={560}>
        <Alert
          color="red"
          title={
            load.missing ? 'This engagement is not in the database' : 'The engagement could not be opened'
          }
          role="alert"
        >
          {load.message}
        </Alert>
        <Group>
          <Button onClick={() => navigate({ screen: 'projects' })}>Back to all engagements</Button>
          {!load.missing && (
            <Button variant="default" onClick={reload}>
              Try again
            </Button>
          )}
        </Group>
      </Stack>
    );
  }
  return (
    <ErrorBoundary what="The engagement" resetKey={`${id}-${load.token}`}>
      <EngagementEditor
        key={`${load.stored.engagement.id}-${load.token}`}
        stored={load.stored}
        step={step}
        onReload={reload}
      />
    </ErrorBoundary>
  );
}
