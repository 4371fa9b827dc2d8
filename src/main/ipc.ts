import { channelNames, type Handlers } from '@shared/api';
import { dispatch } from './dispatch';
import type { ErrorLog } from './error-log';
import { isTrustedSender, type SenderFrame } from './security';

/** The slice of Electron's ipcMain this module uses, so it can be driven by a stub in tests. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: SenderFrame | null }, input: unknown) => unknown,
  ): void;
}

/**
 * Registers every contract channel on ipcMain. Each call is refused unless it comes from
 * the app's own top-level page; everything else goes through `dispatch`, which writes
 * internal errors to `log`.
 */
export function registerContract(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  appUrl: () => string,
  log?: Pick<ErrorLog, 'write'>,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input) => {
      if (!isTrustedSender(event.senderFrame, appUrl())) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Calls are accepted only from the app window.' },
        };
      }
      return dispatch(handlers, channel, input, log);
    });
  }
}
