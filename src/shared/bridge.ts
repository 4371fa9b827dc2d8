import type { Api } from './api';

/**
 * Builds the `window.api` object from the channel list: `'engagement:save'` becomes
 * `api.engagement.save(input)`, and `api.on(event, listener)` subscribes to one of the named
 * events. Used by the preload (over ipcRenderer) and by the E2E harness (over Playwright's
 * exposed function), so both give the page the same shape.
 * Self-contained on purpose: the harness ships its source text into the page.
 */
export function createApi(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  events: readonly string[],
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    const [domain, action] = channel.split(':');
    if (!domain || !action || domain === 'on') throw new Error(`Malformed channel name: ${channel}`);
    const group = (api[domain] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    group[action] = (input?: unknown) => invoke(channel, input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  api['on'] = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
    if (typeof listener !== 'function') throw new Error('A listener must be a function.');
    return subscribe(event, listener);
  };
  return Object.freeze(api) as unknown as Api;
}
