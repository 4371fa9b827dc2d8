import type { Handlers } from '../../shared/api';
import type { backupChannels } from '../../shared/channels/store';
import { listBackups } from '../store/backups';
import type { StoreAccess } from './store-access';

export function storeHandlers(
  store: StoreAccess,
): Pick<Handlers, 'store:status' | keyof typeof backupChannels> {
  return {
    'store:status': () => store().status(),
    'backup:list': () => listBackups(store().dataDir),
    'backup:create': () => store().backupNow(),
    'backup:restore': ({ name }) => store().restoreBackup(name),
  };
}
