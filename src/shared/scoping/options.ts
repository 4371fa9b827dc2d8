import type { Engagement, SizingOption } from '../domain';
import { scopeEngagement, type Scope } from './scope';

/**
 * Ways to start: the same engagement sized at another budget, or over a shorter window, so a
 * district can choose between them side by side. Each is the engine's own sizing of a copy of
 * the engagement; the engagement itself is never changed.
 */

export interface SizedOption {
  option: SizingOption;
  /** The end of the period of performance this option runs to. */
  end: string;
  /** True when this is what the rest of the scope of work details (same budget and end date). */
  detailed: boolean;
  scope: Scope;
}

/** The engagement as the option sizes it: its budget, and the window cut at its end date. */
function engagementForOption(engagement: Engagement, option: SizingOption): Engagement {
  const end =
    option.end !== null && option.end < engagement.timeline.end && option.end >= engagement.timeline.start
      ? option.end
      : engagement.timeline.end;
  const dropped = new Set(engagement.timeline.phases.filter((p) => p.start > end).map((p) => p.id));
  const lines = engagement.lines.map((l) => {
    // Work in a phase that starts after the option ends cannot happen in it.
    if (l.phaseId !== null && dropped.has(l.phaseId))
      return { ...l, phaseId: null, pin: 'deferred' as const };
    return l;
  });
  const deferred = new Set(lines.filter((l) => l.pin === 'deferred').map((l) => l.id));
  return {
    ...engagement,
    lines: lines.map((l) =>
      l.pin === 'funded' && l.dependsOn.some((d) => deferred.has(d)) ? { ...l, pin: 'none' as const } : l,
    ),
    budget: { ...engagement.budget, amountCents: option.budgetCents },
    timeline: {
      ...engagement.timeline,
      end,
      phases: engagement.timeline.phases
        .filter((p) => !dropped.has(p.id))
        .map((p) => (p.end > end ? { ...p, end } : p)),
    },
    supportLevel: {
      ...engagement.supportLevel,
      stepDown: engagement.supportLevel.stepDown.filter((s) => !dropped.has(s.phaseId)),
    },
  };
}

export function sizeOptions(engagement: Engagement): SizedOption[] {
  return engagement.scopeOfWork.options.map((option) => {
    const sized = engagementForOption(engagement, option);
    return {
      option,
      end: sized.timeline.end,
      detailed:
        option.budgetCents === engagement.budget.amountCents &&
        sized.timeline.end === engagement.timeline.end,
      scope: scopeEngagement(sized),
    };
  });
}
