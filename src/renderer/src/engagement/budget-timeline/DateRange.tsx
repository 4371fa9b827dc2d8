import { isIsoDate } from '@shared/domain';
import { formatDate } from '../../dates';
import { useDraftValue } from '../context';
import { DateField } from '../fields';

/** A start and an end; a start after the end is explained at the start, where it was typed. */
export function DateRange({
  base,
  startLabel = 'Starts',
  endLabel = 'Ends',
}: {
  base: string;
  startLabel?: string;
  endLabel?: string;
}) {
  const start = useDraftValue(`${base}.start`);
  const end = useDraftValue(`${base}.end`);
  const backwards =
    typeof start === 'string' && typeof end === 'string' && isIsoDate(start) && isIsoDate(end) && start > end;
  return (
    <>
      <DateField
        path={`${base}.start`}
        label={startLabel}
        extraError={backwards ? `This is after the end (${formatDate(end)}); move one of them` : undefined}
      />
      <DateField path={`${base}.end`} label={endLabel} />
    </>
  );
}
