import type { Content, TableCell } from 'pdfmake/interfaces';
import { SUPPORT_LEVEL_INFO, type Party, type ServiceCategory } from '@shared/domain';
import type { LineCost } from '@shared/scoping';
import {
  dataTable,
  monthsDelivered,
  paragraph,
  someOf,
  th,
  type Section,
  type SectionContext,
} from './common';
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

/**
 * What the handovers read from the funded scope: each service's kind, the funded facilitator
 * development, and the funded training that builds on it.
 */
interface Groundwork {
  categories: ReadonlyMap<string, ServiceCategory>;
  capacity: readonly LineCost[];
  builtOn: ReadonlySet<string>;
}

function groundwork(ctx: SectionContext): Groundwork {
  const { engagement, scope } = ctx;
  const categories = new Map(engagement.catalog.map((s) => [s.id, s.category]));
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
  return { categories, capacity, builtOn };
}

/** The month after `m`, or null when that falls after the period of performance. */
function monthAfter(ctx: SectionContext, m: string | null): string | null {
  if (m === null) return null;
  const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 1));
  const next = d.toISOString().slice(0, 7);
  return next > ctx.period.end.slice(0, 7) ? null : next;
}

/**
 * Services the district already plans or leads at their level, grouped by who and what they do.
 * Reports and assessments are the consultant's to deliver, not the district's to take over.
 * Training that builds on funded facilitator development is told once, in that row.
 */
function servicesTheDistrictRuns(ctx: SectionContext, { categories, builtOn }: Groundwork): Handover[] {
  const byWho = new Map<string, { who: string; role: string; names: string[]; from: string | null }>();
  for (const l of ctx.scope.costing.lines) {
    const category = categories.get(l.serviceId);
    if (!category || HANDED_OVER_ELSEWHERE.has(category) || builtOn.has(l.lineId)) continue;
    const role = districtRole(l.plans, l.leads);
    if (role === null) continue;
    const who = DISTRICT_PEOPLE[category] ?? 'District staff';
    const key = `${who}|${role}`;
    const g = byWho.get(key) ?? { who, role, names: [], from: null };
    g.names.push(l.name);
    const first = monthsDelivered(ctx, l.lineId)[0] ?? null;
    if (first !== null && (g.from === null || first < g.from)) g.from = first;
    byWho.set(key, g);
  }
  return [...byWho.values()].map((g) => ({
    who: g.who,
    what: g.role.replace('{services}', someOf(quoted(g.names), 3)),
    from: g.from,
  }));
}

/**
 * The in-house facilitators the funded facilitator development prepares, and what they will
 * lead: the funded training that builds on it, from the month they first lead it, or else the
 * month after their development ends.
 */
function facilitatorHandover(ctx: SectionContext, { capacity, builtOn }: Groundwork): Handover[] {
  if (capacity.length === 0) return [];
  const trained = theirs(
    ctx.engagement.expertise.inHouseFacilitators,
    'in-house facilitator',
    'in-house facilitators',
  );
  const training = ctx.scope.costing.lines.filter((l) => builtOn.has(l.lineId));
  const roles = [...new Set(training.map((l) => districtRole(l.plans, l.leads) ?? 'Lead {services}'))];
  const verb = (roles.length === 1 ? (roles[0] ?? 'Lead {services}') : 'Lead {services}').replace(
    / \{services\}.*$/u,
    '',
  );
  const led = training
    .filter((l) => l.leads === 'district')
    .map((l) => monthsDelivered(ctx, l.lineId)[0] ?? null)
    .filter((m): m is string => m !== null)
    .sort()[0];
  return [
    {
      who: trained,
      what: `${verb} the district’s own sessions${training.length > 0 ? ` (${someOf(quoted(training.map((l) => l.name)), 2)})` : ''} after ${someOf(
        quoted(capacity.map((c) => c.name)),
        2,
      )}`,
      from:
        led ??
        monthAfter(
          ctx,
          capacity
            .map((c) => monthsDelivered(ctx, c.lineId).at(-1) ?? '')
            .sort()
            .at(-1) ?? null,
        ),
    },
  ];
}

/** Each phase where the support level steps down: the district team takes on that level's role. */
function stepDowns(ctx: SectionContext): Handover[] {
  const out: Handover[] = [];
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
  return out;
}

/** With funded coaching and coaches of its own, the district keeps the coaching cycles going. */
function coachingHandover(ctx: SectionContext, { categories }: Groundwork): Handover[] {
  const coaching = ctx.scope.costing.lines.some((l) => categories.get(l.serviceId) === 'coaching');
  const coaches = ctx.engagement.expertise.inHouseCoaches;
  if (!coaching || coaches <= 0) return [];
  return [
    {
      who: theirs(coaches, 'in-house coach', 'in-house coaches'),
      what: 'Keep running coaching cycles with the same protocol, including for new staff',
      from: null,
    },
  ];
}

/** Who takes over what and from when: the handoffs written in, then those read from the scope. */
function handovers(ctx: SectionContext): Handover[] {
  const ground = groundwork(ctx);
  return [
    ...ctx.engagement.scopeOfWork.handoffs.map((h) => ({ who: h.who, what: h.takesOver, from: h.from })),
    ...servicesTheDistrictRuns(ctx, ground),
    ...facilitatorHandover(ctx, ground),
    ...stepDowns(ctx),
    ...coachingHandover(ctx, ground),
  ];
}
