import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  bullets,
  dataTable,
  nameWithNote,
  paragraph,
  th,
  titled,
  type Section,
  type SectionContext,
} from './common';

const dash = (text: string) => (text.trim() === '' ? '—' : text);

/** What success looks like in the district's own measures, and when the plan checks on it. */
export function goals(ctx: SectionContext): Section {
  const { engagement, scope } = ctx;
  const body: Content[] = [];
  const needs = [...engagement.needs].sort((a, b) => a.rank - b.rank);
  const measured = needs.filter((n) =>
    [n.evidence.measure, n.evidence.baseline, n.evidence.target].some((s) => s.trim() !== ''),
  );
  if (measured.length > 0) {
    body.push(
      paragraph(
        'Each goal is measured the way the district already measures it, from the baseline its data shows today to the target agreed for the end of the engagement.',
        'lead',
      ),
    );
    const rows: TableCell[][] = measured.map((n) => [
      nameWithNote(n.statement, n.evidence.source.trim() !== '' ? `Source: ${n.evidence.source}` : '', true),
      { text: dash(n.evidence.measure) },
      { text: dash(n.evidence.baseline), alignment: 'center' },
      { text: dash(n.evidence.target), alignment: 'center', bold: true, color: ctx.theme.primaryText },
    ]);
    body.push(
      dataTable(
        ctx,
        ['*', 130, 64, 82],
        [th('Goal'), th('Measure'), th('Baseline', 'center'), th('Target', 'center')],
        rows,
      ),
    );
  }

  const cycles = scope.schedule.cycles;
  if (cycles.length > 0) {
    body.push(
      ...titled(
        'How progress is checked: PLAN-DO-CHECK-ACT',
        paragraph(
          'The work runs in cycles. Each cycle plans, delivers, checks the results against these measures, and acts on what the check shows before the next cycle begins.',
          'body',
        ),
        bullets(
          cycles.map((c) => c.sentence),
          ctx,
        ),
      ),
    );
  }
  const checks = scope.costing.lines.filter(
    (l) => engagement.lines.find((p) => p.id === l.lineId)?.pdcaStage === 'check',
  );
  if (checks.length > 0) {
    body.push(
      paragraph(
        `Checks are built into the funded scope: ${checks
          .map((l) => `${l.name} (${l.quantityText})`)
          .slice(0, 6)
          .join('; ')}${checks.length > 6 ? ` and ${checks.length - 6} more` : ''}.`,
        ['body', 'muted'],
      ),
    );
  }
  return { id: 'goals', title: 'Goals and measures of success', body };
}
