import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Handlers } from '../../../src/shared/api';
import { channelNames } from '../../../src/shared/api';
import { AppError } from '../../../src/shared/errors';
import { createApi } from '../../../src/shared/bridge';
import { dispatch } from '../../../src/main/dispatch';
import { registerContract, type IpcMainLike } from '../../../src/main/ipc';
import { APP_ENTRY_URL } from '../../../src/main/security';

const info = { name: 'N', version: '1.0.0', platform: 'linux', dataDir: '/d', versions: { node: '24' } };

function handlersWith(impl: Partial<Handlers>): Handlers {
  return { 'app:info': () => info, ...impl } as Handlers;
}

describe('dispatch', () => {
  it('answers a good call with its value', async () => {
    expect(await dispatch(handlersWith({}), 'app:info', undefined)).toEqual({ ok: true, value: info });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const result = await dispatch(handlersWith({}), 'fs:readFile', '/etc/passwd');
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('refuses a bad input before the handler runs', async () => {
    const handler = vi.fn(() => info);
    const result = await dispatch(handlersWith({ 'app:info': handler }), 'app:info', { x: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns an expected failure into its code and message', async () => {
    const result = await dispatch(
      handlersWith({
        'app:info': () => {
          throw new AppError('not_found', 'No such engagement.');
        },
      }),
      'app:info',
      undefined,
    );
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'No such engagement.' } });
  });

  it('turns a crash or a rejected promise into an internal error, never a rejection', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const thrown = await dispatch(
      handlersWith({
        'app:info': () => {
          throw new TypeError('boom');
        },
      }),
      'app:info',
      undefined,
    );
    const rejected = await dispatch(
      handlersWith({ 'app:info': () => Promise.reject(new Error('late')) }),
      'app:info',
      undefined,
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(rejected).toMatchObject({ ok: false, error: { code: 'internal' } });
    consoleError.mockRestore();
  });

  it('refuses to hand the renderer a result that breaks the contract', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = handlersWith({ 'app:info': () => ({ ...info, version: 42 }) as unknown as typeof info });
    expect(await dispatch(broken, 'app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    consoleError.mockRestore();
  });

  it('never throws, whatever it is given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant('app:info'), fc.string()),
        fc.anything(),
        async (channel, input) => {
          const result = await dispatch(handlersWith({}), channel, input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('registerContract', () => {
  function record() {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    registerContract(ipc, handlersWith({}), () => APP_ENTRY_URL);
    return listeners;
  }

  it('registers every channel of the contract and nothing else', () => {
    expect([...record().keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers the app page and refuses any other sender', async () => {
    const listener = record().get('app:info');
    if (!listener) throw new Error('app:info not registered');
    expect(await listener({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, undefined)).toMatchObject({
      ok: true,
    });
    expect(
      await listener({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await listener({ senderFrame: null }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('createApi', () => {
  const noEvents = () => () => undefined;

  it('maps each channel to a function on its domain', async () => {
    const calls: [string, unknown][] = [];
    const api = createApi(
      ['app:info', 'engagement:save'],
      (channel, input) => {
        calls.push([channel, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      [],
      noEvents,
    ) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    await api['engagement']?.['save']?.({ id: 'x' });
    await api['app']?.['info']?.();
    expect(calls).toEqual([
      ['engagement:save', { id: 'x' }],
      ['app:info', undefined],
    ]);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api['app'])).toBe(true);
  });

  it('subscribes only to known events and hands back an unsubscribe', () => {
    const subscribed: string[] = [];
    let unsubscribed = 0;
    const api = createApi(
      [],
      () => Promise.resolve(null),
      ['command'],
      (event) => {
        subscribed.push(event);
        return () => {
          unsubscribed += 1;
        };
      },
    );
    const off = api.on('command', () => undefined);
    off();
    expect(subscribed).toEqual(['command']);
    expect(unsubscribed).toBe(1);
    const on = api.on as unknown as (event: string, listener: unknown) => unknown;
    expect(() => on('ipc-message', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('command', 'not a function')).toThrow(/must be a function/);
  });

  it('rejects a malformed channel name', () => {
    expect(() => createApi(['nocolon'], () => Promise.resolve(null), [], noEvents)).toThrow(
      /Malformed channel/,
    );
    expect(() => createApi(['on:x'], () => Promise.resolve(null), [], noEvents)).toThrow(/Malformed channel/);
  });
});
