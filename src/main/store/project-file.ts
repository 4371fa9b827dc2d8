import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { excerpt, MAX_YEAR, migrateEngagement, MIN_YEAR, type Engagement } from '@shared/domain';
import { AppError } from '@shared/errors';
import { safeFileName } from '../files/names';
import { readPlainFile } from '../files/read';
import type { Db } from './database';
import type { EngagementRepository, EngagementSummary } from './engagements';
import { checkJsonBudget, decodeProjectFile, MAX_JSON_DEPTH, parseJsonText } from './json-budget';
import {
  MAX_ENGAGEMENT_VERSION,
  MAX_REVISION_NOTE,
  MAX_REVISION_NUMBER,
  type Revision,
  type RevisionRepository,
} from './revisions';

export const PROJECT_FILE_FORMAT = 'northstar-scope.engagement';
const PROJECT_FILE_VERSION = 1;
/** Far above any real engagement with its revisions (a large one is well under 1 MB). */
export const MAX_PROJECT_FILE_BYTES = 20 * 1024 * 1024;
/** An engagement nests about ten levels deep; anything far deeper is not ours. */
const MAX_PROJECT_FILE_DEPTH = MAX_JSON_DEPTH;
const MAX_REVISIONS_PER_FILE = 1_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The text of a project file the person chose: a plain file, at most MAX_PROJECT_FILE_BYTES, decoded. */
export async function readProjectFile(path: string): Promise<string> {
  return decodeProjectFile(await readPlainFile(path, MAX_PROJECT_FILE_BYTES, 'project file'));
}

/**
 * A date and time with or without an offset, kept in UTC from here on: the export writes
 * only what this reads back, and the year window keeps `toISOString` from writing the
 * six-digit years (+010000-…) that a far offset would otherwise produce.
 */
const Timestamp = z.iso
  .datetime({ offset: true, error: 'Must be a date and time such as 2025-03-01T09:00:00.000Z' })
  .transform((text) => new Date(text))
  .refine((date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR, {
    error: `Must be a date between ${MIN_YEAR} and ${MAX_YEAR}`,
  })
  .transform((date) => date.toISOString());

const EngagementObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'Must be an engagement (an object); it is missing or something else' },
);

const RevisionEntrySchema = z.strictObject({
  number: z
    .number()
    .int()
    .min(1, { error: 'A revision number starts at 1' })
    .max(MAX_REVISION_NUMBER, { error: `A revision number is at most ${MAX_REVISION_NUMBER}` }),
  createdAt: Timestamp,
  note: z.string().max(MAX_REVISION_NOTE),
  engagementVersion: z.number().int().min(1).max(MAX_ENGAGEMENT_VERSION),
  engagement: EngagementObject,
});

const ProjectFileSchema = z.strictObject({
  format: z.literal(PROJECT_FILE_FORMAT, { error: 'This is not a Northstar Scope project file' }),
  formatVersion: z.number().int().min(1),
  exportedAt: Timestamp,
  app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }).optional(),
  meta: z.strictObject({ createdAt: Timestamp, updatedAt: Timestamp }),
  engagement: EngagementObject,
  revisions: z
    .array(RevisionEntrySchema)
    .max(MAX_REVISIONS_PER_FILE, { error: 'Too many revisions in one file' }),
});

export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  app?: { name: string; version: string };
  meta: { createdAt: string; updatedAt: string };
  engagement: Engagement;
  revisions: {
    number: number;
    createdAt: string;
    note: string;
    engagementVersion: number;
    engagement: Engagement;
  }[];
}

export interface ImportResult {
  engagement: EngagementSummary;
  revisionCount: number;
  /** True when an engagement with the file's id already existed, so this copy got a new id. */
  idChanged: boolean;
}

function invalid(message: string): AppError {
  return new AppError('invalid_input', `This project file cannot be imported. ${message}`);
}

/** Keys come from the file and may be megabytes long: each is quoted short. */
function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the whole file)' : path.map((key) => excerpt(String(key), 40)).join('.');
}

function describeIssues(error: z.ZodError, prefix: readonly PropertyKey[]): string {
  const parts = error.issues
    .slice(0, 5)
    .map((issue) => `${pathText([...prefix, ...issue.path])}: ${excerpt(issue.message, 200)}`);
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more problems)` : '';
  return parts.join('; ') + more;
}

/**
 * Walks the parsed value without recursion (so depth cannot blow the stack) and rejects keys
 * that could reach an object's prototype once code copies the data around.
 */
function checkShape(root: unknown): void {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_PROJECT_FILE_DEPTH) {
      throw invalid(
        `It is nested more than ${MAX_PROJECT_FILE_DEPTH} levels deep at ${pathText(path.slice(0, 8))}…, which no engagement is.`,
      );
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        throw invalid(`${pathText([...path, key])}: the key “${key}” is not allowed.`);
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
}

function readEngagement(raw: unknown, path: readonly PropertyKey[]): Engagement {
  try {
    return migrateEngagement(raw);
  } catch (error) {
    if (error instanceof z.ZodError) throw invalid(describeIssues(error, path));
    throw invalid(
      `${pathText(path)}: ${excerpt(error instanceof Error ? error.message : String(error), 200)}`,
    );
  }
}

/**
 * Reads and fully validates a project file before anything is written. Every failure names
 * the field at fault, and none of them has touched the database.
 */
export function parseProjectFile(text: string): ProjectFile {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_PROJECT_FILE_BYTES) {
    throw invalid(
      `It is ${(bytes / 1024 / 1024).toFixed(1)} MB; project files larger than ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MB are refused.`,
    );
  }
  // Editors on Windows often save with a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') throw invalid('The file is empty.');
  checkJsonBudget(body);
  const raw = parseJsonText(body);
  checkShape(raw);
  const envelope = ProjectFileSchema.safeParse(raw);
  if (!envelope.success) throw invalid(describeIssues(envelope.error, []));
  const file = envelope.data;
  if (file.formatVersion > PROJECT_FILE_VERSION) {
    throw new AppError(
      'unsupported',
      `This project file was written by a newer version of Northstar Scope (file format ${file.formatVersion}). Update the app to import it.`,
    );
  }
  const engagement = readEngagement(file.engagement, ['engagement']);
  const seen = new Set<number>();
  const revisions = file.revisions.map((entry, index) => {
    if (seen.has(entry.number))
      throw invalid(`revisions.${index}.number: revision ${entry.number} appears twice.`);
    seen.add(entry.number);
    const frozen = readEngagement(entry.engagement, ['revisions', index, 'engagement']);
    if (frozen.id !== engagement.id) {
      throw invalid(`revisions.${index}.engagement.id: this revision belongs to a different engagement.`);
    }
    return { ...entry, engagement: frozen };
  });
  return { ...file, engagement, revisions: revisions.sort((a, b) => a.number - b.number) };
}

export class ProjectFiles {
  constructor(
    private readonly db: Db,
    private readonly engagements: EngagementRepository,
    private readonly revisions: RevisionRepository,
    private readonly now: () => Date,
    private readonly app: { name: string; version: string },
  ) {}

  /** One engagement with all its revisions, as the text of a `.json` project file. */
  export(id: string): { fileName: string; content: string } {
    const { engagement, meta } = this.engagements.get(id);
    const revisions = this.revisions.list(id).map((revision) => {
      const frozen = this.revisions.open(id, revision.number);
      return {
        number: revision.number,
        createdAt: revision.createdAt,
        note: revision.note,
        engagementVersion: revision.engagementVersion,
        engagement: frozen.engagement,
      };
    });
    const file: ProjectFile = {
      format: PROJECT_FILE_FORMAT,
      formatVersion: PROJECT_FILE_VERSION,
      exportedAt: this.now().toISOString(),
      app: this.app,
      meta: { createdAt: meta.createdAt, updatedAt: meta.updatedAt },
      engagement,
      revisions,
    };
    return {
      fileName: safeFileName(fileSlug(engagement.name), '.northstar.json', 'engagement'),
      content: `${JSON.stringify(file, null, 2)}\n`,
    };
  }

  /**
   * All or nothing, in one transaction. If the file's engagement is already here (imported
   * twice, or exported from this very machine) the copy gets a new id instead of replacing
   * the one on disk: an import never overwrites work.
   */
  import(text: string): ImportResult {
    const file = parseProjectFile(text);
    return this.db
      .transaction(() => {
        const idChanged = this.engagements.exists(file.engagement.id);
        const id = idChanged ? randomUUID() : file.engagement.id;
        const engagement = { ...file.engagement, id };
        this.engagements.insert(engagement, file.meta.createdAt, this.now().toISOString());
        for (const entry of file.revisions) {
          const revision: Revision = {
            engagementId: id,
            number: entry.number,
            createdAt: entry.createdAt,
            note: entry.note,
            engagementVersion: entry.engagementVersion,
          };
          this.revisions.insertFrozen(revision, { ...entry.engagement, id });
        }
        return { engagement: this.engagements.get(id).meta, revisionCount: file.revisions.length, idChanged };
      })
      .immediate();
  }
}

export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return slug === '' ? 'engagement' : slug;
}
