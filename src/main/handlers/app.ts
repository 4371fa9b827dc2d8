import type { Handlers } from '../../shared/api';
import type { appChannels } from '../../shared/channels/app';
import { AppError } from '../../shared/errors';
import { isAllowedExternalUrl, websiteHost } from '../links';
import type { ServiceContext } from '../services';
import type { StoreAccess } from './store-access';

export function appHandlers(
  ctx: ServiceContext,
  store: StoreAccess,
): Pick<Handlers, keyof typeof appChannels> {
  return {
    'app:info': () => ({
      name: ctx.appName,
      version: ctx.appVersion,
      platform: process.platform,
      dataDir: ctx.dataDir,
      versions: ctx.versions,
    }),
    'app:openDataFolder': async () => {
      await ctx.desktop.openPath(ctx.dataDir);
      return null;
    },
    'app:openExternal': async ({ url }) => {
      // The consultancy's own website (from settings) may be opened too.
      const own = websiteHost(store().settings.get().profile.website);
      if (!isAllowedExternalUrl(url, own ? [own] : [])) {
        throw new AppError('forbidden', 'That link cannot be opened from the app.');
      }
      await ctx.desktop.openExternal(url);
      return null;
    },
  };
}
