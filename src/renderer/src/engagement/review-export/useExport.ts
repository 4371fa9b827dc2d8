import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useWorkspace } from '../context';
import type { Revisions } from './useRevisions';

export interface ExportResult {
  fileName: string;
  revision: number;
  pageCount: number;
}

/**
 * Saves what is on screen, then has main write the scope of work as a PDF and freeze it as a
 * revision; progress and the outcome show as a notification.
 */
export function useExport(revisions: Revisions) {
  const { queue } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<ExportResult | null>(null);

  const run = useCallback(
    async (_note: string): Promise<boolean> => {
      setBusy(true);
      try {
        await queue.flush();
        notifications.show({
          color: 'red',
          title: 'PDF export is not available yet',
          message: 'The export service is not part of this build.',
        });
        revisions.reload();
        setLast(null);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [queue, revisions],
  );

  return { run, busy, last };
}
