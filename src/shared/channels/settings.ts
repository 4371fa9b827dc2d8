import { z } from 'zod';
import { CatalogSchema, ConsultancyProfileSchema, RateCardSchema, TermsLibrarySchema } from '../domain';
import { NoInput, type ChannelSpec } from './spec';

/** About 2 MB of image once base64 is decoded: plenty for a logo, small enough for every PDF. */
export const MAX_LOGO_CHARS = 2_800_000;

/** What the profile is called until the consultancy names itself. It is never printed. */
export const PLACEHOLDER_CONSULTANCY_NAME = 'Your consultancy';

/** True until the consultancy has given its own name, which every scope of work is signed with. */
export function isPlaceholderProfile(profile: { name: string }): boolean {
  const name = profile.name.trim();
  return name === '' || name === PLACEHOLDER_CONSULTANCY_NAME;
}

export const ProfileInputSchema = ConsultancyProfileSchema.refine(
  (profile) => profile.logo === undefined || profile.logo.length <= MAX_LOGO_CHARS,
  { path: ['logo'], error: 'The logo image is too large (2 MB at most)' },
);

export const SettingsSchema = z.object({
  profile: ConsultancyProfileSchema,
  rateCard: RateCardSchema,
  catalog: CatalogSchema,
  terms: TermsLibrarySchema,
});

export const settingsChannels = {
  'settings:get': { input: NoInput, output: SettingsSchema },
  'settings:saveProfile': { input: ProfileInputSchema, output: SettingsSchema },
  /** The default for new engagements; engagements keep the rate card they started with. */
  'settings:saveRateCard': { input: RateCardSchema, output: SettingsSchema },
  /** The default for new engagements; engagements keep the catalog entries they started with. */
  'settings:saveCatalog': { input: CatalogSchema, output: SettingsSchema },
  /** The consultancy's standard terms; every scope of work prints them at export. */
  'settings:saveTerms': { input: TermsLibrarySchema, output: SettingsSchema },
} as const satisfies Record<`settings:${string}`, ChannelSpec>;
