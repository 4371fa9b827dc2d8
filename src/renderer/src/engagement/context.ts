import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Engagement } from '@shared/domain';
import type { Scope } from '@shared/scoping';
import type { EngagementMeta } from '@shared/channels/engagement';
import type { StepId } from '../app/routing';
import type { Draft, Problem } from '../draft/draft';
import type { Autosave } from '../hooks/autosave';
import type { ReadingSource } from './reading-source';

/**
 * What every step shares. The value changes only with the step, so reading it re-renders
 * nothing while typing; each part subscribes to the slice it shows (useDraftValue,
 * useReading), and a key press redraws its own field and the figures that depend on it.
 */
export interface EngagementWorkspace {
  meta: EngagementMeta;
  draft: Draft<Engagement>;
  autosave: Autosave<Engagement>;
  reading: ReadingSource;
  step: StepId;
  goTo: (step: StepId) => void;
  /** Opens the export dialog (the Ctrl+E shortcut and the review step's button). */
  openExport: () => void;
  /** Takes the person to a field with a problem and shows every message. */
  showProblem: (path: string) => void;
}

export const WorkspaceContext = createContext<EngagementWorkspace | null>(null);

export function useWorkspace(): EngagementWorkspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace needs the engagement workspace');
  return value;
}

/**
 * The draft's value at a path built at run time (a field's), as typed: a number field that
 * was cleared holds ''. Re-renders only when that value changes. Code that knows its path
 * reads it typed, with useDraftSelect.
 */
export function useDraftValue(path: string): unknown {
  const { draft } = useWorkspace();
  return useSyncExternalStore(draft.subscribe, () => draft.get(path));
}

/** A value computed from the draft; `select` must return the same thing for the same input. */
export function useDraftSelect<R>(select: (e: Engagement) => R): R {
  const { draft } = useWorkspace();
  return useSyncExternalStore(draft.subscribe, () => select(draft.getValues()));
}

/** The version that is stored (or on its way): what the engine and the export read. */
export function useValid(): Engagement {
  const { draft } = useWorkspace();
  return useTransitionStore(draft.subscribeChecked, () => draft.checked.valid);
}

/**
 * Something read from the engine's reading of the plan. A new reading arrives after a pause
 * in typing and is drawn as a transition: React draws it in slices between frames, so a
 * 300-row table catching up never holds a key press or a click.
 */
export function useReadingSelect<R>(select: (reading: ReadingSource) => R): R {
  const { reading } = useWorkspace();
  return useTransitionStore(reading.subscribe, () => select(reading));
}

/**
 * Like useSyncExternalStore, but a change is drawn as a transition (in slices, after any key
 * press or click waiting): for what follows a pause in typing, not the typing itself.
 */
function useTransitionStore<R>(subscribe: (listener: () => void) => () => void, read: () => R): R {
  const [value, setValue] = useState(read);
  const latest = useRef(read);
  useLayoutEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    const update = () => {
      const next = latest.current();
      startTransition(() => setValue(() => next));
    };
    update();
    return subscribe(update);
  }, [subscribe]);
  return value;
}

/** The engine's reading of the stored version, updated after each pause in typing. */
export function useReading(): Scope {
  return useReadingSelect((s) => s.current);
}

export function useProblems(): readonly Problem[] {
  const { draft } = useWorkspace();
  return useSyncExternalStore(draft.subscribeChecked, () => draft.checked.problems);
}

export function useIssues(): ReadonlyMap<string, string> {
  const { draft } = useWorkspace();
  return useSyncExternalStore(draft.subscribeChecked, () => draft.checked.issues);
}

/** The message a field shows now, if any. */
export function useFieldError(path: string): string | undefined {
  const { draft } = useWorkspace();
  return useSyncExternalStore(draft.subscribeChecked, () => draft.errorFor(path));
}
