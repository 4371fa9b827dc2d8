import { useEffect, useMemo, useRef, useState } from 'react';
import { useDebouncedCallback } from '@mantine/hooks';
import { prepareSizing } from '@shared/scoping';
import { useRested } from '../../hooks/useRested';
import { useStableCallback } from '../../hooks/useStableCallback';
import { useReading, useValid, useWorkspace } from '../context';
import { nextSteps, sliderRange } from './budget-slider';
import { TriedScopes } from './tried-scopes';

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
  const scopes = useMemo(() => new TriedScopes(prepared), [prepared]);
  const tried = trying !== null && trying !== saved.sizing.budgetCents ? trying : null;
  const whole = useMemo(() => (tried === null ? saved : scopes.at(tried)), [tried, saved, scopes]);
  const onLand = useSizedAhead(scopes, whole.sizing.northStar.subtotalCents, saved.sizing.budgetCents);
  // The long tables, the coverage, the chart and the checks are redrawn once the slider or the
  // typing rests, so a step of the thumb never waits on them.
  const detail = useRested(whole);
  const sizing = whole.sizing;
  return { trying, sizing, detail, onTry, onTyped, onLand };
}

/**
 * Where the thumb lands (the slider focused, an arrow key, the end of a drag), the budgets one
 * key press either side are sized while the page is idle, the way it last moved first, so the
 * next arrow key draws its figures without sizing in its frame. While a drag is under way
 * nothing is sized ahead: each budget it passes is sized in its own frame.
 */
function useSizedAhead(scopes: TriedScopes, northStarCents: number, savedCents: number) {
  const [landed, setLanded] = useState<number | null>(null);
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (landed === null) return;
    const move = landed - (last.current ?? landed);
    last.current = landed;
    const ahead = nextSteps(landed, sliderRange(northStarCents, landed), move);
    return scopes.sizeWhenIdle(ahead.filter((b) => b !== savedCents));
  }, [landed, scopes, northStarCents, savedCents]);
  return useStableCallback((cents: number) => setLanded(cents));
}
