import {
  Alert,
  Button,
  ColorInput,
  FileButton,
  Grid,
  Group,
  Image,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { isPlaceholderProfile, ProfileInputSchema } from '../../../shared/channels/settings';
import type { ConsultancyProfile } from '../../../shared/domain';
import { api, call } from '../api';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import type { Settings } from './useSettings';
import { useSettingDraft } from './useSettingDraft';

const SWATCHES = ['#364fc7', '#1b2a6b', '#0b7285', '#2b8a3e', '#e67700', '#c92a2a', '#5f3dc4', '#212529'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

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
  const [logoError, setLogoError] = useState<string | null>(null);
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

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    setLogoError(null);
    if (!/^image\/(png|jpeg|svg\+xml)$/.test(file.type)) {
      setLogoError('Choose a PNG, JPEG or SVG image');
      return;
    }
    if (file.size > 2_000_000) {
      setLogoError('The logo image is too large (2 MB at most)');
      return;
    }
    draft.set('logo', await readAsDataUrl(file));
  };

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
          <div>
            <Text size="sm" fw={500}>
              Logo
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              PNG, JPEG or SVG, up to 2 MB; printed on every page of the scope of work.
            </Text>
            <Group>
              <FileButton onChange={(f) => void pickLogo(f)} accept="image/png,image/jpeg,image/svg+xml">
                {(props) => (
                  <Button variant="default" leftSection={<IconPhoto size={16} aria-hidden />} {...props}>
                    {v.logo ? 'Replace logo…' : 'Choose logo…'}
                  </Button>
                )}
              </FileButton>
              {v.logo && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => draft.set('logo', undefined)}
                >
                  Remove logo
                </Button>
              )}
            </Group>
            {(logoError ?? draft.issues.get('logo')) && (
              <Text size="sm" c="red.8" mt={4} role="alert">
                {logoError ?? draft.issues.get('logo')}
              </Text>
            )}
          </div>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Text size="sm" fw={500} mb={6}>
          How the scope of work will look
        </Text>
        <Paper withBorder shadow="sm" p={0} style={{ overflow: 'hidden' }} aria-label="Cover preview">
          <div style={{ background: v.primaryColour, height: 10 }} />
          <Stack p="lg" gap={6} mih={260}>
            {v.logo ? <Image src={v.logo} alt="Your logo" h={48} w="auto" fit="contain" /> : null}
            <div style={{ background: v.accentColour, height: 3, width: 48, borderRadius: 2 }} />
            <Text size="xs" tt="uppercase" fw={700} c="gray.8" style={{ letterSpacing: 1 }}>
              Scope of work
            </Text>
            <Text fw={700} size="xl" style={{ color: v.primaryColour }}>
              Literacy coaching 2025–26
            </Text>
            <Text size="sm">Prepared for Riverside Unified School District</Text>
            <Text size="sm" c="dimmed" mt="auto">
              {isPlaceholderProfile(v) ? 'Your consultancy’s name' : v.name}
              {v.website ? ` · ${v.website}` : ''}
            </Text>
          </Stack>
          <div style={{ background: v.accentColour, height: 4 }} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
