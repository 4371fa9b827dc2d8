import type { Handlers } from '../../shared/api';
import type { settingsChannels } from '../../shared/channels/settings';
import type { StoreAccess } from './store-access';

export function settingsHandlers(store: StoreAccess): Pick<Handlers, keyof typeof settingsChannels> {
  return {
    'settings:get': () => store().settings.get(),
    'settings:saveProfile': (profile) => store().settings.saveProfile(profile),
    'settings:saveRateCard': (rateCard) => store().settings.saveRateCard(rateCard),
    'settings:saveCatalog': (catalog) => store().settings.saveCatalog(catalog),
    'settings:saveTerms': (terms) => store().settings.saveTerms(terms),
  };
}
