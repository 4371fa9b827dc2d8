import { useState } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { RateCardSchema, type RateCard } from '../../../shared/domain';
import { api, call } from '../api';
import { RateCardEditor } from '../components/RateCardEditor';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import { issueMap } from '../engagement/issues';
import { useAutosaveValue } from '../hooks/useAutosaveValue';
import type { Settings } from './useSettings';
import { setPath } from './set-path';

export function RateCardSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const saver = useAutosaveValue((card: RateCard) => call(api.settings.saveRateCard(card)).then(onSaved));
  const [card, setCard] = useState<RateCard>(settings.rateCard);
  const [issues, setIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const rolesInUse = new Set(settings.catalog.map((s) => s.consultantRole));

  const change = (path: string, value: unknown) => {
    const next = setPath(card, path, value);
    setCard(next);
    const result = RateCardSchema.safeParse(next);
    if (result.success) {
      setIssues(new Map());
      saver.edit(result.data);
    } else {
      setIssues(issueMap(result.error));
      saver.hold();
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={3} size="h4">
            Default rate card
          </Title>
          <Text size="sm" c="dimmed">
            New engagements start with these rates; engagements already started keep their own.
          </Text>
        </div>
        <ValueSaveStatus state={saver.state} onRetry={saver.retry} />
      </Group>
      <RateCardEditor
        value={card}
        onChange={change}
        errorFor={(path) => (visited.has(path) ? issues.get(path) : undefined)}
        onBlur={(path) => setVisited((v) => new Set(v).add(path))}
        rolesInUse={rolesInUse}
      />
    </Stack>
  );
}
