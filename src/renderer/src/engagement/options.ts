import { useMemo } from 'react';
import type { Engagement } from '@shared/domain';
import { useDraftSelect } from './context';

/** One choice of a select or multi-select. */
export interface Option {
  value: string;
  label: string;
}

const FIELD = '\u0001';
const ROW = '\u0002';

/**
 * Choices read from the draft (campuses, lines, needs, funding sources). The selector flattens
 * them to one string, which is cheap to compare on every key press; the list itself is rebuilt
 * only when that string changes (a name, a title), not when a quantity does. The dropdowns
 * render their options only when open.
 */
export function useDraftOptions(select: (e: Engagement) => Option[]): Option[] {
  const flat = useDraftSelect((e) =>
    select(e)
      .map((o) => `${o.value}${FIELD}${o.label}`)
      .join(ROW),
  );
  return useMemo(
    () =>
      flat === ''
        ? []
        : flat.split(ROW).map((row) => {
            const [value = '', label = ''] = row.split(FIELD);
            return { value, label };
          }),
    [flat],
  );
}

/** The client's campuses as choices, redrawn only when a name or the list changes. */
export function useCampusOptions(): Option[] {
  return useDraftOptions((e) =>
    e.client.campuses.map((c) => ({ value: c.id, label: c.name || 'Unnamed campus' })),
  );
}

/** The inventory's items as choices (what a line builds on, or the district's own follow-up). */
export function inventoryOptions(e: Engagement): Option[] {
  return e.inventory.map((i) => ({ value: i.id, label: i.name || 'Unnamed item' }));
}
