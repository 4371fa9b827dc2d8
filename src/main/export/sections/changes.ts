import type { Content, TableCell } from 'pdfmake/interfaces';
import { SUPPORT_LEVEL_INFO } from '@shared/domain';
import type { EngagementDiff, LineChange, LineChangeField, LineSnapshot, SizedStatus } from '@shared/scoping';
import type { Formatters } from '../theme';
import {
  bullets,
  dataTable,
  minus,
  moneyCell,
  paragraph,
  sumRow,
  th,
  type Section,
  type SectionContext,
} from './common';

const FIELD_WORDS: Record<LineChangeField, string> = {
  service: 'service',
  quantity: 'quantity',
  priority: 'priority',
  delivery: 'delivery',
  status: 'funding',
  cost: 'cost',
};
const STATUS_WORDS: Record<SizedStatus, string> = {
  funded: 'Funded',
  trimmed: 'Partly funded',
  deferred: 'When funds allow',
};

/** What changed since the version the district last received, from the engine's diff. */
export function changes(ctx: SectionContext): Section | null {
  const since = ctx.input.changes;
  if (!since) return null;
  const { diff } = since;
  const title = `Changes since version ${since.sinceRevision}`;
  const body: Content[] = [];

  if (!diff.hasChanges) {
    body.push(paragraph(`Nothing in the scope has changed since version ${since.sinceRevision}.`, 'lead'));
    return { id: 'changes', title, body };
  }

  body.push(
    paragraph(
      `Version ${ctx.input.revision.number} replaces version ${since.sinceRevision}. ${diff.lines.length === 0 ? 'No service changed.' : `${diff.lines.length} ${diff.lines.length === 1 ? 'service' : 'services'} changed.`} Quantities and costs are those funded in each version.`,
      'lead',
    ),
  );
  const headline = headlines(ctx.fmt, diff);
  if (headline.length > 0) body.push(bullets(headline, ctx));
  if (diff.lines.length > 0) body.push(serviceByService(ctx, diff, since.sinceRevision));
  return { id: 'changes', title, body };
}

/** "+$1,200.00", "–$300.00" or "$0.00". */
function signed(fmt: Formatters, cents: number): string {
  return cents > 0 ? `+${fmt.money(cents)}` : cents < 0 ? minus(fmt.money(-cents)) : fmt.money(0);
}

/** The changes to the whole: the funded total, the budget, the support level, the agreement, the window. */
function headlines(fmt: Formatters, diff: EngagementDiff): string[] {
  const headline: string[] = [];
  if (diff.totals.deltaCents !== 0) {
    headline.push(
      `The funded total moved from ${fmt.money(diff.totals.beforeCents)} to ${fmt.money(diff.totals.afterCents)} (${signed(fmt, diff.totals.deltaCents)}).`,
    );
  }
  if (diff.budget)
    headline.push(
      `The budget changed from ${fmt.money(diff.budget.beforeCents)} to ${fmt.money(diff.budget.afterCents)}.`,
    );
  if (diff.supportLevel) {
    headline.push(
      `The support level changed from ${SUPPORT_LEVEL_INFO[diff.supportLevel.before].label.toLowerCase()} to ${SUPPORT_LEVEL_INFO[diff.supportLevel.after].label.toLowerCase()}.`,
    );
  }
  headline.push(...diff.agreement);
  if (diff.timeline) {
    headline.push(
      `The engagement window changed from ${fmt.date(diff.timeline.before.start)} – ${fmt.date(diff.timeline.before.end)} to ${fmt.date(diff.timeline.after.start)} – ${fmt.date(diff.timeline.after.end)}.`,
    );
  }
  return headline;
}

/** A service as one version funds it: its quantity, its status and cost; a dash where it is absent. */
function snapshotCell(ctx: SectionContext, snap: LineSnapshot | null): TableCell {
  const { fmt, theme } = ctx;
  if (!snap) return { text: '—', color: theme.muted };
  return {
    stack: [
      { text: snap.status === 'deferred' ? 'Not funded now' : snap.fundedQuantity, fontSize: 8.5 },
      {
        text: `${STATUS_WORDS[snap.status]}${snap.status === 'deferred' ? '' : `, ${fmt.money(snap.fundedCents)}`}`,
        style: 'cellNote',
      },
    ],
  };
}

function whatChanged(change: LineChange): string {
  if (change.kind === 'added') return 'Added';
  if (change.kind === 'removed') return 'Removed';
  const words = change.fields.map((f) => FIELD_WORDS[f]);
  return `Changed: ${words.join(', ')}`;
}

/** Each changed service in both versions with its cost effect, then the funded totals. */
function serviceByService(ctx: SectionContext, diff: EngagementDiff, sinceRevision: number): Content {
  const { fmt, theme } = ctx;
  const rows: TableCell[][] = diff.lines.map((c) => [
    {
      stack: [
        { text: c.name, bold: true },
        {
          text: whatChanged(c),
          style: 'cellNote',
          color: c.kind === 'removed' ? theme.accentText : theme.muted,
        },
      ],
    },
    snapshotCell(ctx, c.before),
    snapshotCell(ctx, c.after),
    moneyCell(signed(fmt, c.deltaCents), { bold: c.deltaCents !== 0 }),
  ]);
  rows.push(
    sumRow(
      'Funded total',
      1,
      [
        fmt.money(diff.totals.beforeCents),
        fmt.money(diff.totals.afterCents),
        signed(fmt, diff.totals.deltaCents),
      ],
      theme.accentTint,
    ),
  );
  return dataTable(
    ctx,
    ['*', 120, 120, 76],
    [
      th('Service'),
      th(`Version ${sinceRevision}`),
      th(`Version ${ctx.input.revision.number}`),
      th('Cost effect', 'right'),
    ],
    rows,
    { title: 'Service by service' },
  );
}
