import {
  CatalogSchema,
  ConsultancyProfileSchema,
  defaultCatalog,
  defaultRateCard,
  DEFAULT_TERMS,
  RateCardSchema,
  TermsLibrarySchema,
  type Catalog,
  type ConsultancyProfile,
  type RateCard,
  type TermsLibrary,
} from '@shared/domain';
import { AppError, describeZodError } from '@shared/errors';
import { PLACEHOLDER_CONSULTANCY_NAME } from '@shared/channels/settings';
import type { Db } from './database';

/**
 * What new engagements start from. Each engagement copies the catalog and rate card when it
 * is created, so editing them here never changes an engagement already scoped or sent. The
 * terms are the consultancy's standard clauses: every scope of work prints them, with the
 * engagement's own rewording or dropping of a clause.
 */
export interface Settings {
  profile: ConsultancyProfile;
  rateCard: RateCard;
  catalog: Catalog;
  terms: TermsLibrary;
}

export const DEFAULT_PROFILE: ConsultancyProfile = ConsultancyProfileSchema.parse({
  name: PLACEHOLDER_CONSULTANCY_NAME,
  primaryColour: '#1f3a5f',
  accentColour: '#d9822b',
});

type SettingKey = 'profile' | 'rateCard' | 'catalog' | 'terms';

export class SettingsRepository {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.statements = {
      get: db.prepare<[SettingKey], string>('SELECT document FROM settings WHERE key = ?').pluck(),
      put: db.prepare<[SettingKey, string, string]>(
        `INSERT INTO settings (key, document, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
      ),
    };
  }

  get(): Settings {
    return {
      profile: this.read('profile', ConsultancyProfileSchema, DEFAULT_PROFILE),
      rateCard: this.read('rateCard', RateCardSchema, defaultRateCard),
      catalog: this.read('catalog', CatalogSchema, defaultCatalog),
      terms: this.read('terms', TermsLibrarySchema, DEFAULT_TERMS),
    };
  }

  /**
   * A stored setting that no longer validates (written by a buggy build, say) falls back to
   * the default rather than keeping the app from opening; the next save replaces it.
   */
  private read<T>(
    key: SettingKey,
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    fallback: T,
  ): T {
    const text = this.statements.get.get(key);
    if (text === undefined) return structuredClone(fallback);
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : structuredClone(fallback);
  }

  saveProfile(profile: ConsultancyProfile): Settings {
    this.write('profile', ConsultancyProfileSchema.parse(profile));
    return this.get();
  }

  saveRateCard(input: RateCard): Settings {
    const rateCard = RateCardSchema.parse(input);
    const roles = new Set(rateCard.roles.map((r) => r.id));
    const orphan = this.get().catalog.find((service) => !roles.has(service.consultantRole));
    if (orphan) {
      throw new AppError(
        'invalid_input',
        `The catalog service “${orphan.name}” is priced by role “${orphan.consultantRole}”; keep that role in the rate card or change the service first.`,
      );
    }
    this.write('rateCard', rateCard);
    return this.get();
  }

  saveCatalog(input: Catalog): Settings {
    const parsed = CatalogSchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid_input', describeZodError(parsed.error, 'catalog'));
    const roles = new Set(this.get().rateCard.roles.map((r) => r.id));
    const index = parsed.data.findIndex((service) => !roles.has(service.consultantRole));
    const orphan = parsed.data[index];
    if (orphan) {
      throw new AppError(
        'invalid_input',
        `catalog.${index}.consultantRole: “${orphan.name}” is priced by role “${orphan.consultantRole}”, which the default rate card does not have.`,
      );
    }
    this.write('catalog', parsed.data);
    return this.get();
  }

  saveTerms(input: TermsLibrary): Settings {
    const parsed = TermsLibrarySchema.safeParse(input);
    if (!parsed.success) throw new AppError('invalid_input', describeZodError(parsed.error, 'terms'));
    this.write('terms', parsed.data);
    return this.get();
  }

  private write(key: SettingKey, value: unknown): void {
    this.statements.put.run(key, JSON.stringify(value), this.now().toISOString());
  }
}
