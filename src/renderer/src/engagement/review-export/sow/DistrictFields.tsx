import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import { DRIVER_INFO, DRIVER_KEYS, type Commitment, type Handoff } from '@shared/domain';
import { ListEditor } from '../../ListEditor';
import { newId } from '../../../ids';
import { useDraftSelect } from '../../context';
import { TextareaField, TextField, useSetField } from '../../fields';
import { MonthField } from './MonthField';

/** What the district commits to so the work can succeed; printed under Responsibilities. */
export function CommitmentsEditor() {
  return (
    <ListEditor<Commitment>
      path="scopeOfWork.commitments"
      noun="commitment"
      itemName={(c) => c.text}
      empty="Only the standard ones: the district schedules and releases participants, and provides space and data access."
      newItem={() => ({ id: newId(), text: '' })}
      renderItem={(_c, _i, base) => (
        <TextareaField
          path={`${base}.text`}
          label="The district commits to"
          placeholder="e.g. Principals protect coach time for coaching"
          autosize
          minRows={1}
        />
      )}
    />
  );
}

/** Who in the district takes over what; printed in the sustainability plan before what the plan implies. */
export function HandoffsEditor() {
  return (
    <ListEditor<Handoff>
      path="scopeOfWork.handoffs"
      noun="hand-over"
      itemName={(h) => h.who}
      empty="None written yet: the plan's step-downs, facilitator development and in-house coaches fill the sustainability plan."
      newItem={() => ({ id: newId(), who: '', takesOver: '', from: null })}
      renderItem={(_h, _i, base) => (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextField
            path={`${base}.who`}
            label="Who in the district"
            placeholder="e.g. The 14 ML specialists"
          />
          <TextField
            path={`${base}.takesOver`}
            label="Takes over"
            placeholder="e.g. Leading cohort B sessions"
          />
          <MonthField path={`${base}.from`} label="From (YYYY-MM)" placeholder="After the engagement" />
        </SimpleGrid>
      )}
    />
  );
}

/**
 * Notes are written for the consultant and stay out of the scope of work; each can be printed
 * by choice, one by one.
 */
export function NotesToPrint() {
  const set = useSetField();
  // Notes change as people type elsewhere; this list is read when the step is shown.
  const e = useDraftSelect((x) => x);
  const printed = new Set(e.scopeOfWork.printedNotes);
  const notes: { key: string; label: string; text: string }[] = [
    { key: 'expertise', label: 'Expertise notes', text: e.expertise.notes },
    ...DRIVER_KEYS.map((k) => ({
      key: `driver:${k}`,
      label: `${DRIVER_INFO[k].label} (driver)`,
      text: e.drivers[k].notes,
    })),
    ...e.inventory.map((item) => ({ key: `inventory:${item.id}`, label: item.name, text: item.notes })),
  ].filter((n) => n.text.trim() !== '');
  if (notes.length === 0) return <Text c="dimmed">No notes written yet.</Text>;
  const toggle = (key: string, on: boolean) =>
    set(
      'scopeOfWork.printedNotes',
      on ? [...e.scopeOfWork.printedNotes, key] : e.scopeOfWork.printedNotes.filter((k) => k !== key),
    );
  return (
    <Stack gap="xs">
      {notes.map((n) => (
        <Checkbox
          key={n.key}
          checked={printed.has(n.key)}
          onChange={(ev) => toggle(n.key, ev.currentTarget.checked)}
          label={`Print this note: ${n.label}`}
          description={n.text}
        />
      ))}
    </Stack>
  );
}
