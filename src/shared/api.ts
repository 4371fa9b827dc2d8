import { z } from 'zod';
import type { AppErrorShape } from './errors';
import { appChannels } from './channels/app';
import { engagementChannels } from './channels/engagement';
import { projectFileChannels } from './channels/files';
import { revisionChannels } from './channels/revision';
import { scopeChannels } from './channels/scope';
import { settingsChannels } from './channels/settings';
import { backupChannels, storeChannels } from './channels/store';
import type { ChannelSpec } from './channels/spec';
import type { Subscribe } from './events';

export type { AppInfo } from './channels/app';

/**
 * The IPC contract: the one list of what the renderer may ask of the main process.
 * Each channel is `'domain:action'` with a zod schema for its input and its output.
 * Main validates every input against it, the preload exposes exactly these channels,
 * and the E2E harness serves the same table.
 */

export const contract = {
  ...appChannels,
  ...engagementChannels,
  ...projectFileChannels,
  ...revisionChannels,
  ...settingsChannels,
  ...storeChannels,
  ...backupChannels,
  ...scopeChannels,
} as const satisfies Record<`${string}:${string}`, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type ActionOf<C, D extends string> = C extends `${D}:${infer A}` ? A : never;
type ChannelFn<C extends ChannelName> = [ChannelInput<C>] extends [undefined]
  ? () => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/**
 * `window.api`: `api.app.info()` calls channel `'app:info'`; `api.on('command', fn)` listens
 * to what main sends the page (src/shared/events.ts).
 */
export type Api = {
  readonly [D in DomainOf<ChannelName>]: {
    readonly [A in ActionOf<ChannelName, D>]: ChannelFn<`${D}:${A}` & ChannelName>;
  };
} & { readonly on: Subscribe };

/** What a main-process handler does for each channel: input already validated. */
export type Handlers = {
  [C in ChannelName]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};
