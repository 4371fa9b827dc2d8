import { createContext, useContext } from 'react';
import type { Revisions } from './useRevisions';

/** One revisions list per open engagement, shared by the rail, the review step and the export dialog. */
export const RevisionsContext = createContext<Revisions | null>(null);

export function useRevisionsContext(): Revisions {
  const value = useContext(RevisionsContext);
  if (!value) throw new Error('useRevisionsContext needs the engagement workspace');
  return value;
}
