import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store';
import { AppError } from '../../../src/shared/errors';
import { manualClock, tempDataDir } from './helpers';

let store: Store;
let cleanup: () => void;
let clock: ReturnType<typeof manualClock>;

beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDataDir('revisions'));
  clock = manualClock();
  store = openStore(dir, { now: clock.now, backupIntervalMs: null });
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('revisions', () => {
  it('numbers each exported version 1, 2, 3 with its date and note', () => {
    const { engagement } = store.createBlank('Literacy', 'Riverside');
    const first = store.freezeRevision(engagement.id, '  First draft for the cabinet  ');
    clock.advance(86_400_000);
    store.engagements.save({ ...engagement, notes: 'after feedback' }, 1);
    const second = store.freezeRevision(engagement.id, 'Revised after feedback');
    expect(first).toMatchObject({
      number: 1,
      note: 'First draft for the cabinet',
      engagementVersion: 1,
      createdAt: '2025-03-01T09:00:00.000Z',
    });
    expect(second).toMatchObject({ number: 2, engagementVersion: 2, createdAt: '2025-03-02T09:00:00.000Z' });
    expect(store.revisions.list(engagement.id).map((r) => r.number)).toEqual([1, 2]);
    // Revisions are per engagement.
    const other = store.createBlank('Math').engagement;
    expect(store.freezeRevision(other.id, '').number).toBe(1);
  });

  it('opens a revision as it was sent, whatever was saved afterwards', () => {
    const { engagement } = store.createBlank('Literacy');
    store.engagements.save({ ...engagement, notes: 'as sent' }, 1);
    store.freezeRevision(engagement.id, 'sent');
    store.engagements.save({ ...engagement, notes: 'edited later', name: 'Literacy v2' }, 2);
    const opened = store.revisions.open(engagement.id, 1);
    expect(opened.engagement.notes).toBe('as sent');
    expect(opened.engagement.name).toBe('Literacy');
    expect(store.engagements.get(engagement.id).engagement.notes).toBe('edited later');
  });

  it('cannot be changed or removed while its engagement exists', () => {
    const { engagement } = store.createBlank('Literacy');
    store.freezeRevision(engagement.id, 'sent');
    expect(() => store.db.prepare(`UPDATE revisions SET note = 'rewritten history'`).run()).toThrow(/frozen/);
    expect(() => store.db.prepare(`DELETE FROM revisions`).run()).toThrow(/kept as long/);
    expect(store.revisions.open(engagement.id, 1).revision.note).toBe('sent');
  });

  it('says clearly when a revision or its engagement does not exist', () => {
    const { engagement } = store.createBlank('Literacy');
    expect(() => store.revisions.open(engagement.id, 3)).toThrow(/Revision 3 .* does not exist/);
    let caught: unknown;
    try {
      store.freezeRevision('00000000-0000-4000-8000-000000000000', 'x');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('not_found');
  });

  it('keeps revisions through a soft delete and its undo', () => {
    const { engagement } = store.createBlank('Literacy');
    store.freezeRevision(engagement.id, 'sent');
    store.engagements.softDelete(engagement.id);
    store.engagements.restore(engagement.id);
    expect(store.revisions.list(engagement.id)).toHaveLength(1);
  });
});
