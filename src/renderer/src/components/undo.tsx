import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/**
 * A notification saying what was just done, with Undo beside it: removing a row, a plan line,
 * a service or a clause, archiving or deleting an engagement.
 */
export function showUndo({
  id,
  message,
  onUndo,
  autoClose,
  testId,
}: {
  id: string;
  message: string;
  onUndo: () => void;
  /** How long it stays, in ms; Mantine's default when not given. */
  autoClose?: number;
  testId?: string;
}): void {
  notifications.show({
    id,
    ...(autoClose !== undefined ? { autoClose } : {}),
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          data-testid={testId}
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
