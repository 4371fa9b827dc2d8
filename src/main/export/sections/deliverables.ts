import type { Content, TableCell } from 'pdfmake/interfaces';
import { deliverableRows } from '@shared/scoping';
import { dataTable, paragraph, th, type Section, type SectionContext } from './common';

/** Past this many rows, one row per deliverable and kind of service rather than per service. */
const ROW_BY_ROW = 40;

/**
 * What each funded service hands the district, by when, and how the district accepts it:
 * what a procurement office checks before it approves an invoice.
 */
export function deliverables(ctx: SectionContext): Section {
  const body: Content[] = [];
  const rows = deliverableRows(ctx.engagement, ctx.scope);
  if (rows.length === 0) return { id: 'deliverables', title: 'Deliverables', body };
  body.push(
    paragraph(
      'What each funded service delivers to the district, the month it is due (inside the period of performance), and how the district accepts it. Acceptance follows the terms under “Deliverables and acceptance”.',
      'lead',
    ),
  );
  let table: TableCell[][];
  if (rows.length <= ROW_BY_ROW) {
    table = rows.map((r) => [
      { text: r.service, bold: true, fontSize: 8.5 },
      { text: r.what, fontSize: 8.5 },
      { text: r.dueText, fontSize: 8.5 },
      { text: r.acceptance, fontSize: 8.5 },
    ]);
  } else {
    // A long plan repeats the same deliverable for many services: say it once, with its span.
    const groups = new Map<
      string,
      { what: string; acceptance: string; services: number; first: string; last: string }
    >();
    for (const r of rows) {
      const key = `${r.what}|${r.acceptance}`;
      const g = groups.get(key) ?? {
        what: r.what,
        acceptance: r.acceptance,
        services: 0,
        first: r.dueMonth,
        last: r.dueMonth,
      };
      g.services += 1;
      if (r.dueMonth < g.first) g.first = r.dueMonth;
      if (r.dueMonth > g.last) g.last = r.dueMonth;
      groups.set(key, g);
    }
    const month = (m: string) => ctx.fmt.monthYear(`${m}-01`);
    table = [...groups.values()].map((g) => [
      { text: `${g.services} services`, bold: true, fontSize: 8.5 },
      { text: g.what, fontSize: 8.5 },
      { text: g.first === g.last ? month(g.last) : `${month(g.first)} – ${month(g.last)}`, fontSize: 8.5 },
      { text: g.acceptance, fontSize: 8.5 },
    ]);
  }
  body.push(
    dataTable(
      ctx,
      [130, '*', 80, 130],
      [th('Service'), th('Deliverable'), th('Due'), th('How the district accepts it')],
      table,
    ),
  );
  return { id: 'deliverables', title: 'Deliverables', body };
}
