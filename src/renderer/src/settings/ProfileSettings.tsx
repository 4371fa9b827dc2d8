import { Alert, ColorInput, Grid, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { isPlaceholderProfile, ProfileInputSchema } from '@shared/channels/settings';
import type { ConsultancyProfile } from '@shared/domain';
import { api, call } from '../api';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import { CoverPreview } from './CoverPreview';
import { LogoPicker } from './LogoPicker';
import type { Settings } from './useSettings';
import { useSettingDraft } from './useSettingDraft';

const SWATCHES = ['#364fc7', '#1b2a6b', '#0b7285', '#2b8a3e', '#e67700', '#c92a2a', '#5f3dc4', '#212529'];

export function ProfileSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const draft = useSettingDraft<ConsultancyProfile>(ProfileInputSchema, settings.profile, (profile) =>
    call(api.settings.saveProfile(profile)).then(onSaved),
  );
  const v = draft.value;
  const text = (path: keyof ConsultancyProfile) => ({
    value: typeof v[path] === 'string' ? v[path] : '',
    onChange: (e: { currentTarget: { value: string } }) => draft.set(path, e.currentTarget.value),
    onBlur: () => draft.leave(path),
    error: draft.errorFor(path),
  });
  const colour = (path: 'primaryColour' | 'accentColour') => ({
    value: v[path],
    onChange: (value: string) => draft.set(path, value),
    onBlur: () => draft.leave(path),
    error: draft.errorFor(path),
  });

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">
              Your consultancy
            </Title>
            <ValueSaveStatus state={draft.state} held={draft.problems.length} onRetry={draft.retry} />
          </Group>
          {isPlaceholderProfile(v) && (
            <Alert variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
              Give your consultancy’s name: every scope of work is signed with it, and none is exported until
              it is set.
            </Alert>
          )}
          <TextInput label="Consultancy name" {...text('name')} />
          <Textarea label="Address" autosize minRows={2} {...text('address')} />
          <Group grow>
            <TextInput label="Email" type="email" {...text('email')} />
            <TextInput label="Phone" type="tel" {...text('phone')} />
          </Group>
          <TextInput label="Website" {...text('website')} />
          <Group grow>
            <ColorInput
              label="Primary colour"
              swatches={SWATCHES}
              format="hex"
              {...colour('primaryColour')}
            />
            <ColorInput label="Accent colour" swatches={SWATCHES} format="hex" {...colour('accentColour')} />
          </Group>
          <LogoPicker
            logo={v.logo}
            issue={draft.issues.get('logo')}
            onLogo={(logo) => draft.set('logo', logo)}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <CoverPreview profile={v} />
      </Grid.Col>
    </Grid>
  );
}
