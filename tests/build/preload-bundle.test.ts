import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../src/shared/api';

const preloadBundle = resolve(__dirname, '../../out/preload/index.js');

describe('the built preload', () => {
  it('is CommonJS that requires nothing but electron, and exposes exactly the contract, frozen', () => {
    if (!existsSync(preloadBundle))
      throw new Error(`No preload bundle at ${preloadBundle}: run \`npm run build\` first.`);
    const source = readFileSync(preloadBundle, 'utf8');
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const listening = new Map<string, (...args: unknown[]) => void>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: () => Promise.resolve({ ok: true, value: null }),
        on: (channel: string, listener: (...args: unknown[]) => void) => listening.set(channel, listener),
        removeListener: (channel: string) => listening.delete(channel),
      },
    };
    const module = { exports: {} };
    // A sandboxed preload gets a `require` that knows only a few modules: give it only electron.
    runInNewContext(source, {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron')
          throw new Error(`The preload requires '${name}', which a sandboxed preload cannot load.`);
        return electron;
      },
    });
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    const channels = Object.entries(api)
      .filter(([d]) => d !== 'on')
      .flatMap(([d, group]) => Object.keys(group as object).map((a) => `${d}:${a}`));
    expect(channels.sort()).toEqual([...channelNames].sort());
    // The page cannot add to or replace what it was given.
    expect(Object.isFrozen(api)).toBe(true);
    for (const [domain, group] of Object.entries(api)) {
      if (domain !== 'on') expect(Object.isFrozen(group), domain).toBe(true);
    }

    // Events reach the listener as the payload alone, never the IPC event with its sender.
    const on = api['on'] as (event: string, listener: (payload: unknown) => void) => () => void;
    const received: unknown[] = [];
    const off = on('command', (payload) => received.push(payload));
    listening.get('event:command')?.({ sender: 'ipc internals' }, 'engagement:new');
    expect(received).toEqual(['engagement:new']);
    off();
    expect(listening.has('event:command')).toBe(false);
  });
});
