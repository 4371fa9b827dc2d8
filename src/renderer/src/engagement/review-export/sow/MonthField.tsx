import { TextInput } from '@mantine/core';
import { afterPointerRelease } from '../../../components/pointer';
import { useDraftValue, useFieldError, useWorkspace } from '../../context';

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
  const { draft } = useWorkspace();
  const stored = useDraftValue(path);
  const error = useFieldError(path);
  return (
    <TextInput
      label={label}
      placeholder={placeholder ?? 'YYYY-MM'}
      value={typeof stored === 'string' ? stored : ''}
      onChange={(e) => {
        const text = e.currentTarget.value.trim();
        draft.set(path, text === '' ? null : text);
      }}
      onBlur={() => afterPointerRelease(() => draft.leave(path))}
      error={error}
      data-path={path}
    />
  );
}
