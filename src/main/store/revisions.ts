import {
  ENGAGEMENT_SCHEMA_VERSION,
  EngagementSchema,
  migrateEngagement,
  type Engagement,
} from '@shared/domain';
import { AppError } from '@shared/errors';
import type { Db } from './database';
import type { EngagementRepository } from './engagements';

/** A scope as it was sent: numbered 1, 2, 3… per engagement, never changed afterwards. */
export interface Revision {
  engagementId: string;
  number: number;
  createdAt: string;
  note: string;
  /** The engagement's save version that was frozen. */
  engagementVersion: number;
}

export interface FrozenRevision {
  revision: Revision;
  engagement: Engagement;
}

interface RevisionRow {
  engagement_id: string;
  number: number;
  created_at: string;
  note: string;
  engagement_version: number;
}

const toRevision = (row: RevisionRow): Revision => ({
  engagementId: row.engagement_id,
  number: row.number,
  createdAt: row.created_at,
  note: row.note,
  engagementVersion: row.engagement_version,
});

export const MAX_REVISION_NOTE = 2_000;
/**
 * Revisions are sent scopes of work: a few a month at the very most. The ceiling keeps the
 * numbers (and the next one, number + 1) far inside the integers SQLite and JSON keep exactly.
 */
export const MAX_REVISION_NUMBER = 10_000;
/** Saves of one engagement; an autosave a second for thirty years stays under it. */
export const MAX_ENGAGEMENT_VERSION = 1_000_000_000;

export class RevisionRepository {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly engagements: EngagementRepository,
    private readonly now: () => Date,
  ) {
    const columns = 'engagement_id, number, created_at, note, engagement_version';
    this.statements = {
      list: db.prepare<[string], RevisionRow>(
        `SELECT ${columns} FROM revisions WHERE engagement_id = ? ORDER BY number`,
      ),
      one: db.prepare<[string, number], RevisionRow & { document: string }>(
        `SELECT ${columns}, document FROM revisions WHERE engagement_id = ? AND number = ?`,
      ),
      next: db.prepare<[string], number>(
        'SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE engagement_id = ?',
      ),
      insert: db.prepare<[string, number, string, string, number, number, string]>(
        `INSERT INTO revisions (engagement_id, number, created_at, note, engagement_version, schema_version, document)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  /**
   * Freezes the engagement as it is saved now as the next numbered revision. Called when a
   * scope of work is exported, after the last edit has been saved.
   */
  freeze(engagementId: string, note: string): Revision {
    return this.db
      .transaction(() => {
        const { engagement, meta } = this.engagements.get(engagementId);
        const number = this.statements.next.pluck().get(engagementId) ?? 1;
        if (number > MAX_REVISION_NUMBER) {
          throw new AppError(
            'conflict',
            `This engagement already has ${MAX_REVISION_NUMBER.toLocaleString('en-US')} revisions; duplicate it to send a new scope of work.`,
          );
        }
        const createdAt = this.now().toISOString();
        const trimmed = note.trim().slice(0, MAX_REVISION_NOTE);
        this.statements.insert.run(
          engagementId,
          number,
          createdAt,
          trimmed,
          meta.version,
          ENGAGEMENT_SCHEMA_VERSION,
          JSON.stringify(engagement),
        );
        return { engagementId, number, createdAt, note: trimmed, engagementVersion: meta.version };
      })
      .immediate();
  }

  /** For project import, inside its transaction: the revision keeps its number, date and note. */
  insertFrozen(revision: Revision, engagement: Engagement): void {
    this.statements.insert.run(
      revision.engagementId,
      revision.number,
      revision.createdAt,
      revision.note,
      revision.engagementVersion,
      ENGAGEMENT_SCHEMA_VERSION,
      JSON.stringify(EngagementSchema.parse(engagement)),
    );
  }

  list(engagementId: string): Revision[] {
    this.engagements.get(engagementId, { includeDeleted: true });
    return this.statements.list.all(engagementId).map(toRevision);
  }

  /** A revision's engagement, upgraded in memory when it was frozen by an older version; the row is never rewritten. */
  open(engagementId: string, number: number): FrozenRevision {
    const row = this.statements.one.get(engagementId, number);
    if (!row) throw new AppError('not_found', `Revision ${number} of this engagement does not exist.`);
    try {
      return { revision: toRevision(row), engagement: migrateEngagement(JSON.parse(row.document)) };
    } catch (error) {
      throw new AppError(
        'corrupt',
        `Revision ${number} could not be read: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }
}
