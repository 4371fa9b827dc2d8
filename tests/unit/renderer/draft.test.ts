import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngagementSchema, type Engagement } from '../../../src/shared/domain';
import { Draft } from '../../../src/renderer/src/draft/draft';
import { getAt, setAt, stableKey } from '../../../src/renderer/src/draft/paths';
import { saveable } from '../../../src/renderer/src/draft/repair';
import { engagement, line, uid } from '../shared/build';

const contact = (key: string, name: string) => ({
  id: uid(key),
  name,
  role: '',
  email: '',
  phone: '',
});

function withLines(): Engagement {
  return engagement(() => ({
    budget: { amountCents: 5_000_000, fundingSources: [] },
    lines: [line('a', 'face-to-face-session', { count: 4 }), line('b', 'coaching-cycle', { count: 2 })],
  }));
}

describe('paths', () => {
  it('copies only what lies along the written path', () => {
    const doc = withLines();
    const next = setAt(doc, 'lines.1.quantity.count', 7);
    expect(getAt(next, 'lines.1.quantity.count')).toBe(7);
    expect(next.lines[0]).toBe(doc.lines[0]);
    expect(next.client).toBe(doc.client);
    expect(doc.lines[1]?.quantity.count).toBe(2);
    expect(setAt(doc, 'lines.1.quantity.count', 2)).toBe(doc);
  });

  it('names rows by id, so a key survives rows moving', () => {
    const doc = withLines();
    expect(stableKey(doc, 'lines.1.quantity.count')).toBe(`lines.#${uid('b')}.quantity.count`);
  });
});

describe('saveable', () => {
  it('saves every valid edit while another field is refused, keeping that field as last saved', () => {
    const saved = withLines();
    const typed = setAt(setAt(saved, 'name', '   '), 'lines.0.quantity.count', 9);
    const result = saveable(EngagementSchema, typed, saved);
    expect(result.doc.name).toBe(saved.name);
    expect(result.doc.lines[0]?.quantity.count).toBe(9);
    expect(result.issues.map((i) => i.path)).toEqual(['name']);
  });

  it('leaves out a new row that is not valid yet, and says it is new', () => {
    const saved = withLines();
    const typed = setAt(
      setAt(saved, 'client.contacts', [contact('c1', '')]),
      'budget.amountCents',
      4_850_000,
    );
    const result = saveable(EngagementSchema, typed, saved);
    expect(result.doc.client.contacts).toEqual([]);
    expect(result.doc.budget.amountCents).toBe(4_850_000);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'client.contacts.0.name', newRow: `client.contacts.#${uid('c1')}` }),
    ]);
  });

  it('puts back a saved row that became invalid, found by id after rows moved', () => {
    const saved = engagement(() => ({ client: { ...engagement().client, contacts: [contact('x', 'Ana')] } }));
    const typed = setAt(saved, 'client.contacts', [contact('new', 'Ben'), contact('x', '')]);
    const result = saveable(EngagementSchema, typed, saved);
    expect(result.doc.client.contacts.map((c) => c.name)).toEqual(['Ben', 'Ana']);
  });

  it('goes up to the section when a field alone cannot be put back (a start after the end)', () => {
    const saved = withLines();
    const typed = setAt(setAt(saved, 'timeline.start', '2026-09-01'), 'budget.amountCents', 100);
    const result = saveable(EngagementSchema, typed, saved);
    expect(result.doc.timeline.start).toBe(saved.timeline.start);
    expect(result.doc.budget.amountCents).toBe(100);
    expect(result.issues[0]?.message).toMatch(/ends before it starts/);
  });

  it('drops a dependency on a line that is left out, and keeps the line that has it', () => {
    const saved = withLines();
    const fresh = {
      ...line('c', 'face-to-face-session'),
      quantity: { ...line('c', 'face-to-face-session').quantity, count: 0 },
    };
    const typed = setAt(setAt(saved, 'lines', [...saved.lines, fresh]), 'lines.0.dependsOn', [fresh.id]);
    const result = saveable(EngagementSchema, typed, saved);
    expect(result.doc.lines.map((l) => l.id)).toEqual([uid('a'), uid('b')]);
    expect(result.doc.lines[0]?.dependsOn).toEqual([]);
  });
});

describe('Draft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function open(doc = withLines()) {
    const stored: Engagement[] = [];
    const draft = new Draft(doc, { schema: EngagementSchema, onValid: (d) => stored.push(d), pauseMs: 100 });
    return { draft, stored };
  }

  it('checks after a pause in typing, not on every key', () => {
    const { draft, stored } = open();
    draft.set('budget.amountCents', 1);
    draft.set('budget.amountCents', 12);
    vi.advanceTimersByTime(50);
    expect(stored).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(stored.map((d) => d.budget.amountCents)).toEqual([12]);
  });

  it('shows a message only on a field changed and left, and never on an untouched new row', () => {
    const { draft } = open();
    draft.insert('client.contacts', contact('c1', ''));
    expect(draft.checked.issues.get('client.contacts.0.name')).toMatch(/cannot be empty/);
    draft.leave('client.contacts.0.name');
    expect(draft.errorFor('client.contacts.0.name')).toBeUndefined();
    expect(draft.checked.problems).toEqual([]);

    draft.set('client.contacts.0.email', 'ana@district.org');
    vi.runAllTimers();
    expect(draft.checked.problems.map((p) => p.path)).toEqual(['client.contacts.0.name']);
    draft.set('name', '');
    vi.runAllTimers();
    expect(draft.errorFor('name')).toBeUndefined();
    draft.leave('name');
    expect(draft.errorFor('name')).toMatch(/cannot be empty/);
  });

  it('holds the last stored value, not a keystroke on the way, while a field does not read', () => {
    const { draft, stored } = open();
    draft.set('budget.amountCents', 4_800);
    draft.setFieldProblem('budget.amountCents', 'separate thousands in groups of three');
    expect(draft.get('budget.amountCents')).toBe(5_000_000);
    vi.runAllTimers();
    expect(stored).toEqual([]);
    draft.set('budget.amountCents', 4_850_000);
    vi.runAllTimers();
    expect(stored.at(-1)?.budget.amountCents).toBe(4_850_000);
    expect(draft.checked.problems).toEqual([]);
  });

  it('keeps the typed text of an unreadable field out of the document and says why', () => {
    const { draft, stored } = open();
    draft.setFieldProblem('budget.amountCents', 'not an amount');
    draft.set('name', 'Renamed');
    vi.runAllTimers();
    expect(stored.at(-1)?.name).toBe('Renamed');
    expect(stored.at(-1)?.budget.amountCents).toBe(5_000_000);
    expect(draft.checked.problems).toEqual([{ path: 'budget.amountCents', message: 'not an amount' }]);
    draft.revealAll();
    expect(draft.errorFor('budget.amountCents')).toBe('not an amount');
  });

  it('says so when a value is set as it already is, so a save indicator waiting on it settles', () => {
    let unchanged = 0;
    const draft = new Draft(withLines(), {
      schema: EngagementSchema,
      onValid: () => undefined,
      onUnchanged: () => unchanged++,
    });
    draft.set('budget.amountCents', 5_000_000);
    expect(unchanged).toBe(1);
    draft.set('budget.amountCents', 4_000_000);
    draft.set('name', draft.getValues().name);
    expect(unchanged).toBe(1);
  });

  it('hands nothing on when an edit is put back as it was', () => {
    const { draft, stored } = open();
    const before = draft.getValues().name;
    draft.set('name', 'x');
    draft.set('name', before);
    vi.runAllTimers();
    expect(stored).toEqual([]);
  });
});
