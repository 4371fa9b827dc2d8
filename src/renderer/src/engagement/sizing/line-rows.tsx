import { NativeSelect } from '@mantine/core';
import type { Pin } from '@shared/domain';
import type { SizedLine } from '@shared/scoping';
import { PIN_LABELS } from '../labels';

/** Pins a line: keep it funded, defer it, or leave it to the sizing. */
export type OnPin = (lineId: string, pin: Pin) => void;

const PIN_OPTIONS = (['none', 'funded', 'deferred'] as const).map((p) => ({
  value: p,
  label: PIN_LABELS[p],
}));

/** A plain select: cheap enough for hundreds of rows, and fully keyboard-operable. */
export function PinControl({ line, onPin }: { line: SizedLine; onPin: OnPin }) {
  return (
    <NativeSelect
      size="xs"
      w={130}
      aria-label={`Sizing of ${line.name}`}
      data={PIN_OPTIONS}
      value={line.pin}
      onChange={(e) => onPin(line.lineId, e.currentTarget.value as Pin)}
    />
  );
}

export interface RowProps {
  line: SizedLine;
  total: number;
  currency: string;
  onPin: OnPin;
}

/** Rows are memoized: one redraws only when what it shows changed. */
export function sameRow(a: RowProps, b: RowProps): boolean {
  const x = a.line;
  const y = b.line;
  return (
    a.total === b.total &&
    a.currency === b.currency &&
    a.onPin === b.onPin &&
    x.lineId === y.lineId &&
    x.status === y.status &&
    x.pin === y.pin &&
    x.name === y.name &&
    x.fundedQuantity === y.fundedQuantity &&
    x.northStarQuantity === y.northStarQuantity &&
    x.reason?.sentence === y.reason?.sentence &&
    x.note === y.note
  );
}
