import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildScopeOfWork,
  loadFonts,
  prepareScopeOfWork,
  renderPdf,
  type ScopeOfWorkInput,
} from '../../../src/main/export';
import type { ScopeOfWorkRequest } from '../../../src/main/export';
import {
  ConsultancyProfileSchema,
  migrateEngagement,
  type ConsultancyProfile,
  type Engagement,
} from '../../../src/shared/domain';
import { formatMoney } from '../../../src/shared/money';
import { extractPdfText, flat, type PdfText } from './pdf-text';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FONTS_DIR = join(ROOT, 'resources', 'fonts');
export const SAMPLES = ['small-rural-district', 'mid-size-suburban-district', 'large-urban-system'] as const;

export const PROFILE: ConsultancyProfile = ConsultancyProfileSchema.parse({
  name: 'Northstar Learning Partners',
  address: '200 Main Street, Sacramento, CA',
  email: 'hello@northstar.example',
  phone: '(916) 555-0100',
  website: 'northstar.example',
  primaryColour: '#1f3a5f',
  accentColour: '#d9822b',
});

export function loadSample(id: string): Engagement {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT, 'resources', 'samples', `${id}.json`), 'utf8'));
  const document =
    typeof raw === 'object' && raw !== null && 'engagement' in raw && !('schemaVersion' in raw)
      ? raw.engagement
      : raw;
  return migrateEngagement(document);
}

export interface Rendered {
  input: ScopeOfWorkInput;
  bytes: Buffer;
  pageCount: number;
  text: PdfText;
  /** All the PDF's text with whitespace collapsed, for assertions across wrapped cells. */
  all: string;
  money: (cents: number) => string;
}

/** Builds, renders and reads back a scope of work, in this thread. */
export async function renderAndRead(
  request: Partial<ScopeOfWorkRequest> & { engagement: Engagement },
): Promise<Rendered> {
  const fonts = loadFonts(FONTS_DIR);
  const input = prepareScopeOfWork({
    profile: PROFILE,
    revision: { number: 1, date: '2025-07-15' },
    previous: null,
    ...request,
  });
  const pdf = await renderPdf(buildScopeOfWork(input, fonts), fonts);
  const text = await extractPdfText(pdf.bytes);
  return {
    input,
    bytes: pdf.bytes,
    pageCount: pdf.pageCount,
    text,
    all: flat(text.all),
    money: (cents) => flat(formatMoney(cents, input.scope.costing.currency, input.locale)),
  };
}
