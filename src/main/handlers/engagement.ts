import type { Handlers } from '@shared/api';
import type { engagementChannels } from '@shared/channels/engagement';
import { AppError } from '@shared/errors';
import type { HandlerContext } from './context';

export function engagementHandlers({
  store,
}: HandlerContext): Pick<Handlers, keyof typeof engagementChannels> {
  return {
    'engagement:create': (input) => {
      switch (input.from) {
        case 'blank':
          return store().createBlank(input.name, input.clientName);
        case 'template':
          return store().createFromTemplate(input.engagementId, input.name, input.clientName);
        case 'sample':
          return store().createFromSample(input.sampleId);
        default:
          throw new AppError('invalid_input', 'Unknown way to create an engagement.');
      }
    },
    'engagement:get': ({ id }) => store().engagements.get(id),
    'engagement:save': ({ engagement, baseVersion }) => store().engagements.save(engagement, baseVersion),
    'engagement:list': (query) => store().engagements.list(query),
    'engagement:search': (query) => store().engagements.search(query),
    'engagement:duplicate': ({ id, name }) => store().engagements.duplicate(id, name),
    'engagement:archive': ({ id, archived }) => store().engagements.setArchived(id, archived),
    'engagement:delete': ({ id }) => store().deleteEngagement(id),
    'engagement:restore': ({ id }) => store().engagements.restore(id),
    'engagement:samples': () => store().samples(),
  };
}
