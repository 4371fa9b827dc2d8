import type { Engagement, ServiceCategory } from '../domain';
import { monthLabel } from './calendar';
import type { Costing } from './costing';
import type { Schedule } from './schedule';

/**
 * What each funded service hands the district, when, and how the district accepts it. Each
 * kind of service has standard deliverables; an engagement can reword them line by line.
 * Due months come from the schedule, so they always fall inside the period of performance.
 */

interface DeliverableTemplate {
  what: string;
  acceptance: string;
  /** After each month of delivery, or once when the service's work is done. */
  due: 'each' | 'end';
}

const DELIVERABLE_DEFAULTS: Record<ServiceCategory, DeliverableTemplate[]> = {
  training: [
    {
      what: 'Session agenda, materials and attendance record for each session',
      acceptance: 'The district’s project lead confirms the attendance record.',
      due: 'each',
    },
  ],
  implementation_support: [
    {
      what: 'Non-evaluative visit notes with strengths and next steps, for each visit',
      acceptance: 'The campus leader receives the notes; the project lead confirms the visits held.',
      due: 'each',
    },
  ],
  coaching: [
    {
      what: 'Coaching log: cycles completed and the people reached',
      acceptance: 'The project lead checks the log against this scope.',
      due: 'end',
    },
  ],
  collaboration: [
    {
      what: 'Agenda and the decisions recorded, for each planning meeting',
      acceptance: 'The district’s planning lead confirms the record.',
      due: 'each',
    },
  ],
  leadership: [
    {
      what: 'Call log with each leader’s agreed next steps',
      acceptance: 'The project lead checks the log against this scope.',
      due: 'end',
    },
  ],
  on_demand: [
    {
      what: 'Module access for every participant, and a completion report',
      acceptance: 'The project lead reviews the completion report.',
      due: 'end',
    },
  ],
  capacity_building: [
    {
      what: 'Facilitator guides and materials the district’s facilitators can lead from on their own',
      acceptance: 'The in-house facilitators confirm they have what they need to lead.',
      due: 'end',
    },
  ],
  data_review: [
    {
      what: 'Summary of each data review with the actions the team agreed',
      acceptance: 'The team lead confirms the summary.',
      due: 'each',
    },
  ],
  assessment: [
    {
      what: 'Needs-assessment findings and recommendations',
      acceptance: 'The project lead accepts the findings in writing.',
      due: 'end',
    },
  ],
  evaluation: [
    {
      what: 'Implementation and impact report',
      acceptance: 'The project lead accepts the report in writing.',
      due: 'end',
    },
  ],
};

export interface DeliverableRow {
  lineId: string;
  service: string;
  what: string;
  acceptance: string;
  /** "Sep 2025", or "after each, Aug 2025 – Nov 2025". */
  dueText: string;
  /** The last month it is due (YYYY-MM), inside the window. */
  dueMonth: string;
  /** True when this engagement words it for itself. */
  custom: boolean;
}

/** The deliverables of every funded service, in plan order. */
export function deliverableRows(
  engagement: Engagement,
  scope: { costing: Costing; schedule: Schedule; sizing: { fundedWindow: { start: string; end: string } } },
): DeliverableRow[] {
  const services = new Map(engagement.catalog.map((s) => [s.id, s]));
  // Due within the funded window, the period of performance: nothing is due under this
  // agreement after the work it pays for ends.
  const windowEnd = scope.sizing.fundedWindow.end.slice(0, 7);
  const windowStart = scope.sizing.fundedWindow.start.slice(0, 7);
  const clamp = (month: string) =>
    month > windowEnd ? windowEnd : month < windowStart ? windowStart : month;
  const rows: DeliverableRow[] = [];
  for (const line of scope.costing.lines) {
    const months = (scope.schedule.monthlyUnits[line.lineId] ?? [])
      .filter((m) => m.units > 0)
      .map((m) => m.month)
      .sort();
    const first = months[0] ?? windowEnd;
    const last = months.at(-1) ?? windowEnd;
    const own = engagement.scopeOfWork.deliverables.filter((d) => d.lineId === line.lineId);
    if (own.length > 0) {
      for (const d of own) {
        const due = clamp(d.due ?? last);
        rows.push({
          lineId: line.lineId,
          service: line.name,
          what: d.what,
          acceptance: d.acceptance,
          dueText: monthLabel(due),
          dueMonth: due,
          custom: true,
        });
      }
      continue;
    }
    const category = services.get(line.serviceId)?.category;
    for (const t of category ? DELIVERABLE_DEFAULTS[category] : []) {
      rows.push({
        lineId: line.lineId,
        service: line.name,
        what: t.what,
        acceptance: t.acceptance,
        dueText:
          t.due === 'each' && first !== last
            ? `after each, ${monthLabel(first)} – ${monthLabel(last)}`
            : monthLabel(last),
        dueMonth: last,
        custom: false,
      });
    }
  }
  return rows;
}
