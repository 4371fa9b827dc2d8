import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store';
import { AppError } from '../../../src/shared/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateEngagement, type Engagement } from '../../../src/shared/domain';
import { DAY_MS, manualClock, tempDataDir } from './helpers';

let store: Store;
let dir: string;
let cleanup: () => void;
let clock: ReturnType<typeof manualClock>;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('engagements'));
  clock = manualClock();
  store = openStore(dir, { now: clock.now, backupIntervalMs: null });
});
afterEach(() => {
  store.close();
  cleanup();
});

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

function withNotes(e: Engagement, notes: string): Engagement {
  return { ...e, notes };
}

describe('creating and saving engagements', () => {
  it('creates a blank engagement at version 1 and reads it back', () => {
    const created = store.createBlank('Literacy coaching 2025', 'Riverside USD');
    expect(created.meta).toMatchObject({
      name: 'Literacy coaching 2025',
      clientName: 'Riverside USD',
      status: 'draft',
      version: 1,
    });
    const read = store.engagements.get(created.engagement.id);
    expect(read.engagement).toEqual(created.engagement);
  });

  it('starts new engagements from the catalog and rate card in settings', () => {
    const { rateCard } = store.settings.get();
    store.settings.saveRateCard({ ...rateCard, name: 'Partner rates 2025' });
    const created = store.createBlank('Math PLCs');
    expect(created.engagement.rateCard.name).toBe('Partner rates 2025');
  });

  it('saves a new version and reads back exactly what was saved', () => {
    const { engagement } = store.createBlank('Science inquiry');
    clock.advance(1000);
    const receipt = store.engagements.save(withNotes(engagement, 'District wants a spring start.'), 1);
    expect(receipt).toEqual({ id: engagement.id, version: 2, updatedAt: clock.now().toISOString() });
    const read = store.engagements.get(engagement.id);
    expect(read.engagement.notes).toBe('District wants a spring start.');
    expect(read.meta.version).toBe(2);
  });

  it('refuses a stale save instead of overwriting newer work', () => {
    const { engagement } = store.createBlank('Two windows');
    store.engagements.save(withNotes(engagement, 'saved by window A'), 1);
    const error = errorOf(() => store.engagements.save(withNotes(engagement, 'late save from window B'), 1));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(error.message).toMatch(/version 1/);
    expect(store.engagements.get(engagement.id).engagement.notes).toBe('saved by window A');
  });

  it('refuses a save to a deleted engagement and to one that never existed', () => {
    const { engagement } = store.createBlank('Doomed');
    store.engagements.softDelete(engagement.id);
    expect(errorOf(() => store.engagements.save(engagement, 1)).message).toMatch(/deleted/);
    const ghost = { ...engagement, id: '00000000-0000-4000-8000-000000000000' };
    expect(errorOf(() => store.engagements.save(ghost, 1)).code).toBe('not_found');
  });

  it('keeps the index columns in step with the document', () => {
    const { engagement } = store.createBlank('Old name', 'Old client');
    store.engagements.save(
      {
        ...engagement,
        name: 'New name',
        status: 'proposed',
        client: { ...engagement.client, name: 'New client' },
      },
      1,
    );
    const [summary] = store.engagements.list().items;
    expect(summary).toMatchObject({ name: 'New name', clientName: 'New client', status: 'proposed' });
  });

  it('refuses a document that does not validate and keeps the saved one', () => {
    const { engagement } = store.createBlank('Valid');
    const broken = { ...engagement, name: '' };
    expect(() => store.engagements.save(broken, 1)).toThrow();
    expect(store.engagements.get(engagement.id).meta.version).toBe(1);
  });
});

describe('templates and duplicates', () => {
  it('duplicates an engagement under a new id as a draft', () => {
    const { engagement } = store.createBlank('Original', 'Lakeside ISD');
    store.engagements.save({ ...engagement, status: 'agreed', notes: 'keep me' }, 1);
    const copy = store.engagements.duplicate(engagement.id);
    expect(copy.engagement.id).not.toBe(engagement.id);
    expect(copy.meta).toMatchObject({
      name: 'Original (copy)',
      status: 'draft',
      clientName: 'Lakeside ISD',
      version: 1,
    });
    expect(copy.engagement.notes).toBe('keep me');
    expect(store.engagements.list().total).toBe(2);
  });

  it('starts a new engagement from another one’s plan but not its client’s details', () => {
    const { engagement } = store.createBlank('Template source', 'Lakeside ISD');
    store.engagements.save({ ...engagement, notes: 'Lakeside board meets Tuesdays' }, 1);
    const fromTemplate = store.engagements.createFromTemplate(
      engagement.id,
      'New district plan',
      'Hill Country CISD',
    );
    expect(fromTemplate.meta).toMatchObject({
      name: 'New district plan',
      clientName: 'Hill Country CISD',
      status: 'draft',
    });
    expect(fromTemplate.engagement.notes).toBe('');
    expect(fromTemplate.engagement.catalog).toEqual(engagement.catalog);
  });

  it('starts from a plan whose lines are tied to campuses, dates and the district’s own follow-up', () => {
    const source = migrateEngagement(
      JSON.parse(
        readFileSync(
          join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', 'urban-multilingual-two-year.json'),
          'utf8',
        ),
      ),
    );
    const { engagement } = store.createBlank('Tied plan', 'Cumberland Metro');
    store.engagements.save({ ...source, id: engagement.id }, 1);
    const fromTemplate = store.engagements.createFromTemplate(engagement.id, 'Next district', 'Another ISD');
    const lines = fromTemplate.engagement.lines;
    expect(lines).toHaveLength(source.lines.length);
    expect(
      lines.every((l) => l.campusIds.length === 0 && l.dates.length === 0 && l.districtFollowUp.length === 0),
    ).toBe(true);
    // Ties between the plan's own lines travel with it.
    expect(lines.filter((l) => l.followUps.length > 0)).toHaveLength(
      source.lines.filter((l) => l.followUps.length > 0).length,
    );
  });
});

describe('listing', () => {
  it('sorts, filters by status and pages', () => {
    const names = ['Charlie', 'alpha', 'Bravo', 'delta', 'Echo'];
    for (const name of names) {
      clock.advance(1000);
      const { engagement } = store.createBlank(name, `${name} district`);
      if (name === 'Bravo' || name === 'Echo')
        store.engagements.save({ ...engagement, status: 'proposed' }, 1);
    }
    expect(store.engagements.list().items.map((e) => e.name)).toEqual([
      'Echo',
      'delta',
      'Bravo',
      'alpha',
      'Charlie',
    ]);
    expect(store.engagements.list({ sort: 'name' }).items.map((e) => e.name)).toEqual([
      'alpha',
      'Bravo',
      'Charlie',
      'delta',
      'Echo',
    ]);
    expect(
      store.engagements.list({ sort: 'name', direction: 'desc', limit: 2 }).items.map((e) => e.name),
    ).toEqual(['Echo', 'delta']);
    const page2 = store.engagements.list({ sort: 'name', offset: 2, limit: 2 });
    expect(page2.items.map((e) => e.name)).toEqual(['Charlie', 'delta']);
    expect(page2.total).toBe(5);
    expect(
      store.engagements
        .list({ status: 'proposed' })
        .items.map((e) => e.name)
        .sort(),
    ).toEqual(['Bravo', 'Echo']);
  });

  it('shows archived engagements only where asked and deleted ones only in the deleted list', () => {
    const a = store.createBlank('Active one').engagement;
    const b = store.createBlank('Archived one').engagement;
    const c = store.createBlank('Deleted one').engagement;
    store.engagements.setArchived(b.id, true);
    store.engagements.softDelete(c.id);
    const names = (shelf: 'active' | 'archived' | 'all' | 'deleted') =>
      store.engagements
        .list({ shelf })
        .items.map((e) => e.name)
        .sort();
    expect(names('active')).toEqual(['Active one']);
    expect(names('archived')).toEqual(['Archived one']);
    expect(names('all')).toEqual(['Active one', 'Archived one']);
    expect(names('deleted')).toEqual(['Deleted one']);
    store.engagements.setArchived(b.id, false);
    expect(names('active')).toEqual(['Active one', 'Archived one']);
    expect(store.engagements.get(a.id).meta.archivedAt).toBeNull();
  });
});

describe('delete with undo', () => {
  it('restores a deleted engagement with everything in it', () => {
    const { engagement } = store.createBlank('Undo me');
    store.engagements.save(withNotes(engagement, 'precious notes'), 1);
    store.engagements.softDelete(engagement.id);
    expect(errorOf(() => store.engagements.get(engagement.id)).code).toBe('not_found');
    store.engagements.restore(engagement.id);
    expect(store.engagements.get(engagement.id).engagement.notes).toBe('precious notes');
  });

  it('purges engagements deleted more than 30 days ago when the store opens, and keeps recent ones', () => {
    const old = store.createBlank('Deleted long ago').engagement;
    store.freezeRevision(old.id, 'sent');
    store.engagements.softDelete(old.id);
    clock.advance(20 * DAY_MS);
    const recent = store.createBlank('Deleted recently').engagement;
    store.engagements.softDelete(recent.id);
    clock.advance(11 * DAY_MS);
    store.close();
    store = openStore(dir, { now: clock.now, backupIntervalMs: null });
    expect(store.engagements.list({ shelf: 'deleted' }).items.map((e) => e.name)).toEqual([
      'Deleted recently',
    ]);
    expect(errorOf(() => store.engagements.restore(old.id)).code).toBe('not_found');
    expect(store.engagements.search({ text: 'long ago' }).total).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(0);
    expect(store.status().notices.map((n) => n.kind)).toContain('purged');
  });
});

describe('search', () => {
  it('finds engagements by name, client, needs, inventory and notes, best match first', () => {
    const a = store.createBlank('Literacy coaching', 'Riverside USD').engagement;
    const b = store.createBlank('Math PLCs', 'Lakeside ISD').engagement;
    store.engagements.save(
      {
        ...b,
        notes: 'Superintendent asked about literacy too',
        needs: [
          {
            id: '11111111-1111-4111-8111-111111111111',
            statement: 'Grade 3 fractions proficiency is low',
            learners: 'students',
            evidence: { source: 'State assessment', measure: '% proficient', baseline: '41%', target: '55%' },
            rank: 1,
          },
        ],
        inventory: [
          {
            id: '22222222-2222-4222-8222-222222222222',
            name: 'Weekly data teams',
            level: 'campus',
            kind: 'structure',
            evidence: 'Agendas since 2023',
            status: 'working',
            notes: '',
          },
        ],
      },
      1,
    );
    expect(store.engagements.search({ text: 'riverside' }).items.map((e) => e.id)).toEqual([a.id]);
    expect(store.engagements.search({ text: 'fractions' }).items.map((e) => e.id)).toEqual([b.id]);
    expect(store.engagements.search({ text: 'data teams' }).items.map((e) => e.id)).toEqual([b.id]);
    // A name match outranks a mention in the notes.
    expect(store.engagements.search({ text: 'literacy' }).items.map((e) => e.id)).toEqual([a.id, b.id]);
    // Prefixes match as people type.
    expect(store.engagements.search({ text: 'lakesi' }).items.map((e) => e.id)).toEqual([b.id]);
    const hit = store.engagements.search({ text: 'fractions' }).items[0];
    expect(hit?.snippet.some((part) => part.match && /fractions/i.test(part.text))).toBe(true);
  });

  it('treats search syntax as plain words and never fails on odd input', () => {
    store.createBlank('Quotes "and" stars*', 'NEAR AND OR');
    for (const text of [
      '"',
      '*',
      'NEAR(',
      'name:',
      '(((',
      'AND OR NOT',
      '-',
      '^',
      '',
      '   ',
      '\u0000',
      '🙂',
    ]) {
      expect(() => store.engagements.search({ text })).not.toThrow();
    }
    expect(store.engagements.search({ text: 'NEAR AND' }).total).toBe(1);
  });

  it('forgets old words when an engagement is saved and hides deleted engagements', () => {
    const { engagement } = store.createBlank('Coaching cycles', 'Oakwood');
    store.engagements.save({ ...engagement, client: { ...engagement.client, name: 'Pinecrest' } }, 1);
    expect(store.engagements.search({ text: 'oakwood' }).total).toBe(0);
    expect(store.engagements.search({ text: 'pinecrest' }).total).toBe(1);
    store.engagements.softDelete(engagement.id);
    expect(store.engagements.search({ text: 'pinecrest' }).total).toBe(0);
  });
});

describe('stored documents', () => {
  it('reports a document it cannot read by name, and the rest of the list still works', () => {
    const bad = store.createBlank('From a newer app').engagement;
    store.createBlank('Fine');
    store.db
      .prepare(
        `UPDATE engagement_documents SET document = json_set(document, '$.schemaVersion', 99)
         WHERE engagement_seq = (SELECT seq FROM engagements WHERE id = ?)`,
      )
      .run(bad.id);
    const error = errorOf(() => store.engagements.get(bad.id));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/“From a newer app” could not be read: .*newer version/);
    expect(store.engagements.list().total).toBe(2);
  });
});
