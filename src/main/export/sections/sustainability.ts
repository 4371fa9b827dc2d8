import type { Content, TableCell } from 'pdfmake/interfaces';
import { SUPPORT_LEVEL_INFO, type Party, type ServiceCategory } from '../../../shared/domain';
import { dataTable, paragraph, someOf, th, type Section, type SectionContext } from './common';
import { phaseLevels } from './summary';

interface Handover {
  who: string;
  what: string;
  /** YYYY-MM, or null for "after this engagement". */
  from: string | null;
}

/** Facilitator development has its own row; reports and assessments stay the consultant's. */
const HANDED_OVER_ELSEWHERE = new Set<ServiceCategory>(['capacity_building', 'assessment', 'evaluation']);

/** What the district does in a service, from who plans and who leads it; null when the consultant does both. */
function districtRole(plans: Party, leads: Party): string | null {
  if (leads === 'district') return plans === 'district' ? 'Plan and lead {services}' : 'Lead {services}';
  if (plans === 'district') return 'Plan {services}';
  if (plans === 'joint' && leads === 'joint') return 'Co-plan and co-lead {services} with the consultant';
  if (plans === 'joint') return 'Co-plan {services} with the consultant';
  if (leads === 'joint') return 'Co-lead {services} with the consultant';
  return null;
}

const DISTRICT_PEOPLE: Partial<Record<ServiceCategory, string>> = {
  training: 'In-house facilitators',
  implementation_support: 'Campus leaders and coaches',
  coaching: 'In-house coaches',
  collaboration: 'The district planning team',
  leadership: 'District and campus leaders',
  data_review: 'District and campus data teams',
  capacity_building: 'In-house facilitators',
};

/**
 * How the capacity stays after the contract ends (seed 002: within-district scalability): who
 * in the district takes over what, and from when, read from the services the district plans
 * or leads at their support level, the facilitator development that prepares it, and the
 * phases where the support level steps down; then anything the consultant wrote in.
 */
export function sustainability(ctx: SectionContext): Section {
  const { scope, fmt } = ctx;
  const body: Content[] = [];
  const rows = handovers(ctx);
  const month = (m: string | null) => (m === null ? 'After this engagement' : fmt.monthYear(`${m}-01`));
  if (rows.length === 0) {
    if (scope.costing.lines.length === 0) return { id: 'sustainability', title: 'Sustainability', body };
    body.push(
      paragraph(
        `This scope does not yet hand any of the work to ${ctx.clientName}’s own staff: the consultant plans and leads throughout. A later version can add facilitator development or a step down in support so the work continues after ${fmt.date(ctx.period.end)}.`,
        'lead',
      ),
    );
    return { id: 'sustainability', title: 'Sustainability: who carries the work on', body };
  }
  body.push(
    paragraph(
      `The work is built to continue after ${fmt.date(ctx.period.end)}: district staff take over each part as they are ready, and the consultant’s role shrinks as theirs grows.`,
      'lead',
    ),
  );
  const table: TableCell[][] = rows.map((r) => [
    { text: r.who, bold: true, fontSize: 8.5 },
    { text: r.what, fontSize: 8.5 },
    { text: month(r.from), fontSize: 8.5 },
  ]);
  body.push(dataTable(ctx, [150, '*', 90], [th('Who in the district'), th('Takes over'), th('From')], table));
  return { id: 'sustainability', title: 'Sustainability: who carries the work on', body };
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`);

/** "The in-house coach", "The 12 in-house coaches", or the role alone when none are counted. */
function theirs(n: number, one: string, many: string): string {
  if (n === 1) return `The ${one}`;
  return n > 1 ? `The ${n} ${many}` : `${many.charAt(0).toUpperCase()}${many.slice(1)}`;
}

function handovers(ctx: SectionContext): Handover[] {
  const { engagement, scope } = ctx;
  const { expertise } = engagement;
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
  const firstMonth = (lineId: string) =>
    (scope.schedule.monthlyUnits[lineId] ?? [])
      .filter((m) => m.units > 0)
      .map((m) => m.month)
      .sort()[0] ?? null;
  const lastMonth = (lineId: string) =>
    (scope.schedule.monthlyUnits[lineId] ?? [])
      .filter((m) => m.units > 0)
      .map((m) => m.month)
      .sort()
      .at(-1) ?? null;
  const nextMonth = (m: string | null) => {
    if (m === null) return null;
    const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 1));
    const next = d.toISOString().slice(0, 7);
    return next > ctx.period.end.slice(0, 7) ? null : next;
  };
  const out: Handover[] = engagement.scopeOfWork.handoffs.map((h) => ({
    who: h.who,
    what: h.takesOver,
    from: h.from,
  }));

  // Services the district already plans or leads at their level, grouped by who and what they do.
  // Reports and assessments are the consultant's to deliver, not the district's to take over.
  // Training that builds on funded facilitator development is told once, in that row below.
  const capacity = scope.costing.lines.filter((l) => categories.get(l.serviceId) === 'capacity_building');
  const funded = new Set(scope.costing.lines.map((l) => l.lineId));
  const builtOn = new Set(
    engagement.lines
      .filter(
        (l) =>
          funded.has(l.id) &&
          categories.get(l.serviceId) === 'training' &&
          l.dependsOn.some((d) => capacity.some((c) => c.lineId === d)),
      )
      .map((l) => l.id),
  );
  const byWho = new Map<string, { who: string; role: string; names: string[]; from: string | null }>();
  for (const l of scope.costing.lines) {
    const category = categories.get(l.serviceId);
    if (!category || HANDED_OVER_ELSEWHERE.has(category) || builtOn.has(l.lineId)) continue;
    const role = districtRole(l.plans, l.leads);
    if (role === null) continue;
    const who = DISTRICT_PEOPLE[category] ?? 'District staff';
    const key = `${who}|${role}`;
    const g = byWho.get(key) ?? { who, role, names: [], from: null };
    g.names.push(l.name);
    const first = firstMonth(l.lineId);
    if (first !== null && (g.from === null || first < g.from)) g.from = first;
    byWho.set(key, g);
  }
  for (const g of byWho.values()) {
    out.push({
      who: g.who,
      what: g.role.replace(
        '{services}',
        someOf(
          g.names.map((n) => `“${n}”`),
          3,
        ),
      ),
      from: g.from,
    });
  }

  if (capacity.length > 0) {
    const trained = theirs(expertise.inHouseFacilitators, 'in-house facilitator', 'in-house facilitators');
    // What they will lead: the funded training that builds on this facilitator development,
    // from the month they first lead it, or else the month after their development ends.
    const training = scope.costing.lines.filter((l) => builtOn.has(l.lineId));
    const roles = [...new Set(training.map((l) => districtRole(l.plans, l.leads) ?? 'Lead {services}'))];
    const verb = (roles.length === 1 ? (roles[0] ?? 'Lead {services}') : 'Lead {services}').replace(
      / \{services\}.*$/u,
      '',
    );
    const led = training
      .filter((l) => l.leads === 'district')
      .map((l) => firstMonth(l.lineId))
      .filter((m): m is string => m !== null)
      .sort()[0];
    out.push({
      who: trained,
      what: `${verb} the district’s own sessions${training.length > 0 ? ` (${someOf(quoted(training.map((l) => l.name)), 2)})` : ''} after ${someOf(
        quoted(capacity.map((c) => c.name)),
        2,
      )}`,
      from:
        led ??
        nextMonth(
          capacity
            .map((c) => lastMonth(c.lineId) ?? '')
            .sort()
            .at(-1) ?? null,
        ),
    });
  }

  const levels = phaseLevels(ctx);
  for (let i = 1; i < levels.length; i++) {
    const before = levels[i - 1];
    const now = levels[i];
    if (!before || !now || now.level === before.level) continue;
    out.push({
      who: 'District team',
      what: `${SUPPORT_LEVEL_INFO[now.level].districtRole.replace(/\.$/u, '')} (${now.name}, at the ${SUPPORT_LEVEL_INFO[now.level].label.toLowerCase()} level)`,
      from: now.start.slice(0, 7),
    });
  }

  const coaching = scope.costing.lines.some((l) => categories.get(l.serviceId) === 'coaching');
  if (coaching && expertise.inHouseCoaches > 0) {
    out.push({
      who: theirs(expertise.inHouseCoaches, 'in-house coach', 'in-house coaches'),
      what: 'Keep running coaching cycles with the same protocol, including for new staff',
      from: null,
    });
  }
  return out;
}
