import type { Api, ChannelName } from './api';

/**
 * Builds the `window.api` object from the channel list: `'engagement:save'` becomes
 * `api.engagement.save(input)`. Used by the preload (over ipcRenderer.invoke) and by the
 * E2E harness (over Playwright's exposed function), so both give the page the same shape.
 * Self-contained on purpose: the harness ships its source text into the page.
 */
export function createApi(
  channels: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [domain, action] = channel.split(':');
    if (!domain || !action) throw new Error(`Malformed channel name: ${channel}`);
    const group = (api[domain] ??= {});
    group[action] = (input?: unknown) => invoke(channel, input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze(api) as unknown as Api;
}

export type { ChannelName };
