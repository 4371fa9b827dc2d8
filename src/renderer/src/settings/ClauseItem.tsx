import { Accordion, Badge, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { placeholderIn, type TermsLibrary } from '@shared/domain';
import { RemoveButton } from '../components/RemoveButton';

type Clause = TermsLibrary[number];

/** The folded clause: its number and title, a placeholder left in it, whether it was reworded. */
function ClauseSummary({
  clause,
  index,
  placeholder,
  reworded,
}: {
  clause: Clause;
  index: number;
  placeholder: string | null;
  reworded: boolean;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" pr="sm">
      <Text fw={600}>
        {index + 1}. {clause.title || 'Untitled clause'}
      </Text>
      <Group gap={6}>
        {placeholder !== null && (
          <Badge color="orange" variant="light">
            Placeholder “{placeholder}”
          </Badge>
        )}
        {reworded && (
          <Badge color="gray" variant="light">
            Reworded
          </Badge>
        )}
      </Group>
    </Group>
  );
}

/** One clause of the standard terms: its title and wording, a placeholder left in it, and Restore. */
export function ClauseItem({
  clause,
  index,
  shipped,
  set,
  leave,
  errorFor,
  onRemove,
}: {
  clause: Clause;
  index: number;
  /** The clause as the app ships it, when this is one of those. */
  shipped: Clause | undefined;
  set: (path: string, value: unknown) => void;
  leave: (path: string) => void;
  errorFor: (path: string) => string | undefined;
  onRemove: () => void;
}) {
  const placeholder = placeholderIn(clause.text.replace(/\{\{\s*[A-Za-z]+\s*\}\}/g, ''));
  const reworded = shipped !== undefined && shipped.text !== clause.text;
  return (
    <Accordion.Item value={clause.id}>
      <Accordion.Control>
        <ClauseSummary clause={clause} index={index} placeholder={placeholder} reworded={reworded} />
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="sm">
          <TextInput
            label="Clause title"
            value={clause.title}
            onChange={(e) => set(`${index}.title`, e.currentTarget.value)}
            onBlur={() => leave(`${index}.title`)}
            error={errorFor(`${index}.title`)}
          />
          <Textarea
            label="Wording"
            autosize
            minRows={4}
            value={clause.text}
            onChange={(e) => set(`${index}.text`, e.currentTarget.value)}
            onBlur={() => leave(`${index}.text`)}
            error={errorFor(`${index}.text`)}
          />
          <Group justify="flex-end">
            {reworded && (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconArrowBackUp size={14} aria-hidden />}
                onClick={() => set(`${index}`, { ...shipped })}
              >
                Restore the standard wording
              </Button>
            )}
            <RemoveButton onClick={onRemove}>Remove clause</RemoveButton>
          </Group>
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
