import { defaultCatalog, defaultRateCard } from './catalog';
import { ENGAGEMENT_SCHEMA_VERSION, EngagementSchema, type Engagement } from './engagement';
import { isIsoDate } from './primitives';

type RawDocument = Record<string, unknown>;

/** Services of the default catalog whose in-person work needs students in class. */
const CLASSROOM_SERVICES = new Set(defaultCatalog.filter((s) => s.classroom).map((s) => s.id));

/**
 * Upgrades from version N to N+1, keyed by N. A migration takes the raw document of its
 * version and returns the next one; it never validates, EngagementSchema does that at the end.
 */
const migrations: Record<number, (doc: RawDocument) => RawDocument> = {
  /**
   * Version 2 sizes dosage as well as coverage, ties follow-ups and campuses, and knows which
   * services need students in class. New fields take their defaults (a line keeps its full
   * count and shrinks only by groups, as before); the engagement's own copy of a default-catalog
   * service learns whether it is classroom work.
   */
  1: (doc) => {
    const catalog: unknown[] = Array.isArray(doc.catalog) ? doc.catalog : [];
    return untaggedSources({
      ...doc,
      ...(Array.isArray(doc.catalog)
        ? {
            catalog: catalog.map((service) =>
              isRecord(service) && typeof service.id === 'string' && !('classroom' in service)
                ? { ...service, classroom: CLASSROOM_SERVICES.has(service.id) }
                : service,
            ),
          }
        : {}),
    });
  },
};

/**
 * Funding sources from before restriction tags had them in words only: they are marked untagged,
 * so the engine reads their wording and the app asks the consultant to confirm it.
 */
function untaggedSources(doc: RawDocument): RawDocument {
  const budget = doc.budget;
  if (!isRecord(budget) || !Array.isArray(budget.fundingSources)) return doc;
  const sources: unknown[] = budget.fundingSources;
  return {
    ...doc,
    budget: {
      ...budget,
      fundingSources: sources.map((s) => (isRecord(s) && !('restrict' in s) ? { ...s, tagged: false } : s)),
    },
  };
}

function isRecord(value: unknown): value is RawDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored or imported engagement of any known version: upgrades it step by step, then
 * validates it. Throws an Error naming the problem, or the ZodError naming each bad field.
 */
export function migrateEngagement(raw: unknown): Engagement {
  if (!isRecord(raw)) throw new Error('An engagement must be an object; this file holds something else');
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(
      'schemaVersion: missing or not a version number, so this is not an engagement the app can read',
    );
  }
  if (version > ENGAGEMENT_SCHEMA_VERSION) {
    throw new Error(
      `schemaVersion: this engagement was saved by a newer version of the app (schema version ${version}; this app reads up to ${ENGAGEMENT_SCHEMA_VERSION}). Update the app to open it.`,
    );
  }
  let doc: RawDocument = raw;
  for (let v = version; v < ENGAGEMENT_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`schemaVersion: no upgrade from version ${v} to ${v + 1}`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return EngagementSchema.parse(repairGroupLabels(doc));
}

/**
 * Early version-1 documents named a line's groups with one plain word; read it as both the
 * singular and the plural rather than refuse the document.
 */
function repairGroupLabels(doc: RawDocument): RawDocument {
  if (!Array.isArray(doc.lines)) return doc;
  const lines: unknown[] = doc.lines;
  return {
    ...doc,
    lines: lines.map((line) => {
      if (!isRecord(line) || typeof line.groupLabel !== 'string') return line;
      const word = line.groupLabel.trim();
      return { ...line, groupLabel: word === '' ? null : { singular: word, plural: word } };
    }),
  };
}

/** Today as YYYY-MM-DD in the computer's own time zone, which is the date people mean. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The next school year that starts after `today`, August 1 to June 30: the window a district
 * plans professional learning for, where "today plus a year" would straddle two school years.
 */
function nextSchoolYear(today: string): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const startYear = today < `${year}-08-01` ? year : year + 1;
  return { start: `${startYear}-08-01`, end: `${startYear + 1}-06-30` };
}

/**
 * A blank, valid engagement: the next school year as its window, the default catalog and rate card,
 * nothing rated yet. `today` is for tests and imports that need a fixed date.
 */
export function newEngagement(input: { name: string; clientName?: string; today?: string }): Engagement {
  const today = input.today !== undefined && isIsoDate(input.today) ? input.today : localToday();
  const unrated = { rating: null, notes: '' };
  return EngagementSchema.parse({
    schemaVersion: ENGAGEMENT_SCHEMA_VERSION,
    id: globalThis.crypto.randomUUID(),
    name: input.name,
    status: 'draft',
    notes: '',
    client: {
      organizationType: 'district',
      name: input.clientName ?? '',
      region: '',
      contacts: [],
      campuses: [],
      educators: { teachers: 0, coaches: 0, principals: 0, centralOffice: 0 },
      students: 0,
      fiscalYearStartMonth: 7,
    },
    needs: [],
    inventory: [],
    drivers: {
      selection: unrated,
      training: unrated,
      coaching: unrated,
      internal_systems: unrated,
      external_systems: unrated,
      data_support_systems: unrated,
      leadership: { ...unrated, challenge: null },
    },
    expertise: {
      contentFamiliarity: null,
      facilitationExperience: null,
      inHouseFacilitators: 0,
      inHouseCoaches: 0,
      notes: '',
    },
    supportLevel: { recommended: null, chosen: null, overrideReason: '', stepDown: [] },
    lines: [],
    budget: { amountCents: 0, fundingSources: [] },
    timeline: {
      ...nextSchoolYear(today),
      blackouts: [],
      pdDays: [],
      visitDaysPerMonth: 4,
      phases: [],
    },
    catalog: structuredClone(defaultCatalog),
    rateCard: structuredClone(defaultRateCard),
    discount: { kind: 'none' },
  });
}
