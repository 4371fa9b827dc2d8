import type { Handlers } from '@shared/api';
import type { revisionChannels } from '@shared/channels/revision';
import type { HandlerContext } from './context';

export function revisionHandlers({ store }: HandlerContext): Pick<Handlers, keyof typeof revisionChannels> {
  return {
    'revision:list': ({ engagementId }) => store().revisions.list(engagementId),
    'revision:open': ({ engagementId, number }) => store().revisions.open(engagementId, number),
  };
}
