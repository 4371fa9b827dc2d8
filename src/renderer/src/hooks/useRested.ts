import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms`: for what is costly to draw (a chart, a long
 * table) and only worth drawing once typing or dragging rests.
 */
export function useRested<T>(value: T, ms = 250): T {
  const [rested, setRested] = useState(value);
  useEffect(() => {
    if (Object.is(value, rested)) return;
    const timer = setTimeout(() => setRested(() => value), ms);
    return () => clearTimeout(timer);
  }, [value, rested, ms]);
  return rested;
}
