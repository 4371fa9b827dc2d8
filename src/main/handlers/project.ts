import type { Handlers } from '../../shared/api';
import type { projectChannels } from '../../shared/channels/project';
import type { StoreAccess } from './store-access';

export function projectHandlers(store: StoreAccess): Pick<Handlers, keyof typeof projectChannels> {
  return {
    'project:export': ({ engagementId }) => store().exportProjectFile(engagementId),
    'project:import': ({ content }) => store().importProjectFile(content),
  };
}
