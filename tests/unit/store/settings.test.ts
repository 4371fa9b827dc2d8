import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/dispatch';
import { openStore, type Store } from '../../../src/main/store';
import { newEngagement } from '../../../src/shared/domain';
import { servicesIn } from './services';
import { manualClock, tempDataDir } from './helpers';

let store: Store;
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDataDir('settings'));
  mkdirSync(join(dir, 'samples'));
  store = openStore(dir, {
    now: manualClock().now,
    backupIntervalMs: null,
    samplesDir: join(dir, 'samples'),
  });
});
afterEach(() => {
  store.close();
  cleanup();
});

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('settings', () => {
  it('keeps the consultancy profile with its logo and colours across restarts', () => {
    store.settings.saveProfile({
      name: 'Northstar Learning Partners',
      address: '12 Elm St, Austin TX',
      email: '',
      phone: '',
      website: '',
      logo: PNG,
      primaryColour: '#123456',
      accentColour: '#abcdef',
    });
    store.close();
    store = openStore(dir, { backupIntervalMs: null });
    expect(store.settings.get().profile).toMatchObject({
      name: 'Northstar Learning Partners',
      logo: PNG,
      primaryColour: '#123456',
    });
  });

  it('refuses a catalog service priced by a role the default rate card lacks, naming it', () => {
    const { catalog } = store.settings.get();
    const [first] = catalog;
    if (!first) throw new Error('default catalog is empty');
    expect(() => store.settings.saveCatalog([{ ...first, consultantRole: 'astronaut' }])).toThrow(
      /catalog\.0\.consultantRole.*astronaut/,
    );
  });

  it('refuses to drop a rate-card role the catalog still uses', () => {
    const { rateCard, catalog } = store.settings.get();
    const used = catalog[0]?.consultantRole;
    const roles = rateCard.roles.filter((r) => r.id !== used);
    // Other roles remain, so what is refused is the orphaned service, not an empty rate card.
    expect(roles.length).toBeGreaterThan(0);
    expect(() => store.settings.saveRateCard({ ...rateCard, roles })).toThrow(/keep that role/);
  });

  it('never changes an engagement already created when the catalog is edited', () => {
    const before = store.createBlank('Scoped last spring').engagement;
    const { catalog } = store.settings.get();
    store.settings.saveCatalog(catalog.map((s) => ({ ...s, name: `${s.name} (2026)` })));
    expect(store.engagements.get(before.id).engagement.catalog).toEqual(before.catalog);
    expect(store.createBlank('Scoped now').engagement.catalog[0]?.name).toMatch(/\(2026\)$/);
  });

  it('starts from the standard terms, keeps a reworded library across restarts, and refuses a clause with no wording', () => {
    const { terms } = store.settings.get();
    expect(terms.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'payment',
        'cancellation',
        'termination',
        'privacy',
        'materials',
        'insurance',
        'changes',
      ]),
    );
    const reworded = terms.map((c) => (c.id === 'payment' ? { ...c, text: 'Net 45, paid by cheque.' } : c));
    store.settings.saveTerms(reworded.filter((c) => c.id !== 'insurance'));
    store.close();
    store = openStore(dir, { backupIntervalMs: null });
    const after = store.settings.get().terms;
    expect(after.find((c) => c.id === 'payment')?.text).toBe('Net 45, paid by cheque.');
    expect(after.some((c) => c.id === 'insurance')).toBe(false);
    expect(() => store.settings.saveTerms([{ id: 'empty', title: 'Empty', text: '  ' }])).toThrow(/wording/);
  });

  it('falls back to defaults when a stored setting no longer validates', () => {
    store.db
      .prepare(`INSERT INTO settings (key, document, updated_at) VALUES ('profile', '{"name": ""}', 'x')`)
      .run();
    expect(store.settings.get().profile.name).toBe('Your consultancy');
  });

  it('refuses an oversized logo through the channel', async () => {
    const services = servicesIn(join(dir, 'other'));
    try {
      const { profile } = store.settings.get();
      const logo = `data:image/png;base64,${'A'.repeat(3_000_000)}`;
      const result = await dispatch(services.handlers, 'settings:saveProfile', { ...profile, logo });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!result.ok) expect(result.error.message).toMatch(/logo.*too large/);
    } finally {
      services.close();
    }
  });
});

describe('samples', () => {
  it('lists the shipped samples and creates a draft copy of one under a new id', () => {
    const sample = {
      ...newEngagement({ name: 'Small rural district', clientName: 'Cedar Valley' }),
      status: 'agreed' as const,
    };
    writeFileSync(join(dir, 'samples', 'small-rural.json'), JSON.stringify(sample));
    writeFileSync(join(dir, 'samples', 'broken.json'), '{ not json');
    expect(store.samples()).toEqual([{ id: 'small-rural', name: 'Small rural district', description: '' }]);
    const created = store.createFromSample('small-rural');
    expect(created.engagement.id).not.toBe(sample.id);
    expect(created.meta).toMatchObject({
      name: 'Small rural district',
      clientName: 'Cedar Valley',
      status: 'draft',
    });
    expect(() => store.createFromSample('../settings')).toThrow(/no sample/);
  });
});
