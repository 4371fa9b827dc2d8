import type { CatalogService, Engagement, PlanLine } from '../domain';
import { pluralOf } from '../words';
import { periodsIn, type DistrictCalendar } from './calendar';

/** How much of a line: its units per group across a window, and the words for a quantity. */

export function groupUnit(line: PlanLine, service: CatalogService): { singular: string; plural: string } {
  return line.groupLabel ?? service.group;
}

/** "3 session days × 2 cohorts". */
export function quantityText(line: PlanLine, service: CatalogService, groups: number, count: number): string {
  return `${pluralOf(count, service.unit)} × ${pluralOf(groups, groupUnit(line, service))}`;
}

/**
 * Units per group a line asks for across `window`: its count, or, when the count is said per
 * period ("4 a year"), the count times the periods the window holds.
 */
export function countIn(
  line: PlanLine,
  calendar: DistrictCalendar,
  window: { start: string; end: string },
  count = line.quantity.count,
): number {
  if (line.quantity.per === 'engagement') return count;
  return count * periodsIn(calendar, window.start, window.end, line.quantity.per);
}

/** The window a line runs in: its phase, or the whole engagement. */
export function lineWindow(engagement: Engagement, line: PlanLine): { start: string; end: string } {
  return engagement.timeline.phases.find((p) => p.id === line.phaseId) ?? engagement.timeline;
}
