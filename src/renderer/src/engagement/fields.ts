import { useCallback } from 'react';
import { useEngagementForm, useWorkspace } from './context';

/**
 * Props for one control bound to a path of the engagement: its value, its change handler, and
 * the schema's message for it once the person has left the field.
 */
export function useInput() {
  const form = useEngagementForm();
  const { errorFor, markVisited } = useWorkspace();
  return useCallback(
    (path: string, options?: { type?: 'checkbox' }) => {
      const props = form.getInputProps(path as never, {
        withError: false,
        withFocus: false,
        ...(options ?? {}),
      });
      return {
        ...props,
        error: errorFor(path),
        onBlur: () => markVisited(path),
      };
    },
    [form, errorFor, markVisited],
  );
}

/** Sets a value by path with a plain function call, for controls that are not inputs. */
export function useSetField() {
  const form = useEngagementForm();
  return useCallback(
    (path: string, value: unknown) => form.setFieldValue(path as never, value as never),
    [form],
  );
}
