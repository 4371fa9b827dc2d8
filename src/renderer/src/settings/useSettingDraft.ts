import { useEffect, useState, useSyncExternalStore } from 'react';
import type { z } from 'zod';
import { afterPointerRelease } from '../components/pointer';
import { Draft } from '../draft/draft';
import { useAutosave } from '../hooks/autosave';

/**
 * A settings document being edited, through the same draft and autosave as an engagement:
 * what passes its schema is saved in the background, a field it refuses keeps its text,
 * says why once left, and holds back only itself.
 */
export function useSettingDraft<T extends object>(
  schema: z.ZodType<T>,
  initial: T,
  save: (value: T) => Promise<unknown>,
) {
  const { saver, state } = useAutosave<T>(async (value) => {
    await save(value);
    return null;
  });
  const [draft] = useState(
    () =>
      new Draft<T>(initial, {
        schema,
        onEdit: () => saver.touch(),
        onUnchanged: () => saver.settle(),
        onValid: (doc) => saver.edit(doc),
      }),
  );
  useEffect(() => {
    saver.setBeforeFlush(() => draft.check());
    return () => draft.dispose();
  }, [saver, draft]);
  const value = useSyncExternalStore(draft.subscribe, () => draft.getValues());
  const checked = useSyncExternalStore(draft.subscribeChecked, () => draft.checked);

  return {
    value,
    draft,
    state,
    problems: checked.problems,
    issues: checked.issues,
    retry: () => saver.retry(),
    set: (path: string, next: unknown) => draft.set(path, next),
    errorFor: (path: string) => draft.errorFor(path),
    leave: (path: string) => afterPointerRelease(() => draft.leave(path)),
    problem: (path: string, message: string | null) => draft.setFieldProblem(path, message),
  };
}
