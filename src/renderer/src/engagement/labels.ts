import type { Pin, Priority } from '@shared/domain';
import type { SizedStatus } from '@shared/scoping';

export const PRIORITY_LABELS: Record<Priority, string> = {
  essential: 'Essential',
  high: 'High',
  optional: 'Optional',
};
export const PRIORITY_COLORS: Record<Priority, string> = {
  essential: 'indigo',
  high: 'cyan',
  optional: 'gray',
};

/** What sizing did with a plan line; an engagement's own standing is in status.ts. */
export const SIZED_LABELS: Record<SizedStatus, string> = {
  funded: 'Funded',
  trimmed: 'Trimmed',
  deferred: 'Deferred',
};
export const SIZED_COLORS: Record<SizedStatus, string> = {
  funded: 'teal',
  trimmed: 'yellow',
  deferred: 'gray',
};

export const PIN_LABELS: Record<Pin, string> = { none: 'Auto', funded: 'Keep funded', deferred: 'Defer' };

/** A number field's value, which is '' while the person has cleared it. */
export function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
