import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave } from '../../../src/renderer/src/hooks/autosave';

class Conflict extends Error {}

/** A save function whose calls are answered by the test, one by one. */
function storage() {
  const calls: { value: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const save = (value: string) =>
    new Promise<string | null>((resolve, reject) => {
      calls.push({ value, resolve: () => resolve('2026-01-01T10:00:00.000Z'), reject });
    });
  return { calls, save };
}

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces, and the newest value waiting behind a save replaces older ones', async () => {
    const s = storage();
    const saver = new Autosave(s.save, { delayMs: 100 });
    saver.edit('a');
    saver.edit('ab');
    await vi.advanceTimersByTimeAsync(100);
    expect(s.calls.map((c) => c.value)).toEqual(['ab']);
    saver.edit('abc');
    saver.edit('abcd');
    s.calls[0]?.resolve();
    await vi.advanceTimersByTimeAsync(100);
    expect(s.calls.map((c) => c.value)).toEqual(['ab', 'abcd']);
    s.calls[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toEqual({ kind: 'saved', at: '2026-01-01T10:00:00.000Z' });
  });

  it('keeps a failed value, says why, and retries it', async () => {
    const s = storage();
    const saver = new Autosave(s.save, { delayMs: 10 });
    saver.edit('x');
    await vi.advanceTimersByTimeAsync(10);
    s.calls[0]?.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toMatchObject({ kind: 'error', message: 'disk full' });
    expect(saver.hasUnsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(s.calls.map((c) => c.value)).toEqual(['x', 'x']);
  });

  it('stops on a conflict until the person resumes', async () => {
    const s = storage();
    const saver = new Autosave(s.save, { delayMs: 10, isConflict: (e) => e instanceof Conflict });
    saver.edit('mine');
    await vi.advanceTimersByTimeAsync(10);
    s.calls[0]?.reject(new Conflict('stale'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saver.state.kind).toBe('conflict');
    expect(s.calls).toHaveLength(1);
    saver.resume();
    expect(s.calls.map((c) => c.value)).toEqual(['mine', 'mine']);
  });

  it('flush hands over what the draft still holds and resolves once stored', async () => {
    const s = storage();
    const saver = new Autosave(s.save, { delayMs: 1_000 });
    saver.setBeforeFlush(() => saver.edit('last keys'));
    const done = saver.flush();
    expect(s.calls.map((c) => c.value)).toEqual(['last keys']);
    s.calls[0]?.resolve();
    await done;
    expect(saver.state.kind).toBe('saved');
  });

  it('says "saved" again when an edit came to nothing', () => {
    const saver = new Autosave(storage().save);
    saver.touch();
    expect(saver.state.kind).toBe('pending');
    saver.settle();
    expect(saver.state.kind).toBe('saved');
  });
});
