import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { StoreProblemResult } from '../../../shared/channels/store';
import { api, call } from '../api';
import { DamagedDatabaseScreen } from './DamagedDatabaseScreen';

/**
 * Asks main, before anything else, whether the database opened. When it did not (an empty or
 * foreign file, a missing table, a folder or file that cannot be written), the problem's
 * screen stands in for the whole app until the person has chosen a way out.
 */
export function StoreGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ checked: boolean; problem: StoreProblemResult | null }>({
    checked: false,
    problem: null,
  });

  useEffect(() => {
    call(api.store.problem()).then(
      ({ problem }) => setState({ checked: true, problem }),
      // If even this cannot be asked, the app's own error handling takes over.
      () => setState({ checked: true, problem: null }),
    );
  }, []);

  if (!state.checked) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening your data" />
      </Center>
    );
  }
  if (state.problem) {
    return (
      <DamagedDatabaseScreen
        problem={state.problem}
        onChanged={(next) => {
          // Solved: start the page afresh, so every screen reads the data now open.
          if (next === null) window.location.reload();
          else setState({ checked: true, problem: next });
        }}
      />
    );
  }
  return children;
}
