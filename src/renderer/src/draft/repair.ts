import type { z } from 'zod';
import { getAt, idOf, parentPath, segments, setAt, stableKey, updateList } from './paths';

/** A schema problem in the draft: where, what, and whether it sits in a row never saved yet. */
export interface Issue {
  path: string;
  message: string;
  /** Stable key of the row the problem is in, when that row is not in the last saved version. */
  newRow: string | null;
}

export interface Saveable<T> {
  /** What can be saved: the draft, with each refused part put back as it was last saved. */
  doc: T;
  /** The schema's problems with the draft as typed, first message per path. */
  issues: readonly Issue[];
}

type Step = { kind: 'set'; path: string; value: unknown } | { kind: 'drop'; path: string; row: boolean };

/**
 * Where `path` of the draft was in the last valid version. Rows are matched by id, so a row
 * moved or shifted by an insert is still found; a row (or list entry) that is not there was
 * never saved, and the way back for it is to leave it out.
 */
function wayBack(draft: unknown, valid: unknown, path: string): Step {
  const keys = segments(path);
  let d = draft;
  let v = valid;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    const here = keys.slice(0, i).join('.');
    if (Array.isArray(d)) {
      if (!Array.isArray(v)) return { kind: 'set', path: here, value: v };
      const item: unknown = d[Number(key)];
      const id = idOf(item);
      const match: unknown =
        id !== null
          ? v.find((x) => idOf(x) === id)
          : typeof item === 'object' && item !== null
            ? v[Number(key)]
            : undefined;
      if (match === undefined)
        return { kind: 'drop', path: keys.slice(0, i + 1).join('.'), row: id !== null };
      d = item;
      v = match;
    } else if (typeof d === 'object' && d !== null) {
      if (typeof v !== 'object' || v === null) return { kind: 'set', path: here, value: v };
      d = (d as Record<string, unknown>)[key];
      v = (v as Record<string, unknown>)[key];
    } else {
      return { kind: 'set', path: here, value: v };
    }
  }
  return { kind: 'set', path, value: v };
}

/**
 * The value at `path` in the last valid version, if that field is there (its row may be new,
 * or moved: rows are matched by id).
 */
export function lastValidAt(draft: unknown, lastValid: unknown, path: string): { value: unknown } | null {
  const back = wayBack(draft, lastValid, path);
  return back.kind === 'set' && back.path === path ? { value: back.value } : null;
}

function firstIssues(error: z.ZodError): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!map.has(path)) map.set(path, issue.message);
  }
  return map;
}

const MAX_ROUNDS = 8;

/**
 * Splits a draft into what can be saved and what cannot. Each part the schema refuses goes
 * back to its last valid value (a field, then its row, then the section around it if that is
 * not enough), and a row that was never valid is left out, so one unfinished field never
 * holds back the rest of the document.
 */
export function saveable<T>(schema: z.ZodType<T>, draft: unknown, lastValid: T): Saveable<T> {
  const first = schema.safeParse(draft);
  if (first.success) return { doc: first.data, issues: [] };
  const found = firstIssues(first.error);
  const issues: Issue[] = [...found].map(([path, message]) => {
    const back = wayBack(draft, lastValid, path);
    return {
      path,
      message,
      newRow: back.kind === 'drop' && back.row ? stableKey(draft, back.path) : null,
    };
  });

  let candidate: unknown = draft;
  let problems = [...found.keys()];
  const tried = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const drops: string[] = [];
    for (const problem of problems) {
      let path = problem;
      while (path !== '' && tried.has(stableKey(candidate, path))) path = parentPath(path);
      if (path === '') return { doc: lastValid, issues };
      tried.add(stableKey(candidate, path));
      const back = wayBack(candidate, lastValid, path);
      if (back.kind === 'set') candidate = setAt(candidate, back.path, back.value);
      else drops.push(back.path);
    }
    // Rows leave last, deepest and highest index first, so the paths found in this round stay true.
    const index = (path: string) => Number(path.slice(parentPath(path).length + 1));
    const byDepth = [...new Set(drops)].sort(
      (a, b) =>
        segments(b).length - segments(a).length ||
        parentPath(a).localeCompare(parentPath(b)) ||
        index(b) - index(a),
    );
    for (const path of byDepth) {
      if (getAt(candidate, path) === undefined) continue;
      candidate = updateList(candidate, parentPath(path), (list) => list.filter((_, i) => i !== index(path)));
    }
    const next = schema.safeParse(candidate);
    if (next.success) return { doc: next.data, issues };
    problems = [...firstIssues(next.error).keys()];
  }
  return { doc: lastValid, issues };
}
