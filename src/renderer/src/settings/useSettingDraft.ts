import { useRef, useState } from 'react';
import type { z } from 'zod';
import { issueMap } from '../engagement/issues';
import { useAutosaveValue } from '../hooks/useAutosaveValue';

/**
 * A settings document being edited: every change is checked against its schema, saved in the
 * background when it passes, and held (with its problems by field path) when it does not.
 * Problems show at a field once the person has left it.
 */
export function useSettingDraft<T>(schema: z.ZodType<T>, initial: T, save: (value: T) => Promise<unknown>) {
  const saver = useAutosaveValue(save);
  const [value, setValue] = useState<T>(initial);
  const [issues, setIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  // The value as of the last change, for an Undo that runs after later edits.
  const latest = useRef(initial);

  const commit = (next: T) => {
    latest.current = next;
    setValue(next);
    const result = schema.safeParse(next);
    if (result.success) {
      setIssues(new Map());
      saver.edit(result.data);
    } else {
      setIssues(issueMap(result.error));
      saver.hold();
    }
  };

  return {
    value,
    latest,
    commit,
    issues,
    saver,
    errorFor: (path: string) => (visited.has(path) ? issues.get(path) : undefined),
    leave: (path: string) => setVisited((v) => new Set(v).add(path)),
  };
}
