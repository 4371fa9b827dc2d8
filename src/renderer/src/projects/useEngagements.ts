import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { EngagementMeta, SearchHitSchema } from '@shared/channels/engagement';
import type { EngagementStatus } from '@shared/domain';
import { api, call, errorText } from '../api';

export type SearchHit = z.infer<typeof SearchHitSchema>;
export type StatusFilter = 'all' | EngagementStatus | 'archived';

export interface EngagementList {
  items: (EngagementMeta & { snippet?: SearchHit['snippet'] })[];
  total: number;
  /** Everything in the database, archived included: tells "no engagements yet" from "none match". */
  everything: number;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** How long typing must pause before the search runs. */
export const SEARCH_DEBOUNCE_MS = 150;

/** The home screen's list: search as you type, or a status filter, newest first. */
export function useEngagements(text: string, filter: StatusFilter): EngagementList {
  const [state, setState] = useState<Omit<EngagementList, 'reload'>>({
    items: [],
    total: 0,
    everything: 0,
    loading: true,
    error: null,
  });
  const [token, setToken] = useState(0);
  // Search as you type asks main once typing pauses, not on every keystroke; clearing the
  // box shows the list at once.
  const [debounced] = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const typed = text.trim() === '' ? '' : debounced;

  useEffect(() => {
    let live = true;
    const query = typed.trim();
    // Which engagements the list is drawn from.
    const shelf = filter === 'archived' ? 'archived' : 'active';
    const status = filter === 'all' || filter === 'archived' ? undefined : filter;
    const listing = query
      ? call(
          api.engagement.search({
            text: query,
            shelf: filter === 'archived' ? 'archived' : 'all',
            limit: 100,
          }),
        ).then((page) => ({
          ...page,
          items: status ? page.items.filter((i) => i.status === status) : page.items,
        }))
      : call(
          api.engagement.list({
            shelf,
            ...(status ? { status } : {}),
            sort: 'updated',
            direction: 'desc',
            limit: 200,
          }),
        );
    const count = call(api.engagement.list({ shelf: 'all', limit: 1 }));
    Promise.all([listing, count]).then(
      ([page, all]) =>
        live &&
        setState({
          items: page.items,
          total: page.total,
          everything: all.total,
          loading: false,
          error: null,
        }),
      (error: unknown) => live && setState((s) => ({ ...s, loading: false, error: errorText(error) })),
    );
    return () => {
      live = false;
    };
  }, [typed, filter, token]);

  const reload = useCallback(() => setToken((t) => t + 1), []);
  return { ...state, reload };
}
