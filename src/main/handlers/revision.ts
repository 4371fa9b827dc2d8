import type { Handlers } from '../../shared/api';
import type { revisionChannels } from '../../shared/channels/revision';
import type { StoreAccess } from './store-access';

export function revisionHandlers(store: StoreAccess): Pick<Handlers, keyof typeof revisionChannels> {
  return {
    'revision:list': ({ engagementId }) => store().revisions.list(engagementId),
    'revision:open': ({ engagementId, number }) => store().revisions.open(engagementId, number),
    'revision:diff': ({ engagementId, from, to }) => store().revisions.diff(engagementId, from, to),
  };
}
