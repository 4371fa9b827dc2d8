import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import { SUPPORT_LEVEL_INFO, type SupportLevel } from '@shared/domain';
import { monthsBetween } from '@shared/scoping';
import { countOpening } from '@shared/words';
import { truncate } from '../text';
import { tilesLayout } from '../theme';
import { asSentence, essentialsText } from './wording';
import {
  bullets,
  paragraph,
  plural,
  someOf,
  subheading,
  titled,
  type Section,
  type SectionContext,
} from './common';

const SHOWN_LINES = 5;
const SHOWN_PHASES = 4;

/** The support level each phase runs at: its step-down level, else the engagement's. */
export function phaseLevels(
  ctx: SectionContext,
): { phaseId: string; name: string; start: string; end: string; level: SupportLevel }[] {
  const stepDown = new Map(ctx.engagement.supportLevel.stepDown.map((s) => [s.phaseId, s.level]));
  return ctx.phases.map((p) => ({
    phaseId: p.id,
    name: p.name,
    start: p.start,
    end: p.end,
    level: stepDown.get(p.id) ?? ctx.scope.advice.effective,
  }));
}

/** The proposal in three sentences, in the district's words rather than the engine's. */
function inBrief(ctx: SectionContext): string {
  const { sizing, costing } = ctx.scope;
  const { fmt } = ctx;
  const n = sizing.lines.length;
  if (n === 0) return '';
  const funded = sizing.lines.filter((l) => l.status !== 'deferred').length;
  const trimmed = sizing.lines.filter((l) => l.status === 'trimmed').length;
  const deferred = n - funded;
  const out = [
    `Start here: ${funded} of ${plural(n, 'service', 'services')} for ${fmt.money(costing.totalCents)}${sizing.budgetCents > 0 ? ` of the ${fmt.money(sizing.budgetCents)} budget` : ''}.`,
  ];
  if (trimmed > 0)
    out.push(`${countOpening(trimmed)} ${trimmed === 1 ? 'is' : 'are'} funded in part rather than dropped.`);
  if (deferred > 0)
    out.push(`${countOpening(deferred)} ${deferred === 1 ? 'waits' : 'wait'} for later, when funds allow.`);
  const options = ctx.input.facts.options.length;
  if (options > 0)
    out.push(
      `${countOpening(options)} ${options === 1 ? 'way' : 'ways'} to start ${options === 1 ? 'is' : 'are'} set out for the district to choose from.`,
    );
  return out.join(' ');
}

function kpi(ctx: SectionContext, label: string, value: string, note: string): TableCell {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'figureLabel' },
      { text: value, style: 'figureValue', margin: [0, 3, 0, 2] },
      { text: note, style: 'small' },
    ],
    fillColor: ctx.theme.primaryTint,
  };
}

/** Who supports whom, over which dates, at which level, for how much: one sentence. */
function summaryLead(ctx: SectionContext): string {
  const { fmt, period } = ctx;
  const level = SUPPORT_LEVEL_INFO[ctx.scope.advice.effective].label;
  return `${ctx.input.profile.name} will support ${ctx.clientName} over a period of performance from ${fmt.date(period.start)} to ${fmt.date(period.end)}, working at the ${level.toLowerCase()} level of support, for an investment of ${fmt.money(ctx.scope.costing.totalCents)}.`;
}

/** Four tinted tiles: the investment, the window, the support level, how much of the north star is funded. */
function keyFigureTiles(ctx: SectionContext): Content {
  const { engagement, fmt, period } = ctx;
  const { sizing, costing, advice } = ctx.scope;
  const level = SUPPORT_LEVEL_INFO[advice.effective].label;
  const months = monthsBetween(period.start.slice(0, 7), period.end.slice(0, 7)).length;
  const distinctLevels = [...new Set(phaseLevels(ctx).map((l) => l.level))];
  const steps =
    distinctLevels.length > 1
      ? distinctLevels.map((l) => SUPPORT_LEVEL_INFO[l].label.toLowerCase()).join(', then ')
      : '';
  const budgetNote =
    sizing.budgetCents > 0
      ? `of a ${fmt.money(sizing.budgetCents)} budget`
      : costing.discountCents > 0
        ? `after ${fmt.money(costing.discountCents)} discount`
        : 'funded scope';
  const coverage = sizing.coverage.cost.percent;
  const essentials = sizing.coverage.essentials;
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          kpi(ctx, 'Investment', fmt.money(costing.totalCents), budgetNote),
          kpi(
            ctx,
            'Window',
            plural(months, 'month', 'months'),
            `${fmt.monthYear(period.start)} – ${fmt.monthYear(period.end)}${period.end < engagement.timeline.end ? `; the north star runs to ${fmt.monthYear(engagement.timeline.end)}` : ''}`,
          ),
          kpi(
            ctx,
            'Support level',
            level,
            steps !== '' ? `Steps down: ${steps}` : SUPPORT_LEVEL_INFO[advice.effective].consultantRole,
          ),
          kpi(
            ctx,
            'North star funded',
            coverage === null ? '—' : fmt.percent(coverage),
            essentials.lines > 0 ? essentialsText(essentials) : 'by cost',
          ),
        ],
      ],
    },
    layout: tilesLayout({ left: 9, right: 7, top: 8, bottom: 9 }, 6),
    margin: [0, 4, 0, 14],
  };
}

/** The district's first-ranked need with its target, and how many more needs the work serves. */
function theGoal(ctx: SectionContext): Content[] {
  const needs = [...ctx.engagement.needs].sort((a, b) => a.rank - b.rank);
  const goal = needs[0];
  if (!goal) return [];
  const target = goal.evidence.target.trim();
  const goalBlock: Content[] = [
    {
      text: [
        { text: truncate(goal.statement, 200), bold: true },
        ...(target !== '' ? [{ text: ` — target: ${truncate(target, 60)}` }] : []),
      ],
      style: 'body',
    },
  ];
  if (needs.length > 1) {
    goalBlock.push(
      paragraph(
        asSentence(
          `It also serves ${plural(needs.length - 1, 'further priority need', 'further priority needs')}: ${someOf(
            needs.slice(1).map((n) => `“${truncate(n.statement, 160)}”`),
            2,
          )}`,
        ),
        ['body', 'muted'],
      ),
    );
  }
  return titled('The goal', { stack: goalBlock });
}

/** The first funded services, and how many more. */
function whatIsFunded(ctx: SectionContext): Column | null {
  const fundedLines = ctx.scope.costing.lines;
  if (fundedLines.length === 0) return null;
  const shown = fundedLines.slice(0, SHOWN_LINES).map((l): Content => ({
    text: [{ text: truncate(l.name, 160), bold: true }, { text: ` — ${l.quantityText}` }],
  }));
  if (fundedLines.length > SHOWN_LINES) {
    shown.push({
      text: `and ${plural(fundedLines.length - SHOWN_LINES, 'more service', 'more services')} in the funded scope`,
      style: 'muted',
    });
  }
  return { width: '*', stack: [subheading('What is funded'), bullets(shown, ctx)] };
}

/** The first phases, each with its dates and support level, and how many more. */
function phasesColumn(ctx: SectionContext): Column | null {
  const { fmt } = ctx;
  const levels = phaseLevels(ctx);
  if (levels.length === 0) return null;
  const shownPhases = levels.slice(0, SHOWN_PHASES).map((p): Content => ({
    stack: [
      { text: truncate(p.name, 48), bold: true, fontSize: 9 },
      {
        text: `${fmt.monthYear(p.start)} – ${fmt.monthYear(p.end)} · ${SUPPORT_LEVEL_INFO[p.level].label}`,
        style: 'small',
      },
    ],
    margin: [0, 0, 0, 5],
  }));
  if (levels.length > SHOWN_PHASES)
    shownPhases.push({ text: `and ${levels.length - SHOWN_PHASES} more`, style: 'small' });
  return { width: 168, stack: [subheading('Phases'), ...shownPhases] };
}

/** One page a superintendent can read alone: goal, support, money, dates. */
export function summary(ctx: SectionContext): Section {
  const body: Content[] = [paragraph(summaryLead(ctx), 'lead'), keyFigureTiles(ctx)];
  // Everything below is capped in count and length so the summary stays on its one page.
  body.push(...theGoal(ctx));
  const columns = [whatIsFunded(ctx), phasesColumn(ctx)].filter((c): c is Column => c !== null);
  if (columns.length > 0) body.push({ columns, columnGap: 22, unbreakable: true });

  const brief = inBrief(ctx);
  if (brief !== '') body.push(...titled('In brief', paragraph(brief, 'body')));

  return { id: 'summary', title: 'Summary', body, newPage: true };
}
