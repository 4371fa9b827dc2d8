import { Stack, Text } from '@mantine/core';
import { RateCardSchema, type RateCard } from '@shared/domain';
import { api, call } from '../api';
import { RateCardEditor } from '../components/RateCardEditor';
import type { Settings } from './useSettings';
import { SettingsHeading } from './SettingsHeading';
import { useSettingDraft } from './useSettingDraft';

export function RateCardSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const draft = useSettingDraft(RateCardSchema, settings.rateCard, (card: RateCard) =>
    call(api.settings.saveRateCard(card)).then(onSaved),
  );
  const rolesInUse = new Set(settings.catalog.map((s) => s.consultantRole));

  return (
    <Stack gap="md">
      <SettingsHeading title="Default rate card" draft={draft}>
        <Text size="sm" c="dimmed">
          New engagements start with these rates; engagements already started keep their own.
        </Text>
      </SettingsHeading>
      <RateCardEditor
        value={draft.value}
        onChange={draft.set}
        errorFor={draft.errorFor}
        onBlur={draft.leave}
        onProblem={draft.problem}
        rolesInUse={rolesInUse}
      />
    </Stack>
  );
}
