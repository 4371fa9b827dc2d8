import { memo, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useDraftValue, useFieldError, useWorkspace } from './context';
import { showUndo } from '../components/undo';
import { useStableCallback } from '../hooks/useStableCallback';

export interface ListEditorProps<T> {
  /** Path of the list in the engagement, e.g. "client.contacts". */
  path: string;
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

interface RowProps {
  rowKey: string;
  item: unknown;
  index: number;
  position: number;
  base: string;
  noun: string;
  label: string;
  render: (item: never, index: number, base: string) => ReactNode;
  onRemove: (item: unknown, index: number, position: number) => void;
}

/**
 * One row, redrawn only when its own data changes: typing in one of 40 campuses must not
 * redraw the other 39. Each row keeps its identity in the draft while the others change.
 */
const Row = memo(
  function Row({ rowKey, item, index, position, base, noun, label, render, onRemove }: RowProps) {
    const rowError = useFieldError(base);
    return (
      <Paper withBorder p="sm" data-row-key={rowKey}>
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <div style={{ flex: 1, minWidth: 0 }}>{render(item as never, index, base)}</div>
          <Tooltip label={`Remove ${noun}`}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove ${label}`}
              onClick={() => onRemove(item, index, position)}
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
  },
  (a, b) =>
    a.item === b.item &&
    a.index === b.index &&
    a.position === b.position &&
    a.label === b.label &&
    a.render === b.render &&
    a.onRemove === b.onRemove,
);

/** Asks for the first field of the row with a key to be focused after the render that shows it. */
function useFocusRow(listRef: RefObject<HTMLDivElement | null>): (key: string) => void {
  const focusKey = useRef<string | null>(null);
  useEffect(() => {
    const key = focusKey.current;
    if (key === null) return;
    focusKey.current = null;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    row?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button')?.focus();
  });
  return (key: string) => {
    focusKey.current = key;
  };
}

/** Removes a row and offers Undo, which puts it back where it was with what pointed at it. */
function useRemoveWithUndo<T>({
  path,
  noun,
  itemName,
  getKey,
  onRemove,
}: Pick<ListEditorProps<T>, 'path' | 'noun' | 'itemName' | 'onRemove'> & {
  getKey: (item: T, index: number) => string;
}): (item: T, index: number) => void {
  const { draft } = useWorkspace();
  return (item, index) => {
    const restore = onRemove?.(item);
    draft.remove(path, index);
    const name = itemName?.(item).trim();
    showUndo({
      id: `removed-${path}-${getKey(item, index)}`,
      message: `Removed ${noun}${name ? ` “${name}”` : ''}`,
      autoClose: 6000,
      onUndo: () => {
        draft.insert(path, item, index);
        restore?.();
      },
    });
  };
}

/**
 * The one editor for repeated rows (contacts, campuses, needs, funding sources, blackouts,
 * phases…): add focuses the new row's first field, remove can be undone, and a row-level
 * schema problem shows under its row.
 */
export function ListEditor<T>({
  path,
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
  const { draft } = useWorkspace();
  const list = useDraftValue(path);
  // The list at `path` holds rows of this editor's type, as the caller says.
  const items = (Array.isArray(list) ? list : []) as readonly T[];
  const listRef = useRef<HTMLDivElement>(null);
  const focusRow = useFocusRow(listRef);
  const removeWithUndo = useRemoveWithUndo({ path, noun, itemName, getKey, onRemove });

  const shown = items.map((item, index) => ({ item, index })).filter(({ item }) => !filter || filter(item));

  const add = () => {
    const item = newItem();
    draft.insert(path, item);
    focusRow(getKey(item, items.length));
  };

  const remove = (item: T, index: number, position: number) => {
    removeWithUndo(item, index);
    // Keep keyboard focus in the list rather than dropping it on the page.
    const next = shown[position + 1] ?? shown[position - 1];
    if (next) focusRow(getKey(next.item, next.index));
    else listRef.current?.parentElement?.querySelector<HTMLElement>('[data-add-row]')?.focus();
  };

  const render = useStableCallback(renderItem as (item: never, index: number, base: string) => ReactNode);
  const onRemoveRow = useStableCallback((item: unknown, index: number, position: number) =>
    remove(item as T, index, position),
  );

  return (
    <Stack gap="xs">
      <Stack gap="xs" ref={listRef}>
        {shown.length === 0 && (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {shown.map(({ item, index }, position) => (
          <Row
            key={getKey(item, index)}
            rowKey={getKey(item, index)}
            item={item}
            index={index}
            position={position}
            base={`${path}.${index}`}
            noun={noun}
            label={itemName?.(item).trim() || `${noun} ${position + 1}`}
            render={render}
            onRemove={onRemoveRow}
          />
        ))}
      </Stack>
      <div>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} data-add-row>
          {addLabel ?? `Add ${noun}`}
        </Button>
      </div>
    </Stack>
  );
}
