import { existsSync } from 'node:fs';
import type { Handlers } from '@shared/api';
import type { appChannels } from '@shared/channels/app';
import { AppError } from '@shared/errors';
import type { HandlerContext } from './context';

export function appHandlers(ctx: HandlerContext): Pick<Handlers, keyof typeof appChannels> {
  return {
    'app:info': () => ({
      name: ctx.app.name,
      version: ctx.app.version,
      platform: process.platform,
      dataDir: ctx.dataDir(),
      versions: ctx.app.versions,
    }),
    'app:openDataFolder': async () => {
      await ctx.desktop.openPath(ctx.dataDir());
      return null;
    },
    'app:openLog': async () => {
      await ctx.log.flush();
      const file = ctx.log.file();
      if (!existsSync(file)) {
        throw new AppError('not_found', 'Nothing has gone wrong so far: there is no error log yet.');
      }
      ctx.desktop.showItemInFolder(file);
      return null;
    },
  };
}
