import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  DRIVER_INFO,
  DRIVER_RATING_LABELS,
  STANDARD_INFO,
  StandardIdSchema,
  type StandardId,
} from '@shared/domain';
import type { DriverCoverage } from '@shared/scoping';
import { upperFirst, dataTable, paragraph, someOf, th, type Section, type SectionContext } from './common';

/**
 * How the plan serves the implementation drivers the district rated, and the standards of
 * coherent professional learning it is built to meet.
 */
export function alignment(ctx: SectionContext): Section {
  const body: Content[] = [...driversTable(ctx), ...standardsTable(ctx)];
  return { id: 'alignment', title: 'Drivers and standards alignment', body };
}

/** A driver's or a standard's name, with what it means under it. */
function labelWithMeaning(info: { label: string; meaning: string }): TableCell {
  return {
    stack: [
      { text: info.label, bold: true },
      { text: info.meaning, style: 'cellNote' },
    ],
  };
}

/** The drivers the district rated or the plan serves: today's rating, and what the plan funds for each. */
function driversTable(ctx: SectionContext): Content[] {
  const { engagement, scope } = ctx;
  const rated = scope.sizing.coverage.drivers.filter(
    (d) => engagement.drivers[d.driver].rating !== null || d.lines > 0,
  );
  if (rated.length === 0) return [];
  return [
    paragraph(
      'Lasting change needs more than training: staff selection, coaching, internal and external systems, data and leadership all carry it. The district rated where each driver stands today; the services in this plan serve the drivers shown.',
      'lead',
    ),
    dataTable(
      ctx,
      ['*', 110, 58, 66],
      [
        th('Driver'),
        th('In the district today'),
        th('Services funded', 'center'),
        th('North star funded', 'right'),
      ],
      rated.map((d) => driverRow(ctx, d)),
    ),
  ];
}

function driverRow(ctx: SectionContext, d: DriverCoverage): TableCell[] {
  const { engagement, fmt, theme } = ctx;
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
    labelWithMeaning(DRIVER_INFO[d.driver]),
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
}

/** The names of the funded services that meet each standard, by the line's own standards or its service's. */
function fundedByStandard(ctx: SectionContext): Map<StandardId, string[]> {
  const { engagement, scope } = ctx;
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
  return byStandard;
}

/** Each standard for professional learning the funded services meet, with those services. */
function standardsTable(ctx: SectionContext): Content[] {
  const byStandard = fundedByStandard(ctx);
  if (byStandard.size === 0) return [];
  const rows: TableCell[][] = StandardIdSchema.options
    .filter((s) => byStandard.has(s))
    .map((s) => [
      labelWithMeaning(STANDARD_INFO[s]),
      { text: someOf([...new Set(byStandard.get(s) ?? [])], 4), fontSize: 8.5 },
    ]);
  return [
    dataTable(ctx, [190, '*'], [th('Standard'), th('Funded services that meet it')], rows, {
      title: 'Standards for professional learning',
    }),
  ];
}
