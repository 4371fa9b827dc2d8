import { createElement, useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { api, call, errorText } from '../../api';
import { useWorkspace } from '../context';
import { ExportDone, type ExportResult } from './ExportDone';
import type { Revisions } from './useRevisions';

/**
 * Saves what is on screen, then has main write the scope of work as a PDF and freeze it as a
 * revision; progress and the outcome show as a notification.
 */
export function useExport(revisions: Revisions) {
  const { autosave, meta } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<ExportResult | null>(null);
  const engagementId = meta.id;

  const run = useCallback(
    async (note: string): Promise<boolean> => {
      const id = `export-${engagementId}`;
      setBusy(true);
      try {
        // The PDF is built from the database, so the latest edits must be in it first.
        await autosave.flush();
        const state = autosave.state;
        if (state.kind === 'conflict' || state.kind === 'error') {
          notifications.show({
            color: 'red',
            title: 'Not exported',
            message:
              'The latest edits are not saved yet; the PDF would not show them. Resolve the save first.',
          });
          return false;
        }
        notifications.show({
          id,
          loading: true,
          title: 'Exporting the scope of work',
          message: 'Laying out the pages…',
          autoClose: false,
          withCloseButton: false,
        });
        const trimmed = note.trim();
        const result = await call(
          api.scope.exportPdf({ engagementId, ...(trimmed ? { note: trimmed } : {}) }),
        );
        if (result.cancelled) {
          notifications.hide(id);
          return false;
        }
        notifications.update({
          id,
          loading: false,
          color: 'teal',
          title: `Version ${result.revision} exported`,
          message: createElement(ExportDone, { result }),
          autoClose: 10_000,
          withCloseButton: true,
        });
        setLast(result);
        revisions.reload();
        return true;
      } catch (error) {
        notifications.update({
          id,
          loading: false,
          color: 'red',
          title: 'The PDF was not exported',
          message: errorText(error),
          autoClose: false,
          withCloseButton: true,
        });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [autosave, revisions, engagementId],
  );

  return { run, busy, last };
}
