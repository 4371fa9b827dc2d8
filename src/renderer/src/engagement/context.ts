import { createContext, useContext } from 'react';
import { createFormContext } from '@mantine/form';
import type { Engagement } from '../../../shared/domain';
import type { Scope } from '../../../shared/scoping';
import type { EngagementMeta } from '../../../shared/channels/engagement';
import type { StepId } from '../app/routing';
import type { SaveQueue } from '../hooks/save-queue';

/** One form holds the whole engagement: every step edits a slice of the same document. */
export const [EngagementFormProvider, useEngagementForm, useCreateEngagementForm] =
  createFormContext<Engagement>();

export interface EngagementWorkspace {
  meta: EngagementMeta;
  /** The newest version that passes the schema; what the engine and the saves see. */
  engagement: Engagement;
  /** The engine's reading of `engagement` (deferred while typing, so typing stays instant). */
  scope: Scope;
  /** Schema problems by form path, in plain words. */
  issues: ReadonlyMap<string, string>;
  /** Problem messages are shown once a field was left or after "show problems". */
  errorFor: (path: string) => string | undefined;
  markVisited: (path: string) => void;
  queue: SaveQueue;
  step: StepId;
  goTo: (step: StepId) => void;
  /** Opens the export dialog (the Ctrl+E shortcut and the review step's button). */
  openExport: () => void;
}

export const WorkspaceContext = createContext<EngagementWorkspace | null>(null);

export function useWorkspace(): EngagementWorkspace {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace needs the engagement workspace');
  return value;
}
