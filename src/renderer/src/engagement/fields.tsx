import { useCallback, type ReactNode } from 'react';
import {
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Switch,
  Textarea,
  TextInput,
  type MultiSelectProps,
  type NumberInputProps,
  type SegmentedControlProps,
  type SelectProps,
  type SwitchProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import { DateInput } from '../components/DateInput';
import { MoneyInput, type MoneyInputProps } from '../components/MoneyInput';
import { afterPointerRelease } from '../components/pointer';
import { useDraftSelect, useDraftValue, useFieldError, useWorkspace } from './context';

/**
 * Fields bound to a path of the engagement. Each subscribes to its own value and message
 * only, so a key press redraws the field typed in and not the step around it.
 */
/**
 * A field's ties to its path: `set` and `problem` for its handlers, and `field` to spread on
 * the control: leaving it, its message (the schema's, else `fallbackError`) and its path.
 */
function useBinding(path: string, fallbackError?: ReactNode) {
  const { draft } = useWorkspace();
  const set = useCallback((value: unknown) => draft.set(path, value), [draft, path]);
  const leave = useCallback(() => afterPointerRelease(() => draft.leave(path)), [draft, path]);
  const problem = useCallback(
    (message: string | null) => draft.setFieldProblem(path, message),
    [draft, path],
  );
  const error = useFieldError(path);
  return {
    set,
    problem,
    field: { onBlur: leave, error: error ?? fallbackError, 'data-path': path },
  };
}

type Bound<P> = Omit<P, 'value' | 'onChange' | 'defaultValue'> & { path: string };

// What a path holds as typed, narrowed to what each control can show.
const asText = (v: unknown): string => (typeof v === 'string' ? v : '');
const asNumberOrText = (v: unknown): number | string =>
  typeof v === 'number' || typeof v === 'string' ? v : '';
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

export function TextField({ path, ...props }: Bound<TextInputProps>) {
  const value = asText(useDraftValue(path));
  const b = useBinding(path, props.error);
  return <TextInput {...props} value={value} onChange={(e) => b.set(e.currentTarget.value)} {...b.field} />;
}

export function TextareaField({ path, ...props }: Bound<TextareaProps>) {
  const value = asText(useDraftValue(path));
  const b = useBinding(path, props.error);
  return <Textarea {...props} value={value} onChange={(e) => b.set(e.currentTarget.value)} {...b.field} />;
}

/** A count: '' while cleared, which the schema refuses, so the last count stays stored. */
export function NumberField({ path, ...props }: Bound<NumberInputProps>) {
  const value = asNumberOrText(useDraftValue(path));
  const b = useBinding(path, props.error);
  return <NumberInput {...props} value={value} onChange={b.set} {...b.field} />;
}

/** Money in the engagement's own currency. */
export function MoneyField({ path, ...props }: Bound<Omit<MoneyInputProps, 'onProblem' | 'currency'>>) {
  const stored = useDraftValue(path);
  const value = typeof stored === 'number' ? stored : 0;
  const currency = useDraftSelect((e) => e.rateCard.currency);
  const b = useBinding(path, props.error);
  return (
    <MoneyInput
      {...props}
      currency={currency}
      value={value}
      onChange={b.set}
      onProblem={b.problem}
      {...b.field}
    />
  );
}

export function DateField({
  path,
  label,
  description,
  clearable = false,
  extraError,
}: {
  path: string;
  label: string;
  description?: string;
  clearable?: boolean;
  /** A message the schema puts elsewhere but that belongs here too (a start after the end). */
  extraError?: string | undefined;
}) {
  const stored = useDraftValue(path);
  const value = typeof stored === 'string' && stored !== '' ? stored : null;
  const b = useBinding(path, extraError);
  return (
    <DateInput
      label={label}
      description={description}
      clearable={clearable}
      value={value}
      onChange={(iso) => b.set(iso ?? (clearable ? null : ''))}
      onProblem={b.problem}
      {...b.field}
    />
  );
}

export function SelectField({ path, ...props }: Bound<SelectProps>) {
  const stored = useDraftValue(path);
  const value = typeof stored === 'string' ? stored : null;
  const b = useBinding(path, props.error);
  return <Select {...props} value={value} onChange={b.set} {...b.field} />;
}

export function MultiSelectField({ path, ...props }: Bound<MultiSelectProps>) {
  const value = asStrings(useDraftValue(path));
  const b = useBinding(path, props.error);
  return <MultiSelect {...props} value={value} onChange={b.set} {...b.field} />;
}

export function SegmentedField({ path, ...props }: Bound<SegmentedControlProps>) {
  const value = asText(useDraftValue(path));
  const b = useBinding(path);
  return <SegmentedControl {...props} value={value} onChange={b.set} />;
}

export function SwitchField({
  path,
  ...props
}: Omit<SwitchProps, 'checked' | 'onChange'> & { path: string }) {
  const checked = useDraftValue(path) === true;
  const b = useBinding(path);
  return <Switch {...props} checked={checked} onChange={(e) => b.set(e.currentTarget.checked)} />;
}

/** Sets a value by path with a plain function call, for controls that are not inputs. */
export function useSetField() {
  const { draft } = useWorkspace();
  return useCallback((path: string, value: unknown) => draft.set(path, value), [draft]);
}
