import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { resolveClauses, type ClauseOverride, type TermsLibrary } from '../../../../../shared/domain';
import { newId } from '../../../ids';
import { useDraftSelect } from '../../context';
import { TextareaField, TextField, useSetField } from '../../fields';

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
  const known = new Set(library.map((c) => c.id));
  const printed = new Set(resolveClauses(library, overrides).map((c) => c.id));

  return (
    <Stack gap="xs">
      {library.map((clause, n) => {
        const own = byId.get(clause.id);
        const dropped = own?.o.mode === 'drop';
        const edited = own !== undefined && own.o.mode === 'edit';
        return (
          <Paper key={clause.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs">
                <Text fw={600} c={dropped ? 'dimmed' : undefined} td={dropped ? 'line-through' : undefined}>
                  {n + 1}. {clause.title}
                </Text>
                {edited && <Badge variant="light">Reworded for this engagement</Badge>}
              </Group>
              <Group gap="xs" wrap="nowrap">
                {!dropped && !edited && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() =>
                      put([
                        ...without(clause.id),
                        { clauseId: clause.id, mode: 'edit', title: '', text: clause.text },
                      ])
                    }
                  >
                    Reword
                  </Button>
                )}
                {edited && (
                  <Button size="compact-sm" variant="subtle" onClick={() => put(without(clause.id))}>
                    Use the standard wording
                  </Button>
                )}
                <Switch
                  label="Print"
                  checked={!dropped}
                  onChange={(e) =>
                    put(
                      e.currentTarget.checked
                        ? without(clause.id)
                        : [...without(clause.id), { clauseId: clause.id, mode: 'drop', title: '', text: '' }],
                    )
                  }
                />
              </Group>
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
      })}
      {overrides.map((o, i) =>
        known.has(o.clauseId) || o.mode === 'drop' ? null : (
          <Paper key={o.clauseId} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between">
                <Badge variant="light" color="grape">
                  {printed.has(o.clauseId)
                    ? 'Only in this engagement'
                    : 'Not printed until it has its wording'}
                </Badge>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => put(without(o.clauseId))}
                >
                  Remove
                </Button>
              </Group>
              <TextField path={`scopeOfWork.clauses.${i}.title`} label="Clause title" />
              <TextareaField path={`scopeOfWork.clauses.${i}.text`} label="Wording" autosize minRows={3} />
            </Stack>
          </Paper>
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
