import type { Content, TableCell, TableLayout } from 'pdfmake/interfaces';
import type { Scope } from '@shared/scoping';
import type { Theme } from '../theme';
import { paragraph, someOf, type Section, type SectionContext } from './common';
import { essentialsText } from './wording';

interface Column {
  name: string;
  budgetCents: number;
  end: string;
  scope: Scope;
  detailed: boolean;
  accepted: boolean;
}

/** The options side by side, with what is detailed in the rest of the document as one of them. */
export function optionColumns(ctx: SectionContext): Column[] {
  const { options } = ctx.input.facts;
  const accepted = ctx.engagement.scopeOfWork.acceptedOptionId;
  const columns: Column[] = options.map((o) => ({
    name: o.option.name,
    budgetCents: o.option.budgetCents,
    end: o.end,
    scope: o.scope,
    detailed: o.detailed,
    accepted: o.option.id === accepted,
  }));
  if (columns.length > 0 && !columns.some((c) => c.detailed)) {
    columns.unshift({
      name: 'As detailed in this scope',
      budgetCents: ctx.engagement.budget.amountCents,
      end: ctx.period.end,
      scope: ctx.scope,
      detailed: true,
      accepted: false,
    });
  }
  return columns;
}

/**
 * Ways to start: up to three sizings of the same engagement, side by side, each with what it
 * funds and what it leaves for later, so the district chooses one and names it when it signs.
 */
export function waysToStart(ctx: SectionContext): Section {
  const body: Content[] = [];
  const columns = optionColumns(ctx);
  if (columns.length === 0) return { id: 'options', title: 'Ways to start', body };
  const detailed = columns.find((c) => c.detailed);
  body.push(
    paragraph(
      `The same north star can start in more than one way. Each column is sized to its own budget and dates: what it funds first, and what waits. The services, deliverables, invoices and funding in the rest of this document detail “${detailed?.name ?? ''}”.`,
      'lead',
    ),
  );
  body.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      keepWithHeaderRows: 2,
      widths: [78, ...columns.map(() => '*')],
      body: [optionsHeader(ctx, columns), ...optionsRows(ctx, columns)],
    },
    layout: optionsLayout(ctx.theme, columns),
    margin: [0, 2, 0, 12],
  });
  return { id: 'options', title: 'Ways to start', body };
}

function optionCell(text: string, extra: Record<string, unknown> = {}): TableCell {
  return { text, fontSize: 8.5, ...extra };
}

/** The first funded services of an option, a bullet each, with how much of a trimmed one it funds. */
function fundsFirst(scope: Scope): TableCell {
  return {
    stack: scope.sizing.lines
      .filter((l) => l.status !== 'deferred')
      .slice(0, 6)
      .map((l) => ({
        text: `• ${l.name}${l.status === 'trimmed' ? ` (${l.fundedGroups} of ${l.northStarGroups} ${l.groupLabel})` : ''}`,
        fontSize: 8,
        margin: [0, 0, 0, 2],
      })),
  };
}

function waitsForLater(scope: Scope): string {
  const waiting = scope.sizing.lines.filter((l) => l.status === 'deferred').map((l) => l.name);
  return waiting.length > 0 ? someOf(waiting, 3) : 'Nothing: the whole north star';
}

/** One row per question, answered option by option. */
function optionsRows(ctx: SectionContext, columns: readonly Column[]): TableCell[][] {
  const { fmt, theme } = ctx;
  const row = (label: string, values: (c: Column) => TableCell): TableCell[] => [
    { text: label, bold: true, fontSize: 8.5, color: theme.muted },
    ...columns.map(values),
  ];
  return [
    row('Budget', (c) => optionCell(fmt.money(c.budgetCents))),
    row('Investment', (c) => optionCell(fmt.money(c.scope.costing.totalCents), { bold: true })),
    row('Period of performance', (c) =>
      optionCell(`${fmt.shortDate(ctx.period.start)} – ${fmt.shortDate(c.end)}`),
    ),
    row('Funds first', (c) => fundsFirst(c.scope)),
    row('Waits for later', (c) => optionCell(waitsForLater(c.scope))),
    row('Of the north star', (c) =>
      optionCell(
        [
          c.scope.sizing.coverage.cost.percent !== null
            ? `${fmt.percent(c.scope.sizing.coverage.cost.percent)} by cost`
            : '',
          essentialsText(c.scope.sizing.coverage.essentials),
        ]
          .filter((s) => s !== '')
          .join('; '),
      ),
    ),
  ];
}

/** Each option's name, marked when it is the accepted one or the one the document details. */
function optionsHeader(ctx: SectionContext, columns: readonly Column[]): TableCell[] {
  return [
    { text: '' },
    ...columns.map((c) => ({
      stack: [
        { text: c.name, style: 'th' },
        ...(c.accepted || c.detailed
          ? [
              {
                text: c.accepted ? 'Accepted' : 'Detailed in this scope',
                fontSize: 7.5,
                color: ctx.theme.onPrimary,
              },
            ]
          : []),
      ],
    })),
  ];
}

/** Option names on the primary colour, the accepted option's column tinted, the rest zebra-striped. */
function optionsLayout(theme: Theme, columns: readonly Column[]): TableLayout {
  return {
    fillColor: (r: number, _n: unknown, c: number) =>
      r === 0
        ? c === 0
          ? null
          : theme.primary
        : columns[c - 1]?.accepted
          ? theme.accentTint
          : r % 2 === 0
            ? theme.zebra
            : null,
    hLineWidth: (i: number) => (i === 1 ? 0.8 : 0),
    hLineColor: () => theme.rule,
    vLineWidth: () => 0,
    paddingLeft: () => 6,
    paddingRight: () => 6,
    paddingTop: () => 5,
    paddingBottom: () => 5,
  };
}
