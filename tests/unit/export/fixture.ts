import {
  EngagementSchema,
  newEngagement,
  type Engagement,
  type EngagementInput,
} from '../../../src/shared/domain';

/**
 * A hand-built engagement for the export tests: two phases, needs, inventory, rated drivers,
 * a budget that funds part of the north star, a discount, blackouts and PD days, so every
 * section of the scope of work has something to say.
 */
const ids = {
  phase1: '11111111-1111-4111-8111-111111111111',
  phase2: '11111111-1111-4111-8111-111111111112',
  need1: '22222222-2222-4222-8222-222222222221',
  need2: '22222222-2222-4222-8222-222222222222',
  item1: '33333333-3333-4333-8333-333333333331',
  item2: '33333333-3333-4333-8333-333333333332',
  item3: '33333333-3333-4333-8333-333333333333',
};

function line(
  n: number,
  fields: Partial<EngagementInput['lines'] extends (infer L)[] | undefined ? L : never>,
) {
  return {
    id: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
    serviceId: 'face-to-face-session',
    quantity: { count: 2, groups: 2, participantsPerGroup: 25, minGroups: 1 },
    deliveryMode: 'in_person' as const,
    priority: 'essential' as const,
    scalable: true,
    pdcaStage: 'do' as const,
    phaseId: ids.phase1,
    ...fields,
  };
}

export function fixtureEngagement(overrides: Partial<EngagementInput> = {}): Engagement {
  const base = newEngagement({
    name: 'Early literacy coaching',
    clientName: 'Riverside Unified School District',
    today: '2025-08-01',
  });
  const input = {
    ...base,
    id: '55555555-5555-4555-8555-555555555555',
    client: {
      ...base.client,
      region: 'Central Valley, California',
      contacts: [
        {
          id: '66666666-6666-4666-8666-666666666661',
          name: 'Dr. Ana Morales',
          role: 'Assistant Superintendent, Curriculum & Instruction',
          email: 'amorales@riverside.example',
          phone: '',
        },
      ],
      campuses: [
        {
          id: '77777777-7777-4777-8777-777777777771',
          name: 'Lincoln Elementary',
          gradeBand: 'K-5',
          teachers: 32,
        },
        {
          id: '77777777-7777-4777-8777-777777777772',
          name: 'Jefferson Elementary',
          gradeBand: 'K-5',
          teachers: 28,
        },
      ],
      educators: { teachers: 60, coaches: 3, principals: 2, centralOffice: 4 },
      students: 1250,
    },
    needs: [
      {
        id: ids.need1,
        statement: 'Raise the share of third graders reading at grade level',
        learners: 'students',
        evidence: {
          source: 'Spring i-Ready diagnostic',
          measure: 'Grade 3 at or above grade level',
          baseline: '38 %',
          target: '55 % by spring 2027',
        },
        rank: 1,
      },
      {
        id: ids.need2,
        statement: 'Teachers use explicit phonics routines consistently',
        learners: 'educators',
        evidence: {
          source: 'Walkthrough data',
          measure: 'Classrooms observed using the routine',
          baseline: '20 %',
          target: '80 %',
        },
        rank: 2,
      },
    ],
    inventory: [
      {
        id: ids.item1,
        name: 'Weekly grade-level PLCs',
        level: 'campus',
        kind: 'structure',
        evidence: 'Meets every Wednesday',
        status: 'working',
        notes: '',
      },
      {
        id: ids.item2,
        name: 'District literacy framework',
        level: 'system',
        kind: 'strategic_goal',
        evidence: 'Board adopted 2024',
        status: 'working',
        notes: '',
      },
      {
        id: ids.item3,
        name: 'Peer observation pilot',
        level: 'individual',
        kind: 'practice',
        evidence: 'Two teachers',
        status: 'showing_promise',
        notes: '',
      },
    ],
    drivers: {
      ...base.drivers,
      training: { rating: 'partly', notes: 'New teachers trained once' },
      coaching: { rating: 'not_in_place', notes: '' },
      leadership: { rating: 'partly', notes: '', challenge: 'adaptive' },
      data_support_systems: { rating: 'in_place', notes: 'i-Ready three times a year' },
    },
    expertise: {
      contentFamiliarity: 'some',
      facilitationExperience: 'new',
      inHouseFacilitators: 1,
      inHouseCoaches: 3,
      notes: '',
    },
    supportLevel: {
      recommended: null,
      chosen: null,
      overrideReason: '',
      stepDown: [{ phaseId: ids.phase2, level: 'collaborate' }],
    },
    lines: [
      line(1, {
        serviceId: 'needs-assessment',
        quantity: { count: 1, groups: 2, participantsPerGroup: 0, minGroups: 2 },
        pdcaStage: 'plan',
        scalable: false,
        needIds: [ids.need1],
      }),
      line(2, {
        serviceId: 'face-to-face-session',
        quantity: { count: 3, groups: 2, participantsPerGroup: 30, minGroups: 1 },
        buildsOn: [ids.item2],
        needIds: [ids.need2],
        drivers: ['training'],
        standards: ['research_based', 'educator_growth'],
      }),
      line(3, {
        serviceId: 'coaching-cycle',
        quantity: { count: 2, groups: 12, participantsPerGroup: 1, minGroups: 6 },
        buildsOn: [ids.item3],
        needIds: [ids.need2],
        drivers: ['coaching'],
        standards: ['educator_growth'],
        dependsOn: ['44444444-4444-4444-8444-000000000002'],
      }),
      line(4, {
        serviceId: 'collaborative-planning',
        deliveryMode: 'virtual',
        quantity: { count: 4, groups: 2, participantsPerGroup: 8, minGroups: 1 },
        buildsOn: [ids.item1],
        priority: 'high',
        drivers: ['internal_systems'],
        standards: ['coherence'],
      }),
      line(5, {
        serviceId: 'pdca-data-review',
        deliveryMode: 'virtual',
        quantity: { count: 3, groups: 1, participantsPerGroup: 6, minGroups: 1 },
        pdcaStage: 'check',
        priority: 'essential',
        drivers: ['data_support_systems'],
        standards: ['continuous_improvement'],
        needIds: [ids.need1],
      }),
      line(6, {
        serviceId: 'facilitator-development',
        quantity: { count: 2, groups: 1, participantsPerGroup: 6, minGroups: 1 },
        phaseId: ids.phase2,
        priority: 'high',
        pdcaStage: 'act',
        drivers: ['selection', 'training'],
        standards: ['educator_growth'],
      }),
      line(7, {
        serviceId: 'leadership-coaching-call',
        deliveryMode: 'virtual',
        quantity: { count: 6, groups: 2, participantsPerGroup: 1, minGroups: 1 },
        phaseId: ids.phase2,
        priority: 'optional',
        drivers: ['leadership'],
      }),
      line(8, {
        serviceId: 'impact-evaluation',
        deliveryMode: 'virtual',
        quantity: { count: 2, groups: 1, participantsPerGroup: 0, minGroups: 1 },
        phaseId: ids.phase2,
        priority: 'optional',
        pdcaStage: 'check',
        scalable: false,
      }),
    ],
    budget: {
      amountCents: 9_000_000,
      fundingSources: [
        {
          id: '88888888-8888-4888-8888-888888888881',
          name: 'Title II, Part A',
          amountCents: 6_000_000,
          endDate: '2026-09-30',
          restrictions: 'Professional learning for teachers and leaders',
        },
        {
          id: '88888888-8888-4888-8888-888888888882',
          name: 'General fund',
          amountCents: 3_000_000,
          endDate: null,
          restrictions: '',
        },
      ],
    },
    timeline: {
      start: '2025-08-01',
      end: '2026-06-30',
      blackouts: [
        {
          id: '99999999-9999-4999-8999-999999999991',
          label: 'Winter break',
          start: '2025-12-20',
          end: '2026-01-05',
        },
        {
          id: '99999999-9999-4999-8999-999999999992',
          label: 'State testing',
          start: '2026-04-20',
          end: '2026-05-08',
        },
      ],
      pdDays: [
        { date: '2025-08-11', label: 'Back to school' },
        { date: '2025-10-13', label: '' },
        { date: '2026-01-19', label: '' },
        { date: '2026-03-02', label: '' },
      ],
      visitDaysPerMonth: 4,
      phases: [
        { id: ids.phase1, name: 'Launch and build', start: '2025-08-01', end: '2026-01-31' },
        { id: ids.phase2, name: 'Deepen and sustain', start: '2026-02-01', end: '2026-06-30' },
      ],
    },
    discount: { kind: 'percent', basisPoints: 500, label: 'Multi-campus discount (5%)' },
    ...overrides,
  };
  return EngagementSchema.parse(input);
}
