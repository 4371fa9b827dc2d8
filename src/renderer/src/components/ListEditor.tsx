import { useEffect, useRef, type ReactNode } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEngagementForm, useWorkspace } from '../engagement/context';

export interface ListEditorProps<T> {
  /** Form path of the list, e.g. "client.contacts". */
  path: string;
  items: readonly T[];
  /** What one row is called: "contact" gives "Add contact" and "Remove contact 2". */
  noun: string;
  newItem: () => T;
  renderItem: (item: T, index: number, base: string) => ReactNode;
  empty: ReactNode;
  /** Show only some rows (inventory by level); indices stay those of the full list. */
  filter?: (item: T) => boolean;
  itemName?: (item: T) => string;
  getKey?: (item: T, index: number) => string;
  addLabel?: string;
  /** Clears what pointed at the removed row; returns how to restore it on Undo. */
  onRemove?: (item: T) => () => void;
}

const idKey = (item: unknown, index: number): string =>
  typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string'
    ? item.id
    : String(index);

/**
 * The one editor for repeated rows (contacts, campuses, needs, funding sources, blackouts,
 * phases…): add focuses the new row's first field, remove can be undone, and a row-level
 * schema problem shows under its row.
 */
export function ListEditor<T>({
  path,
  items,
  noun,
  newItem,
  renderItem,
  empty,
  filter,
  itemName,
  getKey = idKey,
  addLabel,
  onRemove,
}: ListEditorProps<T>) {
  const form = useEngagementForm();
  const { errorFor } = useWorkspace();
  const focusKey = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const setFocusKey = (key: string) => {
    focusKey.current = key;
  };

  // After the render that shows the new (or next) row, focus its first field.
  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    row?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')?.focus();
  });

  const shown = items.map((item, index) => ({ item, index })).filter(({ item }) => !filter || filter(item));

  const add = () => {
    const item = newItem();
    form.insertListItem(path as never, item as never);
    setFocusKey(getKey(item, items.length));
  };

  const remove = (item: T, index: number, position: number) => {
    const restore = onRemove?.(item);
    form.removeListItem(path as never, index);
    const name = itemName?.(item).trim();
    const id = `removed-${path}-${getKey(item, index)}`;
    notifications.show({
      id,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            Removed {noun}
            {name ? ` “${name}”` : ''}
          </Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              form.insertListItem(path as never, item as never, index);
              restore?.();
              notifications.hide(id);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
      autoClose: 6000,
    });
    // Keep keyboard focus in the list rather than dropping it on the page.
    const next = shown[position + 1] ?? shown[position - 1];
    if (next) setFocusKey(getKey(next.item, next.index));
    else listRef.current?.parentElement?.querySelector<HTMLElement>('[data-add-row]')?.focus();
  };

  return (
    <Stack gap="xs">
      <Stack gap="xs" ref={listRef}>
        {shown.length === 0 && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {shown.map(({ item, index }, position) => {
          const base = `${path}.${index}`;
          const rowError = errorFor(base);
          const label = itemName?.(item).trim() || `${noun} ${position + 1}`;
          return (
            <Paper key={getKey(item, index)} withBorder p="sm" data-row-key={getKey(item, index)}>
              <Group align="flex-start" wrap="nowrap" gap="sm">
                <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, index, base)}</div>
                <Tooltip label={`Remove ${noun}`}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove ${label}`}
                    onClick={() => remove(item, index, position)}
                    mt={4}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
              {rowError && (
                <Text size="sm" c="red.8" mt={6}>
                  {rowError}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>
      <div>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} data-add-row>
          {addLabel ?? `Add ${noun}`}
        </Button>
      </div>
    </Stack>
  );
}
