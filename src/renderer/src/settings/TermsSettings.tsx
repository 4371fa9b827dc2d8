import { useState } from 'react';
import {
  Accordion,
  Badge,
  Button,
  Code,
  Group,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  DEFAULT_TERMS,
  TERMS_FILL_INS,
  TermsLibrarySchema,
  placeholderIn,
  type TermsLibrary,
} from '../../../shared/domain';
import { api, call } from '../api';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import { newId } from '../ids';
import { useSettingDraft } from './useSettingDraft';
import type { Settings } from './useSettings';

/**
 * The consultancy's standard terms: every scope of work prints them, and each engagement can
 * reword or drop a clause for itself on its review step. Saved as you type, like the rest of
 * settings.
 */
export function TermsSettings({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const draft = useSettingDraft(TermsLibrarySchema, settings.terms, (next: TermsLibrary) =>
    call(api.settings.saveTerms(next)).then(onSaved),
  );
  const { value: terms } = draft;
  const commit = (next: TermsLibrary) => draft.set('', next);
  const [open, setOpen] = useState<string | null>(null);
  const defaults = new Map(DEFAULT_TERMS.map((c) => [c.id, c]));

  const remove = (index: number) => {
    const removed = terms[index];
    if (!removed) return;
    commit(terms.filter((_, i) => i !== index));
    const id = `removed-clause-${removed.id}`;
    notifications.show({
      id,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Removed “{removed.title}” from the standard terms</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              const current = draft.draft.getValues();
              commit([...current.slice(0, index), removed, ...current.slice(index)]);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  };

  const missingDefaults = DEFAULT_TERMS.filter((d) => !terms.some((c) => c.id === d.id));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} size="h4">
            Standard terms
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            Every scope of work prints these clauses under “Terms”. An engagement can reword or drop a clause
            for itself on its review step. These fill-ins are replaced with the engagement’s own details:
          </Text>
          <Group gap={6} mt={6}>
            {Object.entries(TERMS_FILL_INS).map(([name, meaning]) => (
              <Code key={name} title={meaning}>{`{{${name}}}`}</Code>
            ))}
          </Group>
        </div>
        <ValueSaveStatus state={draft.state} held={draft.problems.length} onRetry={draft.retry} />
      </Group>
      <Accordion variant="separated" value={open} onChange={setOpen} chevronPosition="left">
        {terms.map((clause, index) => {
          const shipped = defaults.get(clause.id);
          const placeholder = placeholderIn(clause.text.replace(/\{\{\s*[A-Za-z]+\s*\}\}/g, ''));
          return (
            <Accordion.Item key={clause.id} value={clause.id}>
              <Accordion.Control>
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
                    {shipped && shipped.text !== clause.text && (
                      <Badge color="gray" variant="light">
                        Reworded
                      </Badge>
                    )}
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <TextInput
                    label="Clause title"
                    value={clause.title}
                    onChange={(e) => draft.set(`${index}.title`, e.currentTarget.value)}
                    onBlur={() => draft.leave(`${index}.title`)}
                    error={draft.errorFor(`${index}.title`)}
                  />
                  <Textarea
                    label="Wording"
                    autosize
                    minRows={4}
                    value={clause.text}
                    onChange={(e) => draft.set(`${index}.text`, e.currentTarget.value)}
                    onBlur={() => draft.leave(`${index}.text`)}
                    error={draft.errorFor(`${index}.text`)}
                  />
                  <Group justify="flex-end">
                    {shipped && shipped.text !== clause.text && (
                      <Button
                        variant="default"
                        size="xs"
                        leftSection={<IconArrowBackUp size={14} aria-hidden />}
                        onClick={() => draft.set(`${index}`, { ...shipped })}
                      >
                        Restore the standard wording
                      </Button>
                    )}
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      onClick={() => remove(index)}
                    >
                      Remove clause
                    </Button>
                  </Group>
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            // Held unsaved until it has its wording: a clause is never stored empty.
            const clause = { id: newId(), title: 'New clause', text: '' };
            commit([...terms, clause]);
            setOpen(clause.id);
          }}
        >
          Add a clause
        </Button>
        {missingDefaults.map((d) => (
          <Button key={d.id} variant="subtle" size="sm" onClick={() => commit([...terms, { ...d }])}>
            Add back “{d.title}”
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
