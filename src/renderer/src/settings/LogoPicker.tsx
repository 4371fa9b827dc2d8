import { useState } from 'react';
import { Button, FileButton, Group, Text } from '@mantine/core';
import { IconPhoto, IconTrash } from '@tabler/icons-react';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** The consultancy's logo: PNG, JPEG or SVG up to 2 MB, read into the profile as a data URL. */
export function LogoPicker({
  logo,
  issue,
  onLogo,
}: {
  logo: string | undefined;
  /** What the schema says about the logo, if anything. */
  issue: string | undefined;
  onLogo: (dataUrl: string | undefined) => void;
}) {
  const [logoError, setLogoError] = useState<string | null>(null);
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
    onLogo(await readAsDataUrl(file));
  };

  return (
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
              {logo ? 'Replace logo…' : 'Choose logo…'}
            </Button>
          )}
        </FileButton>
        {logo && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => onLogo(undefined)}
          >
            Remove logo
          </Button>
        )}
      </Group>
      {(logoError ?? issue) && (
        <Text size="sm" c="red.8" mt={4} role="alert">
          {logoError ?? issue}
        </Text>
      )}
    </div>
  );
}
