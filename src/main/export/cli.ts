import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../files/atomic';
import { z } from 'zod';
import {
  ConsultancyProfileSchema,
  DEFAULT_TERMS,
  isIsoDate,
  localToday,
  migrateEngagement,
  TermsLibrarySchema,
  type ConsultancyProfile,
  type Engagement,
  type TermsLibrary,
} from '@shared/domain';
import { isPlaceholderProfile } from '@shared/channels/settings';
import { describeZodError } from '@shared/errors';
import { parseProjectFile, PROJECT_FILE_FORMAT } from '../store/project-file';
import { DEFAULT_PROFILE } from '../store/settings';
import { csvPathFor, financeCsvFor } from './finance-csv';
import { renderScopeOfWork, type ScopeOfWorkRequest } from './index';

/**
 * `npm run export -- <engagement.json> <out.pdf>`: the app's scope-of-work export for scripts,
 * from a project file (with its revisions), a sample, or a bare engagement document. The PDF
 * is the one the app would write on its next export: the same builder, fonts and engine,
 * frozen as the revision after the file's last one and showing what changed since it. The
 * finance office's CSV is written beside it, as the app does.
 */

export interface SourceDocument {
  engagement: Engagement;
  /** The last revision in a project file, if it has any. */
  lastRevision: { number: number; engagement: Engagement } | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a project file, a sample (`{ description, engagement }`) or an engagement document. */
export function readSource(text: string): SourceDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The file is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  if (isRecord(raw) && raw.format === PROJECT_FILE_FORMAT) {
    const file = parseProjectFile(text);
    const last = file.revisions.at(-1);
    return {
      engagement: file.engagement,
      lastRevision: last ? { number: last.number, engagement: last.engagement } : null,
    };
  }
  const document = isRecord(raw) && 'engagement' in raw && !('schemaVersion' in raw) ? raw.engagement : raw;
  try {
    return { engagement: migrateEngagement(document), lastRevision: null };
  } catch (error) {
    if (error instanceof z.ZodError) throw new Error(describeZodError(error, 'engagement'), { cause: error });
    throw error;
  }
}

export interface CliOptions {
  input: string;
  output: string;
  /** A consultancy profile JSON file; the app's default profile otherwise. */
  profile?: string;
  /** The consultancy's standard terms as a JSON array of clauses; the shipped terms otherwise. */
  terms?: string;
  /** The date printed on the PDF (YYYY-MM-DD); today otherwise. */
  date?: string;
}

const USAGE =
  'Usage: npm run export -- <engagement.json> <out.pdf> [--profile profile.json] [--terms terms.json] [--date YYYY-MM-DD]';

export function parseArgs(args: readonly string[]): CliOptions {
  const positional: string[] = [];
  const options: Partial<CliOptions> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--profile' || arg === '--date' || arg === '--terms') {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      if (arg === '--profile') options.profile = value;
      else if (arg === '--terms') options.terms = value;
      else options.date = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`Unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  const [input, output] = positional;
  if (input === undefined || output === undefined || positional.length > 2) throw new Error(USAGE);
  if (options.date !== undefined && !isIsoDate(options.date))
    throw new Error(`--date must be a date written YYYY-MM-DD, not “${options.date}”`);
  return { ...options, input, output };
}

function readProfile(path: string | undefined): ConsultancyProfile {
  if (path === undefined) return DEFAULT_PROFILE;
  const parsed = ConsultancyProfileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(describeZodError(parsed.error, 'consultancy profile'));
  return parsed.data;
}

function readTerms(path: string | undefined): TermsLibrary {
  if (path === undefined) return DEFAULT_TERMS;
  const parsed = TermsLibrarySchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(describeZodError(parsed.error, 'terms'));
  return parsed.data;
}

/** What the app would export next for this document. */
function requestFor(
  source: SourceDocument,
  profile: ConsultancyProfile,
  date: string,
  terms: TermsLibrary = DEFAULT_TERMS,
): ScopeOfWorkRequest {
  return {
    engagement: source.engagement,
    profile,
    terms,
    revision: { number: (source.lastRevision?.number ?? 0) + 1, date },
    previous: source.lastRevision,
  };
}

export async function runExport(
  options: CliOptions,
  fontsDir: string,
): Promise<{ revision: number; pageCount: number; byteLength: number; csv: string; unnamed: boolean }> {
  const source = readSource(readFileSync(options.input, 'utf8'));
  const profile = readProfile(options.profile);
  const request = requestFor(source, profile, options.date ?? localToday(), readTerms(options.terms));
  const pdf = await renderScopeOfWork(request, fontsDir);
  const csv = csvPathFor(options.output);
  writeFileAtomicSync(options.output, pdf.bytes);
  writeFileAtomicSync(csv, new TextEncoder().encode(financeCsvFor(source.engagement)));
  return {
    revision: request.revision.number,
    pageCount: pdf.pageCount,
    byteLength: pdf.bytes.length,
    csv,
    unnamed: isPlaceholderProfile(profile),
  };
}
