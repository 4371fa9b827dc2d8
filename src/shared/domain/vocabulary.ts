import { z } from 'zod';

/**
 * The field's words as closed lists, each with the label a person reads. The seeds these come
 * from: implementation drivers (Active Implementation Drivers), support levels and the
 * inventory (customizing professional learning), the standards of coherent professional
 * learning, and the PLAN-DO-CHECK-ACT process (Results Driven Implementation).
 */

export const SupportLevelSchema = z.enum(['facilitate', 'collaborate', 'coach'], {
  error: 'Support level must be facilitate, collaborate or coach',
});
export type SupportLevel = z.infer<typeof SupportLevelSchema>;
export const SUPPORT_LEVELS: readonly SupportLevel[] = SupportLevelSchema.options;

export const SUPPORT_LEVEL_INFO: Record<
  SupportLevel,
  { label: string; summary: string; consultantRole: string; districtRole: string }
> = {
  facilitate: {
    label: 'Facilitate',
    summary:
      'The work is new to the district: the consultant plans and facilitates while district staff learn.',
    consultantRole: 'Plans and leads every session.',
    districtRole: 'Participates and learns; hosts and schedules.',
  },
  collaborate: {
    label: 'Collaborate',
    summary:
      'The district has some expertise: district and consultant plan each session together and the consultant leads as needed.',
    consultantRole: 'Plans jointly with the district team and leads or co-leads as needed.',
    districtRole: 'Co-plans every session and shares the facilitation.',
  },
  coach: {
    label: 'Coach',
    summary:
      'The district has strong in-house expertise: district leaders plan and lead, and the consultant coaches their planning and assessment as an outside voice.',
    consultantRole: 'Coaches the district planners and questions assumptions; rarely leads.',
    districtRole: 'Plans, leads and assesses the professional learning.',
  },
};

export const EngagementStatusSchema = z.enum(['draft', 'proposed', 'agreed', 'closed'], {
  error: 'Status must be draft, proposed, agreed or closed',
});
export type EngagementStatus = z.infer<typeof EngagementStatusSchema>;

export const OrganizationTypeSchema = z.enum(
  ['district', 'charter_network', 'service_center', 'state_agency', 'school'],
  { error: 'Organization must be a district, charter network, service center, state agency or school' },
);
export type OrganizationType = z.infer<typeof OrganizationTypeSchema>;
export const ORGANIZATION_TYPE_LABELS: Record<OrganizationType, string> = {
  district: 'School district',
  charter_network: 'Charter network',
  service_center: 'Education service center',
  state_agency: 'State agency',
  school: 'School',
};

export const DriverKeySchema = z.enum(
  [
    'selection',
    'training',
    'coaching',
    'internal_systems',
    'external_systems',
    'data_support_systems',
    'leadership',
  ],
  { error: 'Unknown implementation driver' },
);
export type DriverKey = z.infer<typeof DriverKeySchema>;
export const DRIVER_KEYS: readonly DriverKey[] = DriverKeySchema.options;

export const DRIVER_INFO: Record<
  DriverKey,
  { label: string; group: 'competency' | 'organization' | 'leadership'; meaning: string }
> = {
  selection: {
    label: 'Selection',
    group: 'competency',
    meaning: 'Thoughtful, deliberate selection of the staff who carry out the core of the work.',
  },
  training: {
    label: 'Training',
    group: 'competency',
    meaning: 'Background, theory, the key parts of the practice and its rationale; readiness for coaching.',
  },
  coaching: {
    label: 'Coaching',
    group: 'competency',
    meaning:
      'Ongoing preparation and support of staff: teaching, reflection, consultation, reinforced skill.',
  },
  internal_systems: {
    label: 'Internal systems',
    group: 'organization',
    meaning:
      'District policies, procedures, planning processes and team structures that support implementation.',
  },
  external_systems: {
    label: 'External systems',
    group: 'organization',
    meaning:
      'Alignment of outside influences (laws, funding, testing, state data) with the needs of the work.',
  },
  data_support_systems: {
    label: 'Data support systems',
    group: 'organization',
    meaning: 'Data on fidelity and results over time, used to plan professional learning and decide.',
  },
  leadership: {
    label: 'Leadership',
    group: 'leadership',
    meaning:
      'Collective leadership that tells adaptive challenges from technical ones and meets each differently.',
  },
};

export const DriverRatingSchema = z.enum(['not_in_place', 'partly', 'in_place'], {
  error: 'Rate a driver as not in place, partly in place or in place',
});
export type DriverRating = z.infer<typeof DriverRatingSchema>;
export const DRIVER_RATING_LABELS: Record<DriverRating, string> = {
  not_in_place: 'not in place',
  partly: 'partly in place',
  in_place: 'in place',
};

export const LeadershipChallengeSchema = z.enum(['adaptive', 'technical', 'both']);
export type LeadershipChallenge = z.infer<typeof LeadershipChallengeSchema>;

/** Seed 004's standards of coherent, research-based professional learning. */
export const StandardIdSchema = z.enum(
  [
    'coherence',
    'research_based',
    'aligned_to_goals',
    'educator_growth',
    'student_growth',
    'differentiated',
    'continuous_improvement',
  ],
  { error: 'Unknown standard' },
);
export type StandardId = z.infer<typeof StandardIdSchema>;
export const STANDARD_INFO: Record<StandardId, { label: string; meaning: string }> = {
  coherence: {
    label: 'Coherence',
    meaning: 'Learning activities follow a logical sequence and build on one another.',
  },
  research_based: {
    label: 'Research-based approach',
    meaning: 'Grounded in evidence of what improves teaching, learning and leadership.',
  },
  aligned_to_goals: {
    label: 'Alignment with vision and goals',
    meaning: 'Directly connected to the organization’s vision, mission and strategic objectives.',
  },
  educator_growth: {
    label: 'Educator growth',
    meaning: 'Skill, knowledge, reflective practice and collaboration at every career stage.',
  },
  student_growth: {
    label: 'Student growth',
    meaning: 'Designed with a clear view of how it improves student learning and achievement.',
  },
  differentiated: {
    label: 'Differentiated learning',
    meaning: 'A mix of workshops, coaching, mentoring and online resources for varied needs.',
  },
  continuous_improvement: {
    label: 'Continuous improvement',
    meaning: 'Evaluated regularly, with feedback gathered and adjustments made.',
  },
};

export const PdcaStageSchema = z.enum(['plan', 'do', 'check', 'act'], {
  error: 'PDCA stage must be plan, do, check or act',
});
export type PdcaStage = z.infer<typeof PdcaStageSchema>;
export const PDCA_STAGES: readonly PdcaStage[] = PdcaStageSchema.options;
export const PDCA_LABELS: Record<PdcaStage, string> = { plan: 'Plan', do: 'Do', check: 'Check', act: 'Act' };

export const PrioritySchema = z.enum(['essential', 'high', 'optional'], {
  error: 'Priority must be essential, high or optional',
});
export type Priority = z.infer<typeof PrioritySchema>;
export const PRIORITIES: readonly Priority[] = PrioritySchema.options;

export const DeliveryModeSchema = z.enum(['in_person', 'virtual', 'on_demand'], {
  error: 'Delivery mode must be in person, virtual or on demand',
});
export type DeliveryMode = z.infer<typeof DeliveryModeSchema>;
export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  in_person: 'In person',
  virtual: 'Virtual live',
  on_demand: 'On demand',
};
/** A delivery mode as it is said inside a sentence: "delivered in person", "offered virtual or on demand". */
export const DELIVERY_MODE_WORDS: Record<DeliveryMode, string> = {
  in_person: 'in person',
  virtual: 'virtual',
  on_demand: 'on demand',
};

/** What a service is for; plan checks reason about categories so custom services count too. */
export const ServiceCategorySchema = z.enum([
  'training',
  'implementation_support',
  'coaching',
  'collaboration',
  'leadership',
  'on_demand',
  'capacity_building',
  'data_review',
  'assessment',
  'evaluation',
]);
export type ServiceCategory = z.infer<typeof ServiceCategorySchema>;

export const PartySchema = z.enum(['consultant', 'district', 'joint']);
export type Party = z.infer<typeof PartySchema>;
export const PARTY_LABELS: Record<Party, string> = {
  consultant: 'Consultant',
  district: 'District',
  joint: 'District and consultant together',
};

export const InventoryLevelSchema = z.enum(['system', 'campus', 'individual'], {
  error: 'Level must be system, campus or individual',
});
export type InventoryLevel = z.infer<typeof InventoryLevelSchema>;

export const InventoryKindSchema = z.enum(
  ['strategic_goal', 'initiative', 'structure', 'practice', 'resource'],
  {
    error: 'Kind must be a strategic goal, initiative, structure, practice or resource',
  },
);
export type InventoryKind = z.infer<typeof InventoryKindSchema>;

export const InventoryStatusSchema = z.enum(['working', 'showing_promise'], {
  error: 'Status must be working or showing promise',
});
export type InventoryStatus = z.infer<typeof InventoryStatusSchema>;

export const ExpertiseLevelSchema = z.enum(['new', 'some', 'strong'], {
  error: 'Expertise must be new, some or strong',
});
export type ExpertiseLevel = z.infer<typeof ExpertiseLevelSchema>;

/**
 * How a line's count is said: in all, or per period ("2 visits per campus a quarter", "4 data
 * reviews a year"), so the units follow the window the line runs in.
 */
export const CadenceSchema = z.enum(['engagement', 'month', 'quarter', 'semester', 'year'], {
  error: 'A count is in all, or per month, quarter, semester or year',
});
export type Cadence = z.infer<typeof CadenceSchema>;
export const CADENCES: readonly Cadence[] = CadenceSchema.options;
export const CADENCE_LABELS: Record<Cadence, string> = {
  engagement: 'in all',
  month: 'a month',
  quarter: 'a quarter',
  semester: 'a semester',
  year: 'a year',
};
/** Months in one period of each cadence; null for a count given in all. */
export const CADENCE_MONTHS: Record<Cadence, number | null> = {
  engagement: null,
  month: 1,
  quarter: 3,
  semester: 6,
  year: 12,
};

/** Which days a blackout takes: every day, or only the days students are in class. */
export const BlackoutScopeSchema = z.enum(['all', 'classroom'], {
  error: 'A blackout takes all work or only classroom work',
});
export type BlackoutScope = z.infer<typeof BlackoutScopeSchema>;

export const PinSchema = z.enum(['none', 'funded', 'deferred'], {
  error: 'A pin must be none, funded or deferred',
});
export type Pin = z.infer<typeof PinSchema>;
