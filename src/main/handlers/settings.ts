import type { Handlers } from '@shared/api';
import type { settingsChannels } from '@shared/channels/settings';
import { AppError } from '@shared/errors';
import { cleanLogoDataUrl, LogoError } from '../export/logo';
import type { HandlerContext } from './context';

/**
 * A logo is checked when it is uploaded, never when it is printed: its header and size
 * (and an SVG rebuilt from the allow-lists) here, then drawn once by the PDF worker under its
 * limits. One that fails is refused with the reason and nothing is stored.
 */
async function usableLogo(dataUrl: string, draw: (dataUrl: string) => Promise<void>): Promise<string> {
  let clean: string;
  try {
    clean = cleanLogoDataUrl(dataUrl);
  } catch (error) {
    if (error instanceof LogoError)
      throw new AppError('invalid_input', `This logo cannot be used. ${error.message}`);
    throw error;
  }
  try {
    await draw(clean);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw new AppError('invalid_input', `This logo cannot be used: the PDF could not draw it (${reason}).`, {
      cause: error,
    });
  }
  return clean;
}

export function settingsHandlers({
  store,
  pdf,
}: HandlerContext): Pick<Handlers, keyof typeof settingsChannels> {
  const drawLogo = (dataUrl: string) => pdf.checkLogo(dataUrl);
  return {
    'settings:get': () => store().settings.get(),
    'settings:saveProfile': async (profile) => {
      const current = store().settings.get().profile.logo;
      // An unchanged logo was checked when it was uploaded.
      const logo =
        profile.logo === undefined || profile.logo === current
          ? profile.logo
          : await usableLogo(profile.logo, drawLogo);
      return store().settings.saveProfile(logo === undefined ? profile : { ...profile, logo });
    },
    'settings:saveRateCard': (rateCard) => store().settings.saveRateCard(rateCard),
    'settings:saveCatalog': (catalog) => store().settings.saveCatalog(catalog),
    'settings:saveTerms': (terms) => store().settings.saveTerms(terms),
  };
}
