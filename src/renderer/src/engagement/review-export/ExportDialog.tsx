import { Modal } from '@mantine/core';
import { ExportPanel } from './ExportPanel';
import type { Revisions } from './useRevisions';

export function ExportDialog({
  opened,
  onClose,
  revisions,
}: {
  opened: boolean;
  onClose: () => void;
  revisions: Revisions;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Export the scope of work" size="lg">
      <ExportPanel revisions={revisions} onDone={onClose} autoFocus />
    </Modal>
  );
}
