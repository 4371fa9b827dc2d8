import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { resolveClauses, type ClauseOverride, type TermsLibrary } from '@shared/domain';
import { newId } from '../../../ids';
import { useDraftSelect } from '../../context';
import { TextareaField, TextField, useSetField } from '../../fields';

type Clause = TermsLibrary[number];

/** A clause's override and where it sits in the engagement's list. */
interface Own {
  o: ClauseOverride;
  i: number;
}

/**
 * The standard terms as this engagement prints them: each clause included as written, reworded
 * for this engagement, or dropped; and clauses only this engagement has.
 */
export function TermsOverrides({ library }: { library: TermsLibrary }) {
  const set = useSetField();
  const overrides = useDraftSelect((e) => e.scopeOfWork.clauses);
  const byId = new Map(overrides.map((o, i) => [o.clauseId, { o, i }]));
  const put = (next: ClauseOverride[]) => set('scopeOfWork.clauses', next);
  const without = (clauseId: string) => overrides.filter((o) => o.clauseId !== clauseId);
  /** The clause's override replaced by `next`, or taken away (null) for the standard wording. */
  const override = (clauseId: string, next: ClauseOverride | null) =>
    put(next ? [...without(clauseId), next] : without(clauseId));
  const known = new Set(library.map((c) => c.id));
  const printed = new Set(resolveClauses(library, overrides).map((c) => c.id));

  return (
    <Stack gap="xs">
      {library.map((clause, n) => (
        <StandardClause
          key={clause.id}
          clause={clause}
          number={n + 1}
          own={byId.get(clause.id)}
          onOverride={(next) => override(clause.id, next)}
        />
      ))}
      {overrides.map((o, i) =>
        known.has(o.clauseId) || o.mode === 'drop' ? null : (
          <OwnClause
            key={o.clauseId}
            index={i}
            printed={printed.has(o.clauseId)}
            onRemove={() => override(o.clauseId, null)}
          />
        ),
      )}
      <div>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => put([...overrides, { clauseId: newId(), mode: 'add', title: '', text: '' }])}
        >
          Add a clause for this engagement
        </Button>
      </div>
    </Stack>
  );
}

/** One standard clause: as written (its opening lines), reworded here, or struck through when dropped. */
function StandardClause({
  clause,
  number,
  own,
  onOverride,
}: {
  clause: Clause;
  number: number;
  own: Own | undefined;
  onOverride: (next: ClauseOverride | null) => void;
}) {
  const dropped = own?.o.mode === 'drop';
  const edited = own !== undefined && own.o.mode === 'edit';
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Text fw={600} c={dropped ? 'dimmed' : undefined} td={dropped ? 'line-through' : undefined}>
            {number}. {clause.title}
          </Text>
          {edited && <Badge variant="light">Reworded for this engagement</Badge>}
        </Group>
        <ClauseChoices clause={clause} dropped={dropped} edited={edited} onOverride={onOverride} />
      </Group>
      {edited ? (
        <TextareaField
          path={`scopeOfWork.clauses.${own.i}.text`}
          mt="xs"
          aria-label={`${clause.title}, as this engagement words it`}
          autosize
          minRows={3}
        />
      ) : (
        !dropped && (
          <Text size="sm" c="dimmed" lineClamp={2} mt={4}>
            {clause.text}
          </Text>
        )
      )}
    </Paper>
  );
}

/** Reword the clause or go back to the standard wording, and whether it prints at all. */
function ClauseChoices({
  clause,
  dropped,
  edited,
  onOverride,
}: {
  clause: Clause;
  dropped: boolean;
  edited: boolean;
  onOverride: (next: ClauseOverride | null) => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      {!dropped && !edited && (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => onOverride({ clauseId: clause.id, mode: 'edit', title: '', text: clause.text })}
        >
          Reword
        </Button>
      )}
      {edited && (
        <Button size="compact-sm" variant="subtle" onClick={() => onOverride(null)}>
          Use the standard wording
        </Button>
      )}
      <Switch
        label="Print"
        checked={!dropped}
        onChange={(e) =>
          onOverride(
            e.currentTarget.checked ? null : { clauseId: clause.id, mode: 'drop', title: '', text: '' },
          )
        }
      />
    </Group>
  );
}

/** A clause only this engagement has: its title and wording, printed once it has wording. */
function OwnClause({ index, printed, onRemove }: { index: number; printed: boolean; onRemove: () => void }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Badge variant="light" color="grape">
            {printed ? 'Only in this engagement' : 'Not printed until it has its wording'}
          </Badge>
          <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove}>
            Remove
          </Button>
        </Group>
        <TextField path={`scopeOfWork.clauses.${index}.title`} label="Clause title" />
        <TextareaField path={`scopeOfWork.clauses.${index}.text`} label="Wording" autosize minRows={3} />
      </Stack>
    </Paper>
  );
}
