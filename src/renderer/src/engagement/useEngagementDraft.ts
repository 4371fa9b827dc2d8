import { useEffect, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { EngagementSchema, type Engagement } from '@shared/domain';
import type { StoredEngagementResult } from '@shared/channels/engagement';
import { api, ApiError, call, errorText } from '../api';
import { Draft } from '../draft/draft';
import { Autosave } from '../hooks/autosave';
import { ReadingSource } from './reading-source';

const CHECK_PAUSE_MS = 250;
const SAVE_DELAY_MS = 350;

/**
 * The open engagement's draft, its autosave and the engine's reading of it, wired together:
 * typing changes the draft; after a pause the draft hands its storable part to the autosave
 * (valid edits reach the database within a second, whatever else is unfinished) and to the
 * engine. Leaving the step, the window or the page saves at once.
 */
export function useEngagementDraft(stored: StoredEngagementResult) {
  const [parts] = useState(() => {
    let version = stored.meta.version;
    const autosave = new Autosave<Engagement>(
      async (engagement) => {
        const saved = await call(api.engagement.save({ engagement, baseVersion: version }));
        version = saved.version;
        return saved.updatedAt;
      },
      {
        delayMs: SAVE_DELAY_MS,
        savedAt: stored.meta.updatedAt,
        isConflict: (e) => e instanceof ApiError && e.code === 'conflict',
      },
    );
    const reading = new ReadingSource(stored.engagement);
    const draft = new Draft<Engagement>(stored.engagement, {
      schema: EngagementSchema,
      pauseMs: CHECK_PAUSE_MS,
      onEdit: () => autosave.touch(),
      onUnchanged: () => autosave.settle(),
      onValid: (doc) => {
        autosave.edit(doc);
        reading.update(doc);
      },
    });
    autosave.setBeforeFlush(() => draft.check());
    /** After a conflict, the person keeps their edits: save them over the version now stored. */
    const keepMine = async () => {
      try {
        const latest = await call(api.engagement.get({ id: stored.engagement.id }));
        version = latest.meta.version;
        autosave.resume();
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'Could not read the saved version',
          message: errorText(error),
        });
      }
    };
    return { draft, autosave, reading, keepMine };
  });

  useEffect(() => {
    const { autosave, draft, reading } = parts;
    const flush = () => void autosave.flush();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    // Closing the window: the save request leaves before the page goes, and main completes it.
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      autosave.dispose();
      draft.dispose();
      reading.dispose();
    };
  }, [parts]);

  return parts;
}
