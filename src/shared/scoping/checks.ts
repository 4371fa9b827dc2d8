import { lineName, type Engagement, type PlanLine, type ServiceCategory } from '../domain';
import { formatMoney } from '../money';
import { adviseSupportLevel, levelResolver, type SupportLevelAdvice } from './advice';
import type { Schedule } from './schedule';
import type { Sizing } from './sizing';

/**
 * Reads the plan against the field's principles and says, in words, what is missing and how
 * to fix it. Each principle is checked on the north star first; when the north star is sound
 * but the funded phase is not (the coaching was deferred, say), the warning names the funded
 * phase, because that is what the district will actually receive.
 */

export type PlanCheckCode =
  | 'training_without_follow_up'
  | 'no_data_review'
  | 'one_off_sessions'
  | 'no_collaboration_time'
  | 'no_priority_needs'
  | 'lines_not_tied'
  | 'nothing_builds_on_inventory'
  | 'facilitate_throughout'
  | 'override_without_reason'
  | 'funding_ends_early'
  | 'pins_over_budget'
  | 'pd_days_not_recorded'
  | 'unplaced_units';

export interface PlanCheck {
  code: PlanCheckCode;
  severity: 'warning' | 'notice';
  /** Which plan the finding is about. */
  scope: 'north_star' | 'funded' | 'engagement';
  message: string;
  fix: string;
  lineIds: string[];
}

interface View {
  lines: PlanLine[];
  category: (line: PlanLine) => ServiceCategory | undefined;
  name: (line: PlanLine) => string;
}

const FOLLOW_UP: readonly ServiceCategory[] = ['coaching', 'implementation_support'];

function quoteList(names: readonly string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  if (quoted.length <= 1) return quoted[0] ?? '';
  if (quoted.length > 4) return `${quoted.slice(0, 3).join(', ')} and ${quoted.length - 3} more`;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

type Principle = (view: View, engagement: Engagement) => Omit<PlanCheck, 'scope' | 'severity'> | null;

const principles: Principle[] = [
  (v) => {
    const training = v.lines.filter((l) => v.category(l) === 'training' || v.category(l) === 'on_demand');
    if (training.length === 0) return null;
    if (v.lines.some((l) => FOLLOW_UP.includes(v.category(l) ?? 'training'))) return null;
    return {
      code: 'training_without_follow_up',
      message: `Training with no follow-up: ${quoteList(training.map(v.name))} ${training.length === 1 ? 'teaches' : 'teach'} new practice, but nothing coaches it or supports it in the classroom.`,
      fix: 'Add implementation support visits or one-on-one coaching cycles that depend on the training, so people practise with feedback in their own setting.',
      lineIds: training.map((l) => l.id),
    };
  },
  (v) => {
    if (v.lines.length === 0) return null;
    const reviews = v.lines.some((l) => {
      const c = v.category(l);
      return c === 'data_review' || c === 'evaluation' || l.pdcaStage === 'check';
    });
    if (reviews) return null;
    return {
      code: 'no_data_review',
      message: 'No PDCA check-in or data review: nothing in the plan looks at results and adjusts the work.',
      fix: 'Add PDCA check-ins and data reviews, one per cycle, so the team reviews implementation and results and decides what to change.',
      lineIds: [],
    };
  },
  (v) => {
    const dependedOn = new Set(v.lines.flatMap((l) => l.dependsOn));
    const flagged = v.lines.filter(
      (l) => v.category(l) === 'training' && l.quantity.count === 1 && !dependedOn.has(l.id),
    );
    if (flagged.length === 0) return null;
    return {
      code: 'one_off_sessions',
      message: `One-off sessions with no continuity: ${quoteList(flagged.map(v.name))} ${flagged.length === 1 ? 'is a single session' : 'are single sessions'} that nothing builds on.`,
      fix: 'Make each a series, or link a follow-up line (coaching, implementation support, a virtual session) that depends on it.',
      lineIds: flagged.map((l) => l.id),
    };
  },
  (v) => {
    if (v.lines.length === 0 || v.lines.some((l) => v.category(l) === 'collaboration')) return null;
    return {
      code: 'no_collaboration_time',
      message:
        'No collaboration time: teachers and leaders have no planned time to plan together and give each other feedback.',
      fix: 'Add collaborative planning meetings through each plan-do-check-act cycle.',
      lineIds: [],
    };
  },
  (v, e) => {
    const untied = v.lines.filter((l) => l.needIds.length === 0 && l.buildsOn.length === 0);
    if (untied.length === 0 || e.needs.length === 0) return null;
    return {
      code: 'lines_not_tied',
      message: `${untied.length === 1 ? 'A line is' : `${untied.length} lines are`} tied to no priority need and no inventory item: ${quoteList(untied.map(v.name))}.`,
      fix: 'Link each line to the need it serves or the existing work it builds on, or ask whether it belongs in the plan.',
      lineIds: untied.map((l) => l.id),
    };
  },
];

export interface CheckOptions {
  sizing?: Sizing;
  schedule?: Schedule;
  advice?: SupportLevelAdvice;
}

export function checkPlan(engagement: Engagement, options: CheckOptions = {}): PlanCheck[] {
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const make = (lines: PlanLine[]): View => ({
    lines,
    category: (l) => categories.get(l.serviceId),
    name: (l) => lineName(l, engagement.catalog),
  });
  const northStar = make(engagement.lines);
  const fundedIds = options.sizing ? new Set(Object.keys(options.sizing.fundedGroups)) : null;
  const funded = fundedIds ? make(engagement.lines.filter((l) => fundedIds.has(l.id))) : null;
  const out: PlanCheck[] = [];

  for (const principle of principles) {
    const onNorthStar = principle(northStar, engagement);
    if (onNorthStar) {
      out.push({ ...onNorthStar, severity: 'warning', scope: 'north_star' });
      continue;
    }
    const onFunded = funded && funded.lines.length > 0 ? principle(funded, engagement) : null;
    if (onFunded) {
      out.push({
        ...onFunded,
        severity: 'warning',
        scope: 'funded',
        message: `In the funded phase: ${lowerFirst(onFunded.message)}`,
        fix: `${onFunded.fix} If the north star already has it, keep at least part of it funded (pin it, or trim other lines) rather than deferring it.`,
      });
    }
  }

  if (engagement.needs.length === 0) {
    out.push({
      code: 'no_priority_needs',
      severity: 'warning',
      scope: 'engagement',
      message:
        'No priority needs are recorded, so nothing ties the plan to what current results show learners need most.',
      fix: 'Record the highest-priority student and educator needs with their evidence (source, measure, baseline, target) and link the lines to them.',
      lineIds: [],
    });
  }

  if (
    engagement.inventory.length > 0 &&
    engagement.lines.length > 0 &&
    !engagement.lines.some((l) => l.buildsOn.length > 0)
  ) {
    out.push({
      code: 'nothing_builds_on_inventory',
      severity: 'warning',
      scope: 'north_star',
      message: 'The plan builds on nothing the district already has working or showing promise.',
      fix: 'Start where the district is: link lines to the inventory items they extend (a PLC structure, a coaching model, PD days).',
      lineIds: [],
    });
  }

  const advice = options.advice ?? adviseSupportLevel(engagement);
  const levelOf = levelResolver(engagement, advice.recommended);
  if (
    engagement.lines.length > 0 &&
    engagement.lines.every((l) => levelOf(l) === 'facilitate') &&
    !engagement.lines.some((l) => categories.get(l.serviceId) === 'capacity_building')
  ) {
    out.push({
      code: 'facilitate_throughout',
      severity: 'warning',
      scope: 'north_star',
      message:
        'The consultant facilitates throughout and nothing builds the district’s own capacity to carry the work on.',
      fix: 'Step the support level down to collaborate in a later phase, or add facilitator development (train the trainer), so the work lasts after the contract.',
      lineIds: [],
    });
  }

  if (advice.overridden && engagement.supportLevel.overrideReason.trim() === '') {
    out.push({
      code: 'override_without_reason',
      severity: 'notice',
      scope: 'engagement',
      message: `The support level is set to ${advice.effective} although the advice is ${advice.recommended}, and no reason is recorded.`,
      fix: 'Write down why, so the scope of work can explain the choice to the district.',
      lineIds: [],
    });
  }

  for (const source of engagement.budget.fundingSources) {
    if (source.endDate !== null && source.endDate < engagement.timeline.end) {
      out.push({
        code: 'funding_ends_early',
        severity: 'warning',
        scope: 'engagement',
        message: `“${source.name}” must be spent by ${source.endDate}, before the engagement ends on ${engagement.timeline.end}.`,
        fix: 'Schedule the lines it pays for before that date, or pay for the later work from another source.',
        lineIds: [],
      });
    }
  }

  if (options.sizing && options.sizing.overBudgetCents > 0) {
    const pinned = engagement.lines.filter((l) => l.pin === 'funded');
    out.push({
      code: 'pins_over_budget',
      severity: 'warning',
      scope: 'funded',
      message: `Lines kept funded by hand cost ${formatMoney(options.sizing.overBudgetCents, options.sizing.currency)} more than the budget.`,
      fix: 'Unpin a line, reduce its quantity, or raise the budget.',
      lineIds: pinned.map((l) => l.id),
    });
  }

  const faceToFace = engagement.lines.filter((l) => {
    const s = engagement.catalog.find((c) => c.id === l.serviceId);
    return s?.calendar === 'pd_day' && l.deliveryMode === 'in_person';
  });
  if (faceToFace.length > 0 && engagement.timeline.pdDays.length === 0) {
    out.push({
      code: 'pd_days_not_recorded',
      severity: 'notice',
      scope: 'engagement',
      message:
        'No district PD days are recorded, so face-to-face sessions are placed on ordinary visit days.',
      fix: 'Record the district’s PD days so sessions land on days teachers are free.',
      lineIds: faceToFace.map((l) => l.id),
    });
  }

  if (options.schedule && options.schedule.unplaced.length > 0) {
    const u = options.schedule.unplaced;
    out.push({
      code: 'unplaced_units',
      severity: 'warning',
      scope: 'funded',
      message: `Some funded work does not fit the calendar: ${u.map((x) => `“${x.name}” (${x.reason.replace(/\.$/, '')})`).join('; ')}.`,
      fix: 'Add PD days, allow more visit days a month, shorten blackouts or lengthen the window.',
      lineIds: u.map((x) => x.lineId),
    });
  }

  return out;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
