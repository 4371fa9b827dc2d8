import { useEffect, useState, type ReactNode } from 'react';
import type { StoreProblemResult } from '@shared/channels/store';
import { api, call } from '../api';
import { DamagedDatabaseScreen } from './DamagedDatabaseScreen';

/**
 * Asks main, as the page starts, whether the database opened. When it did not (an empty or
 * foreign file, a missing table, a folder or file that cannot be written), the problem's
 * screen stands in for the whole app until the person has chosen a way out. The app itself
 * starts meanwhile, so nothing it listens for (menu commands) is missed while main answers.
 */
export function StoreGate({ children }: { children: ReactNode }) {
  const [problem, setProblem] = useState<StoreProblemResult | null>(null);

  useEffect(() => {
    call(api.store.problem()).then(
      (answer) => setProblem(answer.problem),
      // If even this cannot be asked, the app's own error handling takes over.
      () => setProblem(null),
    );
  }, []);

  if (problem) {
    return (
      <DamagedDatabaseScreen
        problem={problem}
        onChanged={(next) => {
          // Solved: start the page afresh, so every screen reads the data now open.
          if (next === null) window.location.reload();
          else setProblem(next);
        }}
      />
    );
  }
  return children;
}
