import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ServiceCategory } from '@shared/domain';
import {
  bullets,
  dataTable,
  joinAnd,
  monthsDelivered,
  nameWithNote,
  paragraph,
  th,
  titled,
  type Section,
  type SectionContext,
} from './common';

const dash = (text: string) => (text.trim() === '' ? '—' : text);
const LINE_BY_LINE = 40;

/**
 * Fidelity: whether the work is done well, as the implementation drivers' assessment asks
 * (seed 001: effort and fidelity). One plain, checkable statement per kind of service.
 */
const FIDELITY: Record<ServiceCategory, string> = {
  training: 'Walkthroughs show participants using the practice in their own classrooms',
  implementation_support: 'Visit notes show the agreed look-fors in use, campus by campus',
  coaching: 'Each cycle completes every step of the cycle: goal, observation, feedback, follow-up',
  collaboration: 'Each meeting ends with decisions and next steps on record',
  leadership: 'Each leader acts on the agreed next step before the next call',
  on_demand: 'Participants complete each module and apply it in a planned lesson',
  capacity_building: 'In-house facilitators lead sessions to the agreed standard, with feedback',
  data_review: 'Each review ends with actions the team carries out before the next one',
  assessment: 'Findings cover every campus and group in this scope',
  evaluation: 'The report answers the district’s questions with its own data, on time',
};

/**
 * Measures of success in two kinds: implementation (was the work done as planned, and done
 * well) and the district's own outcome goals, each checked on a date inside the period of
 * performance; then the PLAN-DO-CHECK-ACT cycles that do the checking.
 */
export function goals(ctx: SectionContext): Section {
  const body: Content[] = [...implementationMeasures(ctx), ...outcomeGoals(ctx), ...pdcaCycles(ctx)];
  return { id: 'goals', title: 'Measures of success', body };
}

/** "Mar 2026" from "2026-03". */
function monthOf(ctx: SectionContext, m: string): string {
  return ctx.fmt.monthYear(`${m}-01`);
}

/** The month a line's last work falls in, or the period of performance's last month. */
function lastMonth(ctx: SectionContext, lineId: string): string {
  return monthsDelivered(ctx, lineId).at(-1) ?? ctx.period.end.slice(0, 7);
}

/** Effort and fidelity for each funded service, or for each kind of service when the plan is long. */
function implementationMeasures(ctx: SectionContext): Content[] {
  const funded = ctx.scope.costing.lines;
  if (funded.length === 0) return [];
  const rows = funded.length <= LINE_BY_LINE ? measuresByService(ctx) : measuresByKind(ctx);
  return [
    paragraph(
      'Success is measured two ways: whether the work is done as planned and done well (implementation: effort and fidelity), and whether it moves the district’s own results (outcome goals). Every check falls inside the period of performance.',
      'lead',
    ),
    dataTable(ctx, [130, 96, '*', 52], [th('Service'), th('Effort'), th('Fidelity'), th('By')], rows, {
      title: 'Implementation measures',
    }),
  ];
}

function measuresByService(ctx: SectionContext): TableCell[][] {
  const categories = new Map(ctx.engagement.catalog.map((s) => [s.id, s.category]));
  return ctx.scope.costing.lines.map((l) => {
    const category = categories.get(l.serviceId);
    return [
      { text: l.name, bold: true, fontSize: 8.5 },
      { text: `All ${ctx.fmt.count(l.units)} ${l.unitLabel} delivered`, fontSize: 8.5 },
      { text: category ? FIDELITY[category] : '—', fontSize: 8.5 },
      { text: monthOf(ctx, lastMonth(ctx, l.lineId)), fontSize: 8.5, noWrap: true },
    ];
  });
}

function measuresByKind(ctx: SectionContext): TableCell[][] {
  const categories = new Map(ctx.engagement.catalog.map((s) => [s.id, s.category]));
  const byCategory = new Map<ServiceCategory, { services: number; units: number; last: string }>();
  for (const l of ctx.scope.costing.lines) {
    const category = categories.get(l.serviceId);
    if (!category) continue;
    const g = byCategory.get(category) ?? { services: 0, units: 0, last: '' };
    g.services += 1;
    g.units += l.units;
    const last = lastMonth(ctx, l.lineId);
    if (last > g.last) g.last = last;
    byCategory.set(category, g);
  }
  return [...byCategory.entries()].map(([category, g]) => [
    { text: `${g.services} services`, bold: true, fontSize: 8.5 },
    { text: `All ${ctx.fmt.count(g.units)} units delivered as scheduled`, fontSize: 8.5 },
    { text: FIDELITY[category], fontSize: 8.5 },
    { text: monthOf(ctx, g.last), fontSize: 8.5, noWrap: true },
  ]);
}

/** The months the plan checks progress in, in words: the check months, or the window's last month. */
function checkMonths(ctx: SectionContext): string {
  const month = (m: string) => monthOf(ctx, m);
  const windowEnd = ctx.period.end.slice(0, 7);
  const months = ctx.scope.schedule.months
    .filter((m) => m.entries.some((e) => e.stage === 'check'))
    .map((m) => m.month);
  if (months.length === 0) return month(windowEnd);
  if (months.length <= 4) return joinAnd(months.map(month));
  return `${months.slice(0, 3).map(month).join(', ')} and ${months.length - 3} more times up to ${month(months.at(-1) ?? windowEnd)}`;
}

/** The district's needs that have a measure, baseline or target, as the district measures them. */
function outcomeGoals(ctx: SectionContext): Content[] {
  const needs = [...ctx.engagement.needs].sort((a, b) => a.rank - b.rank);
  const measured = needs.filter((n) =>
    [n.evidence.measure, n.evidence.baseline, n.evidence.target].some((s) => s.trim() !== ''),
  );
  if (measured.length === 0) return [];
  const rows: TableCell[][] = measured.map((n) => [
    nameWithNote(n.statement, n.evidence.source.trim() !== '' ? `Source: ${n.evidence.source}` : '', true),
    { text: dash(n.evidence.measure), fontSize: 8.5 },
    { text: dash(n.evidence.baseline), alignment: 'center', fontSize: 8.5 },
    {
      text: dash(n.evidence.target),
      alignment: 'center',
      bold: true,
      color: ctx.theme.primaryText,
      fontSize: 8.5,
    },
  ]);
  return titled(
    'Outcome goals',
    paragraph(
      `The district’s own goals, measured as it measures them. Targets may run past this engagement; this scope checks progress toward them in ${checkMonths(ctx)}.`,
      ['body', 'muted'],
    ),
    dataTable(
      ctx,
      ['*', 120, 64, 82],
      [th('Goal'), th('Measure'), th('Baseline', 'center'), th('Target', 'center')],
      rows,
    ),
  );
}

/** The PLAN-DO-CHECK-ACT cycles that do the checking, one sentence each. */
function pdcaCycles(ctx: SectionContext): Content[] {
  const cycles = ctx.scope.schedule.cycles;
  if (cycles.length === 0) return [];
  return titled(
    'How progress is checked: PLAN-DO-CHECK-ACT',
    paragraph(
      'The work runs in cycles. Each cycle plans, delivers, checks the results against these measures, and acts on what the check shows before the next cycle begins.',
      'body',
    ),
    bullets(
      cycles.map((c) => c.sentence),
      ctx,
    ),
  );
}
