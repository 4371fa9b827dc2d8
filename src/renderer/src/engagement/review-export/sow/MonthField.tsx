import { TextInput } from '@mantine/core';
import { useEngagementForm, useWorkspace } from '../../context';
import { useSetField } from '../../fields';

/** A month written YYYY-MM, or nothing (null) when left empty. */
export function MonthField({
  path,
  label,
  placeholder,
}: {
  path: string;
  label: string;
  placeholder?: string;
}) {
  const form = useEngagementForm();
  const set = useSetField();
  const { errorFor, markVisited } = useWorkspace();
  const value = form.getInputProps(path as never).value as string | null | undefined;
  return (
    <TextInput
      label={label}
      placeholder={placeholder ?? 'YYYY-MM'}
      value={value ?? ''}
      onChange={(e) => set(path, e.currentTarget.value.trim() === '' ? null : e.currentTarget.value.trim())}
      onBlur={() => markVisited(path)}
      error={errorFor(path)}
    />
  );
}
