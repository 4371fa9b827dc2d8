import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import type { ConsultancyProfile } from '@shared/domain';
import { api, call, errorText } from '../../api';
import { navigate } from '../../app/routing';

/**
 * Asked once, before the first export: the name every scope of work is signed with. Until
 * it is given the export waits, so no PDF ever goes out signed by a placeholder.
 */
export function ConsultancyName({
  profile,
  onSaved,
  autoFocus = false,
}: {
  profile: ConsultancyProfile;
  onSaved: (profile: ConsultancyProfile) => void;
  /** In the export dialog the name is the first thing to type. */
  autoFocus?: boolean;
}) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);
  const { name, type, error, busy, save } = useSaveName(profile, onSaved);

  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<IconBuildingCommunity size={18} aria-hidden />}
      title="Who is this scope of work from?"
      data-testid="consultancy-name"
    >
      <Stack gap="xs">
        <Text size="sm">
          Your consultancy’s name is printed on the cover, on every page and in the signature block. It is
          asked once and kept in Settings.
        </Text>
        <Group align="flex-start" gap="xs">
          <TextInput
            ref={field}
            label="Your consultancy’s name"
            placeholder="e.g. Bright Path Learning Partners"
            value={name}
            onChange={(e) => type(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
            error={error}
            style={{ flex: 1 }}
          />
          <Button mt={25} onClick={() => void save()} loading={busy}>
            Save name
          </Button>
        </Group>
        <LogoInSettings />
      </Stack>
    </Alert>
  );
}

/** The name as typed, and saving it to the profile: refused when empty, the error said under the field. */
function useSaveName(profile: ConsultancyProfile, onSaved: (profile: ConsultancyProfile) => void) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const type = (text: string) => {
    setName(text);
    setError(null);
  };

  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Enter the name the scope of work is signed with');
      return;
    }
    setBusy(true);
    try {
      const saved = await call(api.settings.saveProfile({ ...profile, name: trimmed }));
      onSaved(saved.profile);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return { name, type, error, busy, save };
}

/** A logo and colours are optional, and where to add them. */
function LogoInSettings() {
  return (
    <Text size="xs" c="dimmed">
      A logo and colours are optional:{' '}
      <Anchor
        size="xs"
        c="indigo.9"
        underline="always"
        onClick={() => navigate({ screen: 'settings', tab: 'profile' })}
      >
        add them in Settings
      </Anchor>
      .
    </Text>
  );
}
