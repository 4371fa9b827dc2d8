import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CatalogSchema,
  ConsultancyProfileSchema,
  defaultCatalog,
  defaultRateCard,
  ENGAGEMENT_SCHEMA_VERSION,
  EngagementSchema,
  EngagementStatusSchema,
  migrateEngagement,
  newEngagement,
  RateCardSchema,
  SupportLevelSchema,
} from '../../../src/shared/domain';
import { draft, engagement, line, uid } from './build';
import { stressEngagement } from '../../support/stress';

function messages(input: unknown): string[] {
  const result = EngagementSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('default catalog and rate card', () => {
  it('offers every service the field texts name, each priced by a role on the rate card', () => {
    const ids = defaultCatalog.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'face-to-face-session',
        'implementation-support-visit',
        'coaching-cycle',
        'collaborative-planning',
        'leadership-coaching-call',
        'virtual-live-session',
        'on-demand-module',
        'facilitator-development',
        'pdca-data-review',
        'needs-assessment',
        'impact-evaluation',
      ]),
    );
    const roles = new Set(defaultRateCard.roles.map((r) => r.id));
    for (const s of defaultCatalog) expect(roles.has(s.consultantRole), s.id).toBe(true);
  });

  it('asks less of the consultant as the district takes over (facilitate ≥ collaborate ≥ coach)', () => {
    for (const s of defaultCatalog) {
      const hours = (l: 'facilitate' | 'collaborate' | 'coach') => s.work[l].planHours + s.work[l].leadHours;
      expect(hours('facilitate'), s.id).toBeGreaterThanOrEqual(hours('collaborate'));
      expect(hours('collaborate'), s.id).toBeGreaterThanOrEqual(hours('coach'));
    }
  });

  it('says who plans and who leads at each level, handing over to the district', () => {
    const session = defaultCatalog.find((s) => s.id === 'face-to-face-session');
    expect(session?.work.facilitate).toMatchObject({ plans: 'consultant', leads: 'consultant' });
    expect(session?.work.collaborate).toMatchObject({ plans: 'joint', leads: 'joint' });
    expect(session?.work.coach).toMatchObject({ plans: 'district', leads: 'district' });
  });

  it('rejects a catalog with duplicate ids and a rate card whose half day is not shorter than a day', () => {
    const first = defaultCatalog[0];
    expect(CatalogSchema.safeParse([first, first]).success).toBe(false);
    const bad = RateCardSchema.safeParse({ ...defaultRateCard, hoursPerHalfDay: 6 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/half day/);
  });
});

describe('enumerations', () => {
  it('knows the three support levels and the engagement statuses', () => {
    expect(SupportLevelSchema.options).toEqual(['facilitate', 'collaborate', 'coach']);
    expect(EngagementStatusSchema.parse('agreed')).toBe('agreed');
    expect(EngagementStatusSchema.safeParse('archived').success).toBe(false);
  });
});

describe('newEngagement', () => {
  it('is a valid blank engagement with the default catalog and rate card', () => {
    const e = newEngagement({ name: 'Spring literacy', clientName: 'Oak Hill ISD', today: '2025-03-10' });
    expect(EngagementSchema.safeParse(e).success).toBe(true);
    expect(e.schemaVersion).toBe(ENGAGEMENT_SCHEMA_VERSION);
    expect(e.status).toBe('draft');
    expect(e.client.name).toBe('Oak Hill ISD');
    // The next school year, not "today plus a year", which would straddle two of them.
    expect(e.timeline).toMatchObject({ start: '2025-08-01', end: '2026-06-30' });
    expect(e.catalog).toEqual(defaultCatalog);
    expect(e.catalog).not.toBe(defaultCatalog);
    expect(e.rateCard).toEqual(defaultRateCard);
    expect(e.drivers.coaching.rating).toBeNull();
  });

  it('gives each engagement its own id', () => {
    const a = newEngagement({ name: 'A', today: '2024-02-29' });
    const b = newEngagement({ name: 'B', today: '2024-02-29' });
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ['2025-03-10', '2025-08-01', '2026-06-30'],
    ['2025-07-31', '2025-08-01', '2026-06-30'],
    ['2025-08-01', '2026-08-01', '2027-06-30'],
    ['2025-12-31', '2026-08-01', '2027-06-30'],
  ])('opened on %s, plans the school year starting after it (%s to %s)', (today, start, end) => {
    expect(newEngagement({ name: 'A', today }).timeline).toMatchObject({ start, end });
  });

  it('refuses an empty name', () => {
    expect(() => newEngagement({ name: '  ' })).toThrow(z.ZodError);
  });
});

describe('EngagementSchema rejects nonsense in words a person understands', () => {
  const dep = line('dep', 'face-to-face-session');

  it('negative or fractional quantities', () => {
    const bad = { ...engagement(), lines: [{ ...dep, quantity: { ...dep.quantity, count: -2 } }] };
    expect(messages(bad)).toContain('lines.0.quantity.count: The number of units cannot be negative');
    const frac = { ...engagement(), lines: [{ ...dep, quantity: { ...dep.quantity, groups: 1.5 } }] };
    expect(messages(frac)).toContain('lines.0.quantity.groups: The number of groups must be a whole number');
  });

  it('money that is not whole cents, or negative', () => {
    expect(messages({ ...engagement(), budget: { amountCents: 100.5, fundingSources: [] } })).toContain(
      'budget.amountCents: Money must be a whole number of cents',
    );
    expect(messages({ ...engagement(), budget: { amountCents: -1, fundingSources: [] } })).toContain(
      'budget.amountCents: Money cannot be negative',
    );
  });

  it('an end before the start, for the timeline, a phase and a blackout', () => {
    const e = engagement();
    expect(messages({ ...e, timeline: { ...e.timeline, end: '2025-07-01' } })).toContain(
      'timeline.end: The timeline ends before it starts',
    );
    const phase = { id: uid('p'), name: 'Year one', start: '2025-09-01', end: '2025-08-01' };
    expect(messages({ ...e, timeline: { ...e.timeline, phases: [phase] } })).toContain(
      'timeline.phases.0.end: The phase ends before it starts',
    );
    const blackout = {
      id: uid('b'),
      label: 'Testing',
      start: '2026-04-10',
      end: '2026-04-01',
      scope: 'all',
      assessment: false,
    };
    expect(messages({ ...e, timeline: { ...e.timeline, blackouts: [blackout] } })).toContain(
      'timeline.blackouts.0.end: The blackout ends before it starts',
    );
  });

  it('dates that do not exist', () => {
    const e = engagement();
    expect(messages({ ...e, timeline: { ...e.timeline, start: '2025-02-30' } })[0]).toMatch(
      /not a real date/,
    );
  });

  it('a line depending on itself, on a missing line, or in a circle', () => {
    const self = line('self', 'coaching-cycle', { dependsOn: [uid('self')] });
    expect(messages(draft({ lines: [self] }))).toContain(
      'lines.0.dependsOn.0: “One-on-one coaching cycle” cannot depend on itself',
    );
    const missing = line('m', 'coaching-cycle', { dependsOn: [uid('nowhere')] });
    expect(messages(draft({ lines: [missing] }))).toContain(
      'lines.0.dependsOn.0: “One-on-one coaching cycle” depends on a line that is not in the plan',
    );
    const a = line('a', 'coaching-cycle', { title: 'Coaching', dependsOn: [uid('c')] });
    const b = line('b', 'face-to-face-session', { title: 'Institute', dependsOn: [uid('a')] });
    const c = line('c', 'pdca-data-review', { title: 'Review', dependsOn: [uid('b')] });
    const found = messages(draft({ lines: [a, b, c] }));
    expect(found.join('\n')).toMatch(
      /depend on each other in a circle.*“Coaching” → “Review” → “Institute” → “Coaching”/,
    );
  });

  it('links to needs, inventory items, phases or services that do not exist', () => {
    const l = line('x', 'coaching-cycle', { needIds: [uid('n')], buildsOn: [uid('i')], phaseId: uid('p') });
    const found = messages(draft({ lines: [l] }));
    expect(found).toContain(
      'lines.0.buildsOn.0: “One-on-one coaching cycle” builds on an inventory item that is not in the inventory',
    );
    expect(found).toContain(
      'lines.0.needIds.0: “One-on-one coaching cycle” serves a priority need that is not recorded',
    );
    expect(found).toContain(
      'lines.0.phaseId: “One-on-one coaching cycle” is placed in a phase that does not exist',
    );
    const unknown = { ...line('y', 'coaching-cycle'), serviceId: 'juggling-workshop' };
    expect(messages(draft({ lines: [unknown] })).join()).toMatch(/not in this engagement’s catalog/);
  });

  it('a delivery mode the service does not offer, and a minimum above the north star', () => {
    const l = line('v', 'implementation-support-visit', {
      deliveryMode: 'on_demand',
      groups: 2,
      minGroups: 3,
    });
    const found = messages(draft({ lines: [l] }));
    expect(found.join('\n')).toMatch(/cannot be delivered on demand/);
    expect(found.join('\n')).toMatch(/cannot be trimmed to 3 groups when the north star asks for only 2/);
  });

  it('a line kept funded by hand that depends on a line deferred by hand', () => {
    const a = line('a', 'face-to-face-session', { pin: 'deferred' });
    const b = line('b', 'coaching-cycle', { pin: 'funded', dependsOn: [a.id] });
    expect(messages(draft({ lines: [a, b] })).join()).toMatch(/kept funded by hand but depends on/);
  });

  it('duplicate ids', () => {
    const a = line('same', 'face-to-face-session');
    expect(messages(draft({ lines: [a, a] })).join()).toMatch(/Two plan lines share the id/);
  });
});

describe('migrateEngagement', () => {
  it('reads the current version back unchanged', () => {
    const e = engagement(() => ({ lines: [line('a', 'coaching-cycle')] }));
    expect(migrateEngagement(JSON.parse(JSON.stringify(e)))).toEqual(e);
  });

  it('names the problem for something that is not an engagement', () => {
    expect(() => migrateEngagement('hello')).toThrow(/must be an object/);
    expect(() => migrateEngagement({ name: 'x' })).toThrow(/schemaVersion/);
  });

  it('reads an early document that named groups with one word', () => {
    const e = engagement(() => ({ lines: [line('a', 'coaching-cycle'), line('b', 'coaching-cycle')] }));
    const raw = JSON.parse(JSON.stringify(e)) as { lines: Record<string, unknown>[] };
    const [first, second] = raw.lines;
    if (!first || !second) throw new Error('lines lost');
    first.groupLabel = 'teachers';
    second.groupLabel = '';
    const read = migrateEngagement(raw);
    expect(read.lines[0]?.groupLabel).toEqual({ singular: 'teachers', plural: 'teachers' });
    expect(read.lines[1]?.groupLabel).toBeNull();
  });

  it('upgrades a version-1 document: lines keep their full count, and its catalog learns which services are classroom work', () => {
    const v1 = JSON.parse(
      readFileSync(
        join(
          import.meta.dirname,
          '..',
          '..',
          'fixtures',
          'scenarios',
          'v1',
          'rec-k3-foundational-reading.json',
        ),
        'utf8',
      ),
    ) as {
      schemaVersion: number;
      catalog: Record<string, unknown>[];
      lines: { quantity: Record<string, unknown> }[];
    };
    expect(v1.schemaVersion).toBe(1);
    expect(v1.catalog.every((s) => !('classroom' in s))).toBe(true);
    expect(v1.lines.every((l) => !('minCount' in l.quantity))).toBe(true);
    const read = migrateEngagement(v1);
    expect(read.schemaVersion).toBe(2);
    expect(read.catalog.filter((s) => s.classroom).map((s) => s.id)).toEqual([
      'implementation-support-visit',
      'coaching-cycle',
      'needs-assessment',
    ]);
    for (const l of read.lines) {
      expect(l.quantity).toMatchObject({ per: 'engagement', minCount: null });
      expect(l).toMatchObject({ level: null, campusIds: [], followUps: [], districtFollowUp: [], dates: [] });
    }
    expect(read.budget.fundsThrough).toBeNull();
    expect(read.timeline.facilitatorsPerDay).toBeNull();
    expect(read.timeline.blackouts.every((b) => b.scope === 'all' && !b.assessment)).toBe(true);
  });

  it('refuses a document from a newer app', () => {
    expect(() =>
      migrateEngagement({ ...engagement(), schemaVersion: ENGAGEMENT_SCHEMA_VERSION + 1 }),
    ).toThrow(/newer version of the app/);
  });

  it('throws a zod error naming the bad field', () => {
    const e = engagement();
    try {
      migrateEngagement({ ...e, status: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues[0]?.path).toEqual(['status']);
    }
  });
});

describe('ConsultancyProfileSchema', () => {
  const profile = {
    name: 'Brightpath Learning Partners',
    address: '12 Main St',
    email: 'hello@brightpath.example',
    phone: '',
    website: 'https://brightpath.example',
    primaryColour: '#1f3a5f',
    accentColour: '#e0a526',
  };

  it('accepts a profile with or without a logo', () => {
    expect(ConsultancyProfileSchema.safeParse(profile).success).toBe(true);
    expect(
      ConsultancyProfileSchema.safeParse({ ...profile, logo: 'data:image/png;base64,iVBORw0KGgo=' }).success,
    ).toBe(true);
  });

  it('rejects colours that are not #rrggbb and a logo that is not an image data URL', () => {
    const colour = ConsultancyProfileSchema.safeParse({ ...profile, accentColour: 'gold' });
    expect(colour.error?.issues[0]?.message).toBe('Colour must be written #rrggbb');
    expect(ConsultancyProfileSchema.safeParse({ ...profile, logo: 'https://x/logo.png' }).success).toBe(
      false,
    );
  });
});

describe('stressEngagement', () => {
  it('is large, valid, deterministic and full of non-Latin text', () => {
    const a = stressEngagement(300);
    expect(EngagementSchema.safeParse(a).success).toBe(true);
    expect(a.lines).toHaveLength(300);
    expect(a.inventory).toHaveLength(40);
    expect(stressEngagement(300)).toEqual(a);
    const text = a.lines.map((l) => l.title).join(' ');
    expect(text).toMatch(/[\u0370-\u03ff]/);
    expect(text).toMatch(/[\u0400-\u04ff]/);
    expect(text).toMatch(/[À-ÿ]/);
    expect(a.lines.some((l) => l.dependsOn.length > 0)).toBe(true);
  });
});
