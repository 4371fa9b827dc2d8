import { useMemo, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { prepareSizing, scopePrepared } from '@shared/scoping';
import { useRested } from '../../hooks/useRested';
import { useStableCallback } from '../../hooks/useStableCallback';
import { useReading, useValid, useWorkspace } from '../context';

/**
 * A budget being tried on the slider: sized here and now from the last valid engagement, and
 * written to the engagement (and so saved) once the slider rests. `sizing` is for the headline
 * figures, which follow the thumb in the same frame; `detail` is the whole reading for the long
 * tables, coverage, chart and checks, redrawn once the slider or the typing rests.
 */
export function useTriedSizing() {
  const { draft, autosave } = useWorkspace();
  const saved = useReading();
  const engagement = useValid();
  const [trying, setTrying] = useState<number | null>(null);
  const [committed, setCommitted] = useState(false);
  if (trying !== null && committed && saved.sizing.budgetCents === trying) {
    setTrying(null);
    setCommitted(false);
  }
  const commit = useDebouncedCallback(
    (cents: number) => {
      setCommitted(true);
      draft.set('budget.amountCents', cents);
    },
    { delay: 300, flushOnUnmount: true },
  );
  const onTry = useStableCallback((cents: number) => {
    setTrying(cents);
    setCommitted(false);
    autosave.touch();
    commit(cents);
  });
  const onTyped = useStableCallback(() => {
    commit.cancel();
    setTrying(null);
    setCommitted(false);
  });
  // A slider step re-scopes a plan prepared once per stored version: sizing, schedule and
  // costing, so the headline figures follow the thumb in the same frame and are the figures the
  // budget will have once saved (shared trips included).
  const advice = saved.advice;
  const prepared = useMemo(() => prepareSizing(engagement, advice), [engagement, advice]);
  const tried = trying !== null && trying !== saved.sizing.budgetCents ? trying : null;
  const whole = useMemo(
    () => (tried === null ? saved : scopePrepared(prepared, tried)),
    [tried, saved, prepared],
  );
  // The long tables, the coverage, the chart and the checks are redrawn once the slider or the
  // typing rests, so a step of the thumb never waits on them.
  const detail = useRested(whole);
  const sizing = whole.sizing;
  return { engagement, trying, sizing, detail, onTry, onTyped };
}
