import {
  defaultCatalog,
  defaultRateCard,
  ENGAGEMENT_SCHEMA_VERSION,
  EngagementSchema,
  PRIORITIES,
  type Engagement,
  type Priority,
} from '../../src/shared/domain';

/**
 * A large, valid, deterministic engagement for benches and layout tests: `lines` plan lines
 * with dependencies and builds-on links, 40 inventory items, three phases stepping down, and
 * long names mixing accented Latin, Greek and Cyrillic so fonts and wrapping are exercised.
 */

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuidFrom(next: () => number): string {
  const hex: string[] = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][Math.floor(next() * 4)] ?? '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const FRAGMENTS = [
  'Évaluation formative en lecture',
  'Lectura guiada y conciencia fonológica',
  'Coördinatie van leerteams',
  'Förderung der Sprachkompetenz',
  'Pédagogie différenciée à l’école élémentaire',
  'Αξιολόγηση της μάθησης',
  'Συνεργατικός σχεδιασμός μαθημάτων',
  'Μαθηματικός συλλογισμός στην τάξη',
  'Наставничество для учителей',
  'Формирующее оценивание',
  'Развитие математического мышления',
  'Ñandutí bilingual literacy circle',
  'São João da Madeira coaching network',
  'Kraków–Łódź teacher exchange',
];

function longName(next: () => number, parts: number): string {
  const out: string[] = [];
  for (let i = 0; i < parts; i++) out.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)] ?? '');
  return out.join(' · ');
}

function pick<T>(list: readonly T[], next: () => number): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** The random draws a stress engagement is built from, in a fixed order so the same seed gives the same engagement. */
interface Draw {
  next: () => number;
  id: () => string;
}

type Phase = { id: string; name: string; start: string; end: string };

export function stressEngagement(lines = 300, seed = 20250801): Engagement {
  const next = random(seed);
  const draw: Draw = { next, id: () => uuidFrom(next) };
  const { id } = draw;
  const phases: Phase[] = [
    { id: id(), name: 'Φάση Α · Фаза A: launch', start: '2025-07-01', end: '2026-01-31' },
    { id: id(), name: 'Φάση Β · Фаза Б: shared delivery', start: '2026-02-01', end: '2026-12-31' },
    { id: id(), name: 'Φάση Γ · Фаза В: district leads', start: '2027-01-01', end: '2027-06-30' },
  ];
  const needs = stressNeeds(draw);
  const inventory = stressInventory(draw);
  const planLines: Record<string, unknown>[] = [];
  for (let i = 0; i < lines; i++) {
    const phase = phases[Math.min(phases.length - 1, Math.floor((i * phases.length) / Math.max(1, lines)))];
    planLines.push(stressLine(draw, i, planLines, { phase, needs, inventory }));
  }
  return EngagementSchema.parse({
    schemaVersion: ENGAGEMENT_SCHEMA_VERSION,
    id: id(),
    name: `${longName(next, 3)} (${lines} lines)`,
    status: 'draft',
    notes: longName(next, 8),
    client: stressClient(draw),
    needs,
    inventory,
    ...stressReadiness(draw, phases),
    lines: planLines,
    budget: {
      amountCents: lines * 1_000_000,
      fundingSources: [
        {
          id: id(),
          name: 'Fonds régional · Περιφερειακό ταμείο · Региональный фонд',
          amountCents: lines * 1_000_000,
          endDate: null,
          restrictions: '',
        },
      ],
    },
    timeline: {
      start: '2025-07-01',
      end: '2027-06-30',
      blackouts: [
        { id: id(), label: 'Vacances d’hiver · Χειμερινές διακοπές', start: '2025-12-22', end: '2026-01-02' },
        { id: id(), label: 'Летние каникулы', start: '2026-06-15', end: '2026-08-07' },
        { id: id(), label: 'Vacances d’hiver · Χειμερινές διακοπές', start: '2026-12-21', end: '2027-01-01' },
      ],
      pdDays: PD_DAYS.map((date) => ({
        date,
        label: 'Journée pédagogique · Παιδαγωγική ημέρα · Методический день',
      })),
      visitDaysPerMonth: 60,
      phases,
    },
    catalog: structuredClone(defaultCatalog),
    rateCard: structuredClone(defaultRateCard),
    discount: { kind: 'percent', basisPoints: 750, label: 'Remise · Έκπτωση · Скидка' },
  });
}

/** Drivers partly in place (coaching not), some content knowledge, and a support level stepping down over the phases. */
function stressReadiness({ next }: Draw, phases: readonly Phase[]) {
  return {
    drivers: {
      selection: { rating: 'partly', notes: '' },
      training: { rating: 'partly', notes: '' },
      coaching: { rating: 'not_in_place', notes: longName(next, 2) },
      internal_systems: { rating: 'partly', notes: '' },
      external_systems: { rating: 'in_place', notes: '' },
      data_support_systems: { rating: 'partly', notes: '' },
      leadership: { rating: 'partly', notes: '', challenge: 'adaptive' },
    },
    expertise: {
      contentFamiliarity: 'some',
      facilitationExperience: 'new',
      inHouseFacilitators: 6,
      inHouseCoaches: 40,
      notes: '',
    },
    supportLevel: {
      recommended: 'facilitate',
      chosen: 'facilitate',
      overrideReason: '',
      stepDown: [
        { phaseId: phases[1]?.id, level: 'collaborate' },
        { phaseId: phases[2]?.id, level: 'coach' },
      ],
    },
  };
}

function stressNeeds({ next, id }: Draw) {
  return Array.from({ length: 8 }, (_, k) => ({
    id: id(),
    statement: longName(next, 2),
    learners: k % 3 === 2 ? ('educators' as const) : ('students' as const),
    evidence: {
      source: 'État des lieux 2025 · Κρατική αξιολόγηση',
      measure: 'Процент учащихся на уровне',
      baseline: `${20 + k}%`,
      target: `${40 + k}%`,
    },
    rank: k + 1,
  }));
}

function stressInventory({ next, id }: Draw) {
  const kinds = ['strategic_goal', 'initiative', 'structure', 'practice', 'resource'] as const;
  const levels = ['system', 'campus', 'individual'] as const;
  return Array.from({ length: 40 }, (_, k) => ({
    id: id(),
    name: longName(next, 2),
    level: levels[k % levels.length] ?? 'system',
    kind: kinds[k % kinds.length] ?? 'practice',
    evidence: longName(next, 3),
    status: k % 2 === 0 ? ('working' as const) : ('showing_promise' as const),
    notes: '',
  }));
}

/** Plan line `i`: a random service, up to two dependencies on the twenty lines before it, one need and one item. */
function stressLine(
  { next, id }: Draw,
  i: number,
  before: readonly Record<string, unknown>[],
  links: { phase: Phase | undefined; needs: readonly { id: string }[]; inventory: readonly { id: string }[] },
): Record<string, unknown> {
  const service = pick(defaultCatalog, next);
  const groups = service.scalable ? 1 + Math.floor(next() * 12) : 1;
  const deps: string[] = [];
  if (i > 3) {
    const count = Math.floor(next() * 3);
    for (let d = 0; d < count; d++) {
      const target = before[Math.max(0, i - 1 - Math.floor(next() * 20))];
      const targetId = target?.id;
      if (typeof targetId === 'string' && !deps.includes(targetId)) deps.push(targetId);
    }
  }
  const priorities: readonly Priority[] = PRIORITIES;
  return {
    id: id(),
    serviceId: service.id,
    title: longName(next, 1 + Math.floor(next() * 3)),
    quantity: {
      count: 1 + Math.floor(next() * 4),
      groups,
      participantsPerGroup: service.defaultParticipantsPerGroup,
      minGroups: Math.max(1, Math.floor(groups / 3)),
    },
    groupLabel: null,
    deliveryMode: service.defaultDeliveryMode,
    priority: pick(priorities, next),
    scalable: service.scalable,
    dependsOn: deps,
    buildsOn: [pick(links.inventory, next).id],
    needIds: [pick(links.needs, next).id],
    drivers: service.drivers,
    standards: service.standards,
    pdcaStage: service.pdcaStage,
    phaseId: links.phase?.id ?? null,
    pin: 'none',
    notes: '',
  };
}

function stressClient({ next, id }: Draw) {
  return {
    organizationType: 'state_agency',
    name: 'Ελληνικό–Українське–Français consortium of districts',
    region: 'Région Île-de-France · Αττική · Київщина',
    contacts: [
      {
        id: id(),
        name: 'Zoë Ørsted-Παπαδοπούλου',
        role: 'Directrice adjointe',
        email: 'zoe@example.org',
        phone: '',
      },
    ],
    campuses: Array.from({ length: 24 }, (_, k) => ({
      id: id(),
      name: `${longName(next, 1)} ${k + 1}`,
      gradeBand: 'K–8',
      teachers: 30 + k,
    })),
    educators: { teachers: 5200, coaches: 80, principals: 96, centralOffice: 400 },
    students: 72000,
    fiscalYearStartMonth: 7,
  };
}

const PD_DAYS = [
  '2025-08-18',
  '2025-08-19',
  '2025-09-26',
  '2025-10-10',
  '2025-11-04',
  '2026-01-19',
  '2026-02-13',
  '2026-03-13',
  '2026-08-17',
  '2026-08-18',
  '2026-09-25',
  '2026-10-09',
  '2026-11-03',
  '2027-01-18',
  '2027-02-12',
  '2027-03-12',
];
