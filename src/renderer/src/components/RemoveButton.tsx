import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** The quiet red "Remove …" button under an item being edited (a line, a clause, a service). */
export function RemoveButton({ children, onClick }: { children: ReactNode; onClick: () => void }) {
  return (
    <Button
      variant="subtle"
      color="red"
      size="xs"
      leftSection={<IconTrash size={14} aria-hidden />}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
