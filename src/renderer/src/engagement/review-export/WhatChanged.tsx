import { useEffect, useMemo, useState } from 'react';
import { List, Loader, Text } from '@mantine/core';
import type { Engagement } from '@shared/domain';
import { diffEngagements } from '@shared/scoping';
import { api, call, errorText } from '../../api';
import { useValid } from '../context';
import type { Revisions } from './useRevisions';

/** What changed since the last exported version, in the engine's own sentences. */
export function WhatChanged({ revisions }: { revisions: Revisions }) {
  const engagement = useValid();
  const latest = revisions.list[0];
  const [before, setBefore] = useState<
    { number: number; engagement: Engagement } | { number: number; error: string } | null
  >(null);

  useEffect(() => {
    if (!latest) return;
    let live = true;
    call(api.revision.open({ engagementId: latest.engagementId, number: latest.number })).then(
      (r) => live && setBefore({ number: latest.number, engagement: r.engagement }),
      (e: unknown) => live && setBefore({ number: latest.number, error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [latest]);

  const diff = useMemo(
    () => (before && 'engagement' in before ? diffEngagements(before.engagement, engagement) : null),
    [before, engagement],
  );

  if (!latest) return <Text c="dimmed">Nothing exported yet: the first PDF will be version 1.</Text>;
  if (!before || before.number !== latest.number)
    return <Loader size="sm" aria-label="Comparing with the last version" />;
  if ('error' in before) return <Text c="red.8">The last version could not be read: {before.error}</Text>;
  if (!diff?.hasChanges) return <Text c="dimmed">No changes since version {latest.number}.</Text>;
  return (
    <List size="sm" spacing={4} data-testid="what-changed">
      {diff.sentences.map((s) => (
        <List.Item key={s}>{s}</List.Item>
      ))}
    </List>
  );
}
