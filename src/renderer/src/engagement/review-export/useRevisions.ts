import { useCallback, useEffect, useState } from 'react';
import type { RevisionInfo } from '@shared/channels/revision';
import { api, call, errorText } from '../../api';

export interface Revisions {
  list: RevisionInfo[];
  error: string | null;
  reload: () => void;
}

/** The exported versions of an engagement, newest first. */
export function useRevisions(engagementId: string): Revisions {
  const [list, setList] = useState<RevisionInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState(0);
  useEffect(() => {
    let live = true;
    call(api.revision.list({ engagementId })).then(
      (revisions) => {
        if (!live) return;
        setList([...revisions].sort((a, b) => b.number - a.number));
        setError(null);
      },
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [engagementId, token]);
  const reload = useCallback(() => setToken((t) => t + 1), []);
  return { list, error, reload };
}
