import type { AppInfo, Handlers } from '../shared/api';

export interface ServiceContext {
  /** Folder that holds the database, backups and logs. */
  dataDir: string;
  appName: string;
  appVersion: string;
  versions: AppInfo['versions'];
}

/**
 * The handler table: one function per contract channel. Electron's ipcMain and the E2E
 * harness both serve exactly this table.
 */
export function createServices(ctx: ServiceContext): Handlers {
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
