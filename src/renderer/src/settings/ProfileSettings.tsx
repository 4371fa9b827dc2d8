import {
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
import { useForm } from '@mantine/form';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ProfileInputSchema } from '../../../shared/channels/settings';
import type { ConsultancyProfile } from '../../../shared/domain';
import { api, call } from '../api';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import { useAutosaveValue } from '../hooks/useAutosaveValue';
import { issueMap } from '../engagement/issues';
import type { Settings } from './useSettings';

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
  const saver = useAutosaveValue((profile: ConsultancyProfile) =>
    call(api.settings.saveProfile(profile)).then(onSaved),
  );
  const [logoError, setLogoError] = useState<string | null>(null);
  const form = useForm<ConsultancyProfile>({
    mode: 'controlled',
    initialValues: settings.profile,
    validateInputOnBlur: true,
    onValuesChange: (values) => {
      const result = ProfileInputSchema.safeParse(values);
      if (result.success) {
        form.clearErrors();
        saver.edit(result.data);
      } else {
        form.setErrors(Object.fromEntries(issueMap(result.error)));
        saver.hold();
      }
    },
  });
  const v = form.values;

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
    form.setFieldValue('logo', await readAsDataUrl(file));
  };

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">
              Your consultancy
            </Title>
            <ValueSaveStatus state={saver.state} onRetry={saver.retry} />
          </Group>
          <TextInput label="Consultancy name" {...form.getInputProps('name')} />
          <Textarea label="Address" autosize minRows={2} {...form.getInputProps('address')} />
          <Group grow>
            <TextInput label="Email" type="email" {...form.getInputProps('email')} />
            <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
          </Group>
          <TextInput label="Website" {...form.getInputProps('website')} />
          <Group grow>
            <ColorInput
              label="Primary colour"
              swatches={SWATCHES}
              format="hex"
              {...form.getInputProps('primaryColour')}
            />
            <ColorInput
              label="Accent colour"
              swatches={SWATCHES}
              format="hex"
              {...form.getInputProps('accentColour')}
            />
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
                  onClick={() => form.setFieldValue('logo', undefined)}
                >
                  Remove logo
                </Button>
              )}
            </Group>
            {(logoError ?? form.errors.logo) && (
              <Text size="sm" c="red.8" mt={4} role="alert">
                {logoError ?? form.errors.logo}
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
              {v.name || 'Your consultancy'}
              {v.website ? ` · ${v.website}` : ''}
            </Text>
          </Stack>
          <div style={{ background: v.accentColour, height: 4 }} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
