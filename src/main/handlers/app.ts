import type { appChannels } from '../../shared/channels/app';
import type { Handlers } from '../../shared/api';
import type { ServiceContext } from '../services';

export function appHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof appChannels> {
  return {
    'app:info': () => ({
      name: ctx.appName,
      version: ctx.appVersion,
      platform: process.platform,
      dataDir: ctx.dataDir,
      versions: ctx.versions,
    }),
  };
}
