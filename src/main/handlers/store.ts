import type { Handlers } from '@shared/api';
import type { backupChannels, storeChannels } from '@shared/channels/store';
import type { HandlerContext } from './context';

export function storeHandlers({
  store,
  storeProblem,
}: HandlerContext): Pick<Handlers, keyof typeof storeChannels | keyof typeof backupChannels> {
  return {
    'store:status': () => store().status(),
    'store:problem': () => ({ problem: storeProblem.current() }),
    'store:recover': ({ action }) => storeProblem.recover(action),
    'backup:create': () => store().backupNow(),
    'backup:restore': ({ name }) => store().restoreBackup(name),
  };
}
