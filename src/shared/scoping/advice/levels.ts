import {
  SUPPORT_LEVEL_INFO,
  lineName,
  type ExpertiseLevel,
  type PlanLine,
  type SupportLevel,
} from '../../domain';
import { joinAnd } from '../../words';
import type { AdviceInput, SupportLevelAdvice } from './types';

/**
 * Levels beyond the engagement's own: a step down over the phases as the district takes the
 * work over, and lines set apart while the content is new to staff.
 */

/** The levels from the most consultant-led to the most district-led. */
const ORDER: readonly SupportLevel[] = ['facilitate', 'collaborate', 'coach'];

/** Calendar months from `start` to `end`, both counted. */
function monthsSpanned(start: string, end: string): number {
  return (
    (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    Number(end.slice(5, 7)) -
    Number(start.slice(5, 7)) +
    1
  );
}

/** Categories of lines that hand the work over to the district. */
const CAPACITY_BUILDING = new Set(['capacity_building', 'collaboration']);

export function suggestStepDown(
  engagement: AdviceInput,
  level: SupportLevel,
  coachWaitsFor: readonly string[],
): { suggestedStepDown: SupportLevelAdvice['suggestedStepDown']; stepDownNote: string } {
  const phases = [...engagement.timeline.phases].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  if (level === 'coach') {
    return {
      suggestedStepDown: [],
      stepDownNote: 'The district already leads the work; there is no further level to step down to.',
    };
  }
  if (phases.length < 2) {
    const months = monthsSpanned(engagement.timeline.start, engagement.timeline.end);
    return {
      suggestedStepDown: [],
      stepDownNote:
        months >= 9
          ? `The engagement runs ${months} months: split it into phases so the support can step down from ${SUPPORT_LEVEL_INFO[level].label.toLowerCase()} and the district keeps the capacity after the contract ends.`
          : 'The engagement is short and has one phase, so the level stays the same throughout.',
    };
  }
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const buildsCapacity = engagement.lines.some((l) =>
    CAPACITY_BUILDING.has(categories.get(l.serviceId) ?? ''),
  );
  if (!buildsCapacity) {
    return {
      suggestedStepDown: [],
      stepDownNote:
        'Nothing in the plan builds the district’s own capacity yet (facilitator development or co-planning), so the level stays the same: add such a line before stepping the support down.',
    };
  }
  const start = ORDER.indexOf(level);
  const top = coachWaitsFor.length === 0 ? ORDER.length - 1 : ORDER.indexOf('collaborate');
  const natural = phases.map((_, i) => start + Math.floor((i * (ORDER.length - start)) / phases.length));
  const suggestedStepDown = phases.map((p, i) => ({
    phaseId: p.id,
    phaseName: p.name,
    level: ORDER[Math.max(start, Math.min(top, natural[i] ?? start))] ?? level,
  }));
  const held = natural.some((n) => n > top);
  // A step-down names two different levels or none.
  if (suggestedStepDown.every((s) => s.level === level)) {
    return {
      suggestedStepDown: [],
      stepDownNote: `The level stays at ${level} in every phase${held ? `: the step to coach waits until ${joinAnd(coachWaitsFor)}` : ''}.`,
    };
  }
  return {
    suggestedStepDown,
    stepDownNote: `Stepping down over the phases (${suggestedStepDown.map((s) => `${s.phaseName}: ${s.level}`).join(', ')}) builds in-district capacity that lasts after the contract.${held ? ` The step to coach waits until ${joinAnd(coachWaitsFor)}.` : ''}`,
  };
}

/**
 * Lines the advice sets apart from the engagement's level while the content is new to staff: a
 * capacity-building line teaches the content, so the consultant leads it; a training line that
 * depends on one is led by the people it prepared, one level lighter than its own.
 */
export function adviseLineLevels(
  engagement: AdviceInput,
  content: ExpertiseLevel,
  effective: SupportLevel,
): SupportLevelAdvice['lineLevels'] {
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const byPhase = new Map(engagement.supportLevel.stepDown.map((s) => [s.phaseId, s.level]));
  const base = (line: PlanLine) =>
    line.phaseId !== null ? (byPhase.get(line.phaseId) ?? effective) : effective;
  const builders = new Map(
    engagement.lines.filter((l) => categories.get(l.serviceId) === 'capacity_building').map((l) => [l.id, l]),
  );
  const out: SupportLevelAdvice['lineLevels'] = [];
  for (const line of engagement.lines) {
    if (line.level !== null) continue;
    const name = lineName(line, engagement.catalog);
    const own = base(line);
    if (builders.has(line.id) && content === 'new' && own !== 'facilitate') {
      out.push({
        lineId: line.id,
        level: 'facilitate',
        reason: `“${name}” teaches content that is new to staff, so the consultant leads it.`,
      });
      continue;
    }
    const builder = line.dependsOn.map((d) => builders.get(d)).find((b) => b !== undefined);
    if (builder && content === 'new' && categories.get(line.serviceId) === 'training' && own !== 'coach') {
      const level = ORDER[ORDER.indexOf(own) + 1] ?? own;
      out.push({
        lineId: line.id,
        level,
        reason: `“${name}” is led by the staff “${lineName(builder, engagement.catalog)}” prepares, with the consultant ${level === 'coach' ? 'co-planning' : 'planning and leading alongside them'}.`,
      });
    }
  }
  return out;
}
