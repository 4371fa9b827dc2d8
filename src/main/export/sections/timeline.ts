import type { CanvasElement, Column, Content, TableCell, TableLayout } from 'pdfmake/interfaces';
import { PDCA_LABELS, type PdcaStage } from '@shared/domain';
import type { ScheduledLine, ScheduleEntry, ScheduleMonth } from '@shared/scoping';
import { CONTENT_WIDTH, tint, type Theme } from '../theme';
import {
  bullets,
  dataTable,
  paragraph,
  plural,
  th,
  titled,
  type Section,
  type SectionContext,
} from './common';

const NAME_WIDTH = 150;
const BAR_HEIGHT = 8;
const ROW_HEIGHT = 12;
const GANTT_WHOLE_HEIGHT = 440;

export function stageColour(theme: Theme, stage: PdcaStage): string {
  switch (stage) {
    case 'plan':
      return tint(theme.primary, 0.45);
    case 'do':
      return theme.primary;
    case 'check':
      return theme.accent;
    case 'act':
      return tint(theme.accent, 0.45);
  }
}

/** A month the district's calendar mostly blocks (winter break, testing). */
function mostlyBlocked(m: ScheduleMonth): boolean {
  return m.blackoutDays > 0 && m.blackoutDays >= m.workdays;
}

function monthName(m: ScheduleMonth, narrow: boolean): string {
  const short = m.label.split(' ')[0] ?? m.label;
  return narrow ? short.charAt(0) : short;
}

/** Columns where a new PDCA cycle starts get an accent rule on their left edge. */
function cycleStarts(months: readonly ScheduleMonth[]): Set<number> {
  const starts = new Set<number>();
  months.forEach((m, i) => {
    if (m.cycle !== null && m.cycle !== months[i - 1]?.cycle) starts.add(i);
  });
  return starts;
}

function ganttLayout(theme: Theme, months: readonly ScheduleMonth[], headerRows: number): TableLayout {
  const starts = cycleStarts(months);
  const faint = tint(theme.primary, 0.86);
  return {
    hLineWidth: (i, node) => (i === headerRows ? 0.8 : i === 0 || i === node.table.body.length ? 0 : 0.25),
    hLineColor: (i) => (i === headerRows ? theme.rule : faint),
    vLineWidth: (i) =>
      i === 0 || i === months.length + 1 ? 0 : starts.has(i - 1) ? 1.2 : i === 1 ? 0.6 : 0.25,
    vLineColor: (i) => (starts.has(i - 1) ? theme.accent : faint),
    fillColor: (row, _node, column) => {
      if (row >= headerRows || column === 0) return null;
      const m = months[column - 1];
      return m && mostlyBlocked(m) ? '#e6e8eb' : null;
    },
    paddingLeft: (i) => (i === 0 ? 0 : 0),
    paddingRight: (i) => (i === 0 ? 6 : 0),
    paddingTop: () => 2.5,
    paddingBottom: () => 2.5,
  };
}

/** The chart's months and how wide each month's column is: narrow ones print initials only. */
interface Grid {
  months: readonly ScheduleMonth[];
  monthWidth: number;
  narrow: boolean;
}

/** The first header row: each calendar year over its months. */
function yearRow(months: readonly ScheduleMonth[]): TableCell[] {
  const years: TableCell[] = [{ text: '' }];
  let i = 0;
  while (i < months.length) {
    const year = months[i]?.month.slice(0, 4) ?? '';
    let span = 1;
    while (months[i + span]?.month.slice(0, 4) === year) span++;
    years.push({ text: year, colSpan: span, style: 'cellNote', bold: true, alignment: 'center' });
    for (let k = 1; k < span; k++) years.push({});
    i += span;
  }
  return years;
}

/** The second header row: the months' names. */
function monthRow(theme: Theme, { months, narrow }: Grid): TableCell[] {
  return [
    { text: 'Service', style: 'cellNote', bold: true, margin: [4, 0, 0, 0] },
    ...months.map((m): TableCell => ({
      text: monthName(m, narrow),
      fontSize: narrow ? 6 : 7,
      alignment: 'center',
      color: theme.ink,
    })),
  ];
}

function stageLetter(theme: Theme, stage: PdcaStage) {
  return {
    text: PDCA_LABELS[stage].charAt(0),
    color: stage === 'check' || stage === 'act' ? theme.accentText : theme.primaryText,
  };
}

/**
 * The initials of the PDCA stages a month holds. In a narrow month the four letters do not fit
 * on one line: plan and do above, check and act below, so each keeps its place.
 */
function stageCell(theme: Theme, m: ScheduleMonth, narrow: boolean): TableCell {
  const letter = (stage: PdcaStage) => stageLetter(theme, stage);
  if (!narrow) {
    return {
      text: m.cycleStages.flatMap((stage, k) => (k > 0 ? [{ text: ' ' }, letter(stage)] : [letter(stage)])),
      fontSize: 6.5,
      bold: true,
      alignment: 'center',
    };
  }
  const upper = m.cycleStages.filter((stage) => stage === 'plan' || stage === 'do');
  const lower = m.cycleStages.filter((stage) => stage === 'check' || stage === 'act');
  return {
    stack: [
      { text: upper.length > 0 ? upper.map(letter) : ' ', alignment: 'center' },
      { text: lower.length > 0 ? lower.map(letter) : ' ', alignment: 'center' },
    ],
    fontSize: 5.5,
    bold: true,
    lineHeight: 1,
  };
}

/** The third header row: each month's PDCA stages. */
function stageRow(theme: Theme, { months, narrow }: Grid): TableCell[] {
  return [
    { text: 'PDCA stage', style: 'cellNote', margin: [4, 0, 0, 0] },
    ...months.map((m) => stageCell(theme, m, narrow)),
  ];
}

/** What each line delivers, by the index of its month. */
function entriesByLine(months: readonly ScheduleMonth[]): Map<string, Map<number, ScheduleEntry>> {
  const byLine = new Map<string, Map<number, ScheduleEntry>>();
  months.forEach((m, i) => {
    for (const e of m.entries) {
      let row = byLine.get(e.lineId);
      if (!row) {
        row = new Map();
        byLine.set(e.lineId, row);
      }
      row.set(i, e);
    }
  });
  return byLine;
}

/**
 * A line's row: its name, then a faint track from its first to its last month with a bar in
 * each month it is delivered. One small canvas per month cell rather than one spanning the
 * row, so bars stay aligned with the month columns whatever width the rules between them take.
 */
function barRow(
  theme: Theme,
  { months, monthWidth }: Grid,
  line: ScheduledLine,
  monthIndex: ReadonlyMap<string, number>,
  entries: ReadonlyMap<number, ScheduleEntry> | undefined,
): TableCell[] {
  const first = monthIndex.get(line.firstMonth ?? '') ?? 0;
  const last = monthIndex.get(line.lastMonth ?? '') ?? first;
  const cells = months.map((_m, k): TableCell => {
    if (k < first || k > last) return { text: '' };
    const canvas: CanvasElement[] = [
      {
        type: 'rect',
        x: k === first ? 1 : 0,
        y: (ROW_HEIGHT - 3) / 2,
        w: monthWidth - (k === first ? 1 : 0) - (k === last ? 1 : 0),
        h: 3,
        color: tint(theme.primary, 0.85),
      },
    ];
    const entry = entries?.get(k);
    if (entry) {
      canvas.push({
        type: 'rect',
        x: 1.5,
        y: (ROW_HEIGHT - BAR_HEIGHT) / 2,
        w: Math.max(1, monthWidth - 3),
        h: BAR_HEIGHT,
        r: 1.5,
        color: stageColour(theme, entry.stage),
      });
    }
    return { canvas };
  });
  return [{ text: line.name, fontSize: 7.5, margin: [4, 0, 0, 0] }, ...cells];
}

/** The chart's height with its legend, estimated from the names' lengths. */
function chartHeight(lines: readonly ScheduledLine[]): number {
  return (
    60 +
    lines.reduce(
      (sum, l) => sum + Math.max(ROW_HEIGHT, Math.ceil(Array.from(l.name).length / 28) * 9.5) + 5.5,
      0,
    )
  );
}

/**
 * The funded lines month by month as vector bars: a faint track from a line's first to its last
 * month, a block in each month it is delivered, coloured by its PDCA stage. Month columns the
 * calendar mostly blocks are shaded; each cycle's first month carries an accent rule.
 */
function gantt(ctx: SectionContext): { chart: Content; whole: boolean } | null {
  const { schedule } = ctx.scope;
  const { theme } = ctx;
  const months = schedule.months;
  if (months.length === 0) return null;
  const lines = schedule.lines.filter((l) => l.firstMonth !== null);
  if (lines.length === 0) return null;

  // Rules between month columns take width too; leave room for the widest so the table fits.
  const monthWidth = (CONTENT_WIDTH - NAME_WIDTH - months.length * 1.2) / months.length;
  const grid: Grid = { months, monthWidth, narrow: monthWidth < 17 };
  const monthIndex = new Map(months.map((m, i) => [m.month, i]));
  const byLine = entriesByLine(months);
  const rows = lines.map((line) => barRow(theme, grid, line, monthIndex, byLine.get(line.lineId)));

  const table: Content = {
    table: {
      headerRows: 3,
      dontBreakRows: true,
      keepWithHeaderRows: 1,
      widths: [NAME_WIDTH - 6, ...months.map(() => monthWidth)],
      body: [yearRow(months), monthRow(theme, grid), stageRow(theme, grid), ...rows],
    },
    layout: ganttLayout(theme, months, 3),
    margin: [0, 4, 0, 6],
  };
  // A chart that fits on a page reads best whole, with the legend under it. The height is an
  // estimate: pdfmake drops what overflows an unbreakable block.
  const whole = chartHeight(lines) <= GANTT_WHOLE_HEIGHT;
  return {
    chart: whole ? { stack: [table, legend(ctx)], unbreakable: true } : { stack: [table, legend(ctx)] },
    whole,
  };
}

function legend(ctx: SectionContext): Content {
  const swatch = (colour: string): Column => ({
    canvas: [{ type: 'rect', x: 0, y: 1.5, w: 12, h: 7, r: 1.5, color: colour }],
    width: 16,
  });
  const label = (text: string): Column => ({ text, style: 'small', width: 'auto' });
  const gap: Column = { text: '', width: 12 };
  return {
    columns: [
      ...(['plan', 'do', 'check', 'act'] as const).flatMap((s) => [
        swatch(stageColour(ctx.theme, s)),
        label(PDCA_LABELS[s]),
        gap,
      ]),
      swatch('#e6e8eb'),
      label('Mostly blocked (breaks, testing)'),
      gap,
      {
        canvas: [{ type: 'line', x1: 2, y1: 0, x2: 2, y2: 10, lineWidth: 1.2, lineColor: ctx.theme.accent }],
        width: 8,
      },
      label('New PDCA cycle'),
    ],
    columnGap: 0,
    margin: [0, 0, 0, 12],
  };
}

function describeMonth(m: ScheduleMonth): string {
  if (m.entries.length === 0) return '';
  const parts = m.entries.map((e) => `${e.name} (${e.units} ${e.unitLabel})`);
  const shown = parts.length > 4 ? [...parts.slice(0, 3), `${parts.length - 3} more services`] : parts;
  return shown.join('; ');
}

/** The month-by-month table: each month's PDCA stages, what it holds, and its calendar. */
function monthByMonth(ctx: SectionContext): Content[] {
  const { fmt } = ctx;
  const rows: TableCell[][] = ctx.scope.schedule.months
    .filter((m) => m.entries.length > 0 || m.cycleStages.length > 0 || m.blackoutDays > 0)
    .map((m) => {
      const notes: string[] = [];
      const pdDays = [...new Set(m.entries.flatMap((e) => e.pdDays))].sort();
      if (pdDays.length > 0)
        notes.push(`PD ${pdDays.length === 1 ? 'day' : 'days'} ${pdDays.map((d) => fmt.date(d)).join(', ')}`);
      if (m.visitDaysUsed > 0)
        notes.push(`${plural(m.visitDaysUsed, 'visit day', 'visit days')} of ${m.visitCapacity}`);
      if (m.blackoutDays > 0) notes.push(`${plural(m.blackoutDays, 'school day', 'school days')} blocked`);
      return [
        { text: m.label, bold: true, noWrap: true },
        {
          text:
            m.cycleStages.map((s) => PDCA_LABELS[s]).join(', ') +
            (m.cycle !== null ? `\ncycle ${m.cycle}` : ''),
          fontSize: 8,
        },
        { text: describeMonth(m) || '—', fontSize: 8.5 },
        { text: notes.join('\n'), style: 'cellNote' },
      ];
    });
  if (rows.length === 0) return [];
  return [
    dataTable(ctx, [52, 62, '*', 100], [th('Month'), th('PDCA'), th('What happens'), th('Calendar')], rows, {
      title: 'Month by month',
    }),
  ];
}

/** Month by month: the bars, then what each month holds in words. */
export function timeline(ctx: SectionContext): Section {
  const { schedule } = ctx.scope;
  const { engagement, fmt } = ctx;
  const body: Content[] = [];
  const chart = gantt(ctx);
  if (!chart) return { id: 'timeline', title: 'Timeline', body };

  const lead = paragraph(
    `The funded scope runs from ${fmt.date(ctx.period.start)} to ${fmt.date(ctx.period.end)}. Face-to-face sessions fall on the district's PD days, visits stay within ${plural(engagement.timeline.visitDaysPerMonth, 'consultant visit day', 'consultant visit days')} a month, and the work moves through PLAN-DO-CHECK-ACT cycles.`,
    'lead',
  );
  // A chart known to fit on a page travels with the heading and its introduction.
  if (chart.whole) body.push({ stack: [lead, chart.chart] });
  else body.push(lead, chart.chart);

  body.push(...monthByMonth(ctx));

  // Only the closures inside the period of performance concern the work it schedules.
  const blackouts = engagement.timeline.blackouts.filter(
    (b) => b.start <= ctx.period.end && b.end >= ctx.period.start,
  );
  if (blackouts.length > 0) {
    const text = `No sessions are scheduled during ${blackouts
      .map((b) => `${b.label} (${fmt.date(b.start)} – ${fmt.date(b.end)})`)
      .join('; ')}.`;
    // A short note stays whole rather than leave a line alone at the top of a page.
    body.push({ text, style: ['body', 'muted'], unbreakable: text.length <= 900 });
  }
  if (schedule.unplaced.length > 0) {
    body.push(
      ...titled(
        'Not yet on the calendar',
        bullets(
          schedule.unplaced.map(
            (u) => `${u.name}: ${u.units} ${u.units === 1 ? 'unit' : 'units'}. ${u.reason}`,
          ),
          ctx,
        ),
      ),
    );
  }
  return { id: 'timeline', title: 'Timeline', body, gluedOpening: chart.whole };
}
