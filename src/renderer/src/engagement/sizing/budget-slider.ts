/** The what-if slider's scale: where it ends, how far one step goes, and where a key press lands. */
export interface SliderRange {
  max: number;
  step: number;
}

/** A round slider range: a bit past the north star, with steps people can land on. */
export function sliderRange(northStarCents: number, budgetCents: number): SliderRange {
  const top = Math.max(northStarCents * 1.25, budgetCents * 1.25, 1_000_000);
  const magnitude = 10 ** Math.floor(Math.log10(top / 100));
  const step = Math.max(10_000, magnitude);
  return { max: Math.ceil(top / (step * 10)) * step * 10, step };
}

/**
 * The budgets one arrow key away from `shownCents`, the way it last moved first: what a person
 * stepping with the keys tries next.
 */
export function nextSteps(shownCents: number, range: SliderRange, lastMove: number): number[] {
  const at = Math.min(shownCents, range.max);
  const up = Math.min(at + range.step, range.max);
  const down = Math.max(at - range.step, 0);
  const order = lastMove < 0 ? [down, up] : [up, down];
  return [...new Set(order)].filter((b) => b !== at);
}
