import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  DRIVER_INFO,
  DRIVER_RATING_LABELS,
  STANDARD_INFO,
  StandardIdSchema,
  type StandardId,
} from '../../../shared/domain';
import { upperFirst, dataTable, paragraph, someOf, th, type Section, type SectionContext } from './common';

/**
 * How the plan serves the implementation drivers the district rated, and the standards of
 * coherent professional learning it is built to meet.
 */
export function alignment(ctx: SectionContext): Section {
  const { engagement, scope, fmt, theme } = ctx;
  const body: Content[] = [];

  const drivers = scope.sizing.coverage.drivers;
  const rated = drivers.filter((d) => engagement.drivers[d.driver].rating !== null || d.lines > 0);
  if (rated.length > 0) {
    body.push(
      paragraph(
        'Lasting change needs more than training: staff selection, coaching, internal and external systems, data and leadership all carry it. The district rated where each driver stands today; the services in this plan serve the drivers shown.',
        'lead',
      ),
    );
    const rows: TableCell[][] = rated.map((d) => {
      const assessment = engagement.drivers[d.driver];
      const rating =
        assessment.rating === null ? 'Not rated' : upperFirst(DRIVER_RATING_LABELS[assessment.rating]);
      const challenge =
        d.driver === 'leadership' && engagement.drivers.leadership.challenge !== null
          ? `Challenge: ${engagement.drivers.leadership.challenge === 'both' ? 'adaptive and technical' : engagement.drivers.leadership.challenge}`
          : '';
      // Driver notes are the consultant's own; they print only when asked for.
      const note = engagement.scopeOfWork.printedNotes.includes(`driver:${d.driver}`) ? assessment.notes : '';
      const notes = [challenge, note].filter((s) => s.trim() !== '').join(' · ');
      return [
        {
          stack: [
            { text: DRIVER_INFO[d.driver].label, bold: true },
            { text: DRIVER_INFO[d.driver].meaning, style: 'cellNote' },
          ],
        },
        {
          stack: [
            {
              text: rating,
              bold: true,
              color:
                assessment.rating === 'in_place'
                  ? theme.primaryText
                  : assessment.rating === null
                    ? theme.muted
                    : theme.accentText,
            },
            ...(notes !== '' ? [{ text: notes, style: 'cellNote' }] : []),
          ],
        },
        { text: d.lines === 0 ? '—' : `${d.fundedLines} of ${d.lines}`, alignment: 'center' },
        { text: d.percent === null ? '—' : fmt.percent(d.percent), alignment: 'right' },
      ];
    });
    body.push(
      dataTable(
        ctx,
        ['*', 110, 58, 66],
        [
          th('Driver'),
          th('In the district today'),
          th('Services funded', 'center'),
          th('North star funded', 'right'),
        ],
        rows,
      ),
    );
  }

  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  const funded = new Set(scope.costing.lines.map((l) => l.lineId));
  const names = new Map(scope.sizing.lines.map((l) => [l.lineId, l.name]));
  const byStandard = new Map<StandardId, string[]>();
  for (const line of engagement.lines) {
    if (!funded.has(line.id)) continue;
    const standards =
      line.standards.length > 0 ? line.standards : (services.get(line.serviceId)?.standards ?? []);
    for (const s of new Set(standards)) {
      const list = byStandard.get(s) ?? [];
      list.push(names.get(line.id) ?? line.id);
      byStandard.set(s, list);
    }
  }
  if (byStandard.size > 0) {
    const rows: TableCell[][] = StandardIdSchema.options
      .filter((s) => byStandard.has(s))
      .map((s) => {
        const lines = byStandard.get(s) ?? [];
        return [
          {
            stack: [
              { text: STANDARD_INFO[s].label, bold: true },
              { text: STANDARD_INFO[s].meaning, style: 'cellNote' },
            ],
          },
          { text: someOf([...new Set(lines)], 4), fontSize: 8.5 },
        ];
      });
    body.push(
      dataTable(ctx, [190, '*'], [th('Standard'), th('Funded services that meet it')], rows, {
        title: 'Standards for professional learning',
      }),
    );
  }
  return { id: 'alignment', title: 'Drivers and standards alignment', body };
}
