import { useState } from 'react';
import { Accordion, Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { DEFAULT_TERMS, TERMS_FILL_INS, TermsLibrarySchema, type TermsLibrary } from '@shared/domain';
import { api, call } from '../api';
import { showUndo } from '../components/undo';
import { newId } from '../ids';
import { ClauseItem } from './ClauseItem';
import { SettingsHeading } from './SettingsHeading';
import { useSettingDraft } from './useSettingDraft';
import type { Settings } from './useSettings';

const SHIPPED = new Map(DEFAULT_TERMS.map((c) => [c.id, c]));

/** What the terms are for, and the fill-ins a clause may use. */
function TermsIntro() {
  return (
    <>
      <Text size="sm" c="dimmed" maw={720}>
        Every scope of work prints these clauses under “Terms”. An engagement can reword or drop a clause for
        itself on its review step. These fill-ins are replaced with the engagement’s own details:
      </Text>
      <Group gap={6} mt={6}>
        {Object.entries(TERMS_FILL_INS).map(([name, meaning]) => (
          <Code key={name} title={meaning}>{`{{${name}}}`}</Code>
        ))}
      </Group>
    </>
  );
}

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

  const remove = (index: number) => {
    const removed = terms[index];
    if (!removed) return;
    commit(terms.filter((_, i) => i !== index));
    showUndo({
      id: `removed-clause-${removed.id}`,
      message: `Removed “${removed.title}” from the standard terms`,
      onUndo: () => {
        const current = draft.draft.getValues();
        commit([...current.slice(0, index), removed, ...current.slice(index)]);
      },
    });
  };

  const missingDefaults = DEFAULT_TERMS.filter((d) => !terms.some((c) => c.id === d.id));

  return (
    <Stack gap="md">
      <SettingsHeading title="Standard terms" draft={draft} align="flex-start">
        <TermsIntro />
      </SettingsHeading>
      <Accordion variant="separated" value={open} onChange={setOpen} chevronPosition="left">
        {terms.map((clause, index) => (
          <ClauseItem
            key={clause.id}
            clause={clause}
            index={index}
            shipped={SHIPPED.get(clause.id)}
            set={draft.set}
            leave={draft.leave}
            errorFor={draft.errorFor}
            onRemove={() => remove(index)}
          />
        ))}
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
