import { useState } from 'react';
import { DateInput as MantineDateInput, type DateInputProps as MantineDateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { DATE_FIELD_FORMAT, formatDate, parseDateText } from '../dates';
import { afterPointerRelease } from './pointer';

export interface DateInputProps extends Omit<
  MantineDateInputProps,
  'value' | 'onChange' | 'dateParser' | 'valueFormat'
> {
  label: string;
  /** YYYY-MM-DD, or null when empty. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** Why the typed text is not a date, and null once it is. */
  onProblem?: (message: string | null) => void;
}

/** Names for the calendar's buttons, which otherwise have none a screen reader can say. */
const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose the month',
  yearLevelControl: 'Choose the year',
};

const dayLabel = (date: string) => ({ 'aria-label': formatDate(dayjs(date).format('YYYY-MM-DD')) });

/**
 * A date typed the way people write it ("1/4/2027", "2027-01-04", "Jan 4, 2027") or picked
 * from the calendar. Text that is not a date stays as typed, keeps the last date in the
 * document, and says why once the field is left.
 */
export function DateInput({
  label,
  value,
  onChange,
  onProblem,
  clearable,
  error,
  onBlur,
  ...props
}: DateInputProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(false);

  const read = (text: string) => {
    if (text.trim() === '' && clearable) {
      setProblem(null);
      onProblem?.(null);
      return;
    }
    const parsed = parseDateText(text);
    const next = parsed.ok ? null : parsed.error;
    setProblem(next);
    if (next === null) setShown(false);
    onProblem?.(next);
  };

  return (
    <MantineDateInput
      {...props}
      label={label}
      value={value}
      onChange={(iso) => {
        setProblem(null);
        onChange(iso);
      }}
      clearable={clearable}
      valueFormat={DATE_FIELD_FORMAT}
      dateParser={(text) => {
        const parsed = parseDateText(text);
        return parsed.ok ? parsed.iso : null;
      }}
      // A date reads back in one format when left; text that is not a date stays as typed, so
      // the person can see and fix it.
      fixOnBlur={problem === null}
      onInput={(e) => read(e.currentTarget.value)}
      onBlur={(e) => {
        afterPointerRelease(() => setShown(true));
        onBlur?.(e);
      }}
      error={(shown && problem) || error}
      leftSection={<IconCalendar size={16} aria-hidden />}
      placeholder="e.g. 1/4/2027 or Jan 4, 2027"
      ariaLabels={CALENDAR_LABELS}
      getDayProps={dayLabel}
      clearButtonProps={{ 'aria-label': `Clear ${label.toLowerCase()}` }}
      popoverProps={{ withinPortal: true }}
    />
  );
}
