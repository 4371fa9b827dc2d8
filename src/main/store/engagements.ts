import { randomUUID } from 'node:crypto';
import {
  EngagementSchema,
  ENGAGEMENT_SCHEMA_VERSION,
  migrateEngagement,
  newEngagement,
  type Engagement,
} from '@shared/domain';
import { AppError } from '@shared/errors';
import type { Db } from './database';
import {
  META_COLUMNS,
  toSummary,
  type EngagementSummary,
  type MetaRow,
  type StoredEngagement,
} from './engagement-rows';
import { EngagementListing, type ListQuery, type Page, type SearchPage, type SearchQuery } from './listing';
import { searchColumns } from './search';

export type { EngagementSummary, StoredEngagement } from './engagement-rows';
export type { ListQuery, Page, SearchHit, SearchQuery } from './listing';

export interface SaveReceipt {
  id: string;
  version: number;
  updatedAt: string;
}

/**
 * Engagements as validated documents with their metadata beside them. Every write is one
 * transaction; with WAL and synchronous = FULL, a method that returns has reached the disk.
 */
export class EngagementRepository {
  private readonly statements;
  private readonly listing: EngagementListing;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
    this.listing = new EngagementListing(db);
    this.statements = {
      metaById: db.prepare<[string], MetaRow>(`SELECT ${META_COLUMNS} FROM engagements e WHERE e.id = ?`),
      documentBySeq: db.prepare<[number], { schema_version: number; document: string }>(
        'SELECT schema_version, document FROM engagement_documents WHERE engagement_seq = ?',
      ),
      insertMeta: db.prepare<[string, string, string, string, number, string, string]>(
        `INSERT INTO engagements (id, name, client_name, status, version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertDocument: db.prepare<[number | bigint, number, string]>(
        'INSERT INTO engagement_documents (engagement_seq, schema_version, document) VALUES (?, ?, ?)',
      ),
      updateMeta: db.prepare<[string, string, string, string, string, number]>(
        `UPDATE engagements SET name = ?, client_name = ?, status = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND deleted_at IS NULL
         RETURNING seq, version`,
      ),
      updateDocument: db.prepare<[number, string, number]>(
        'UPDATE engagement_documents SET schema_version = ?, document = ? WHERE engagement_seq = ?',
      ),
      deleteSearch: db.prepare<[number | bigint]>('DELETE FROM engagement_search WHERE rowid = ?'),
      insertSearch: db.prepare<[number | bigint, string, string, string, string, string]>(
        'INSERT INTO engagement_search (rowid, name, client, needs, inventory, notes) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setArchived: db.prepare<[string | null, string]>(
        'UPDATE engagements SET archived_at = ? WHERE id = ? AND deleted_at IS NULL',
      ),
      setDeleted: db.prepare<[string | null, string]>('UPDATE engagements SET deleted_at = ? WHERE id = ?'),
      purge: db.prepare<[string]>('DELETE FROM engagements WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
      purgedSeqs: db.prepare<[string], number>(
        'SELECT seq FROM engagements WHERE deleted_at IS NOT NULL AND deleted_at < ?',
      ),
      exists: db.prepare<[string], number>('SELECT 1 FROM engagements WHERE id = ?'),
    };
  }

  /** Stores a new engagement at version 1. An id already in use is a conflict, never an overwrite. */
  create(input: Engagement, createdAt?: string): StoredEngagement {
    const engagement = EngagementSchema.parse(input);
    const at = this.now().toISOString();
    return this.db
      .transaction(() => {
        if (this.statements.exists.get(engagement.id) !== undefined) {
          throw new AppError('conflict', `An engagement with id ${engagement.id} already exists.`);
        }
        this.insert(engagement, createdAt ?? at, at);
        return this.get(engagement.id);
      })
      .immediate();
  }

  /** For callers that already run inside a transaction (project import). */
  insert(engagement: Engagement, createdAt: string, updatedAt: string): number | bigint {
    const info = this.statements.insertMeta.run(
      engagement.id,
      engagement.name,
      engagement.client.name,
      engagement.status,
      1,
      createdAt,
      updatedAt,
    );
    const seq = info.lastInsertRowid;
    this.statements.insertDocument.run(seq, ENGAGEMENT_SCHEMA_VERSION, JSON.stringify(engagement));
    this.index(seq, engagement);
    return seq;
  }

  /** A blank engagement; `defaults` are the catalog and rate card from settings. */
  createBlank(
    name: string,
    clientName?: string,
    defaults?: Pick<Engagement, 'catalog' | 'rateCard'>,
  ): StoredEngagement {
    const blank = newEngagement({ name, ...(clientName !== undefined ? { clientName } : {}) });
    return this.create(
      defaults ? { ...blank, catalog: defaults.catalog, rateCard: defaults.rateCard } : blank,
    );
  }

  /**
   * A new engagement that reuses another's plan for a different client: its plan lines,
   * catalog, rate card, discount and chosen support level. What belongs to the first client
   * (profile, needs, inventory, driver ratings, budget, calendar, notes) starts blank, and
   * lines lose their links to needs, inventory items and phases that did not come along.
   */
  createFromTemplate(templateId: string, name: string, clientName?: string): StoredEngagement {
    const template = this.get(templateId).engagement;
    const fresh = newEngagement({ name, ...(clientName !== undefined ? { clientName } : {}) });
    const engagement = EngagementSchema.parse({
      ...fresh,
      // What a line points at in the old client (needs, inventory, campuses, phases, dates) stays behind.
      lines: template.lines.map((line) => ({
        ...line,
        needIds: [],
        buildsOn: [],
        districtFollowUp: [],
        campusIds: [],
        dates: [],
        phaseId: null,
      })),
      catalog: structuredClone(template.catalog),
      rateCard: structuredClone(template.rateCard),
      discount: structuredClone(template.discount),
      supportLevel: {
        ...fresh.supportLevel,
        chosen: template.supportLevel.chosen,
        overrideReason: template.supportLevel.overrideReason,
      },
    });
    return this.create(engagement);
  }

  /** An exact copy under a new id, as a draft: revisions stay with the original. */
  duplicate(id: string, name?: string): StoredEngagement {
    const source = this.get(id).engagement;
    const copyName = name ?? `${source.name} (copy)`;
    return this.create(
      EngagementSchema.parse({
        ...structuredClone(source),
        id: randomUUID(),
        name: copyName.slice(0, 300),
        status: 'draft',
      }),
    );
  }

  /** The current document, upgraded in memory if it was stored by an older version. */
  get(id: string, options: { includeDeleted?: boolean } = {}): StoredEngagement {
    const row = this.statements.metaById.get(id);
    if (!row || (row.deleted_at !== null && options.includeDeleted !== true)) {
      throw new AppError(
        'not_found',
        row ? 'This engagement was deleted.' : 'No engagement with that id exists.',
      );
    }
    return { engagement: this.readDocument(row), meta: toSummary(row) };
  }

  meta(id: string): EngagementSummary | undefined {
    const row = this.statements.metaById.get(id);
    return row ? toSummary(row) : undefined;
  }

  private readDocument(row: MetaRow): Engagement {
    const stored = this.statements.documentBySeq.get(row.seq);
    if (!stored) throw new AppError('corrupt', `The engagement “${row.name}” has no stored document.`);
    try {
      return migrateEngagement(JSON.parse(stored.document));
    } catch (error) {
      throw new AppError(
        'corrupt',
        `The engagement “${row.name}” could not be read: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  }

  /**
   * Saves the whole document if, and only if, nobody saved since `baseVersion` was read.
   * A stale save (a second window, a late autosave) is refused with a conflict so that it
   * can never silently replace newer work.
   */
  save(input: Engagement, baseVersion: number): SaveReceipt {
    const engagement = EngagementSchema.parse(input);
    const updatedAt = this.now().toISOString();
    return this.db
      .transaction(() => {
        const updated = this.statements.updateMeta.get(
          engagement.name,
          engagement.client.name,
          engagement.status,
          updatedAt,
          engagement.id,
          baseVersion,
        ) as { seq: number; version: number } | undefined;
        if (!updated) throw this.whyNotSaved(engagement.id, baseVersion);
        this.statements.updateDocument.run(
          ENGAGEMENT_SCHEMA_VERSION,
          JSON.stringify(engagement),
          updated.seq,
        );
        this.statements.deleteSearch.run(updated.seq);
        this.index(updated.seq, engagement);
        return { id: engagement.id, version: updated.version, updatedAt };
      })
      .immediate();
  }

  private whyNotSaved(id: string, baseVersion: number): AppError {
    const row = this.statements.metaById.get(id);
    if (!row)
      return new AppError('not_found', 'This engagement no longer exists, so the change was not saved.');
    if (row.deleted_at !== null) {
      return new AppError(
        'conflict',
        'This engagement was deleted, so the change was not saved. Undo the delete to keep editing.',
      );
    }
    return new AppError(
      'conflict',
      `This engagement was changed elsewhere (another window or a later save) at ${row.updated_at}: you were editing ` +
        `version ${baseVersion} and the saved one is version ${row.version}. Your change was not saved; reload to see the latest.`,
    );
  }

  private index(seq: number | bigint, engagement: Engagement): void {
    const c = searchColumns(engagement);
    this.statements.insertSearch.run(seq, c.name, c.client, c.needs, c.inventory, c.notes);
  }

  /** A page of engagements, filtered and sorted (see EngagementListing). */
  list(query: ListQuery = {}): Page<EngagementSummary> {
    return this.listing.list(query);
  }

  /** Full-text search, best match first (see EngagementListing). */
  search(query: SearchQuery): SearchPage {
    return this.listing.search(query);
  }

  setArchived(id: string, archived: boolean): EngagementSummary {
    this.get(id);
    this.statements.setArchived.run(archived ? this.now().toISOString() : null, id);
    return this.requireMeta(id);
  }

  /** Soft delete: hidden everywhere but the deleted list, and purged after the grace period. */
  softDelete(id: string): EngagementSummary {
    this.get(id);
    this.statements.setDeleted.run(this.now().toISOString(), id);
    return this.requireMeta(id);
  }

  /** Undoes a delete. */
  restore(id: string): EngagementSummary {
    const meta = this.meta(id);
    if (!meta)
      throw new AppError('not_found', 'This engagement was permanently removed and cannot be restored.');
    if (meta.deletedAt === null) return meta;
    this.statements.setDeleted.run(null, id);
    return this.requireMeta(id);
  }

  /** Removes, with their documents, search entries and revisions, engagements deleted before `cutoff`. */
  purgeDeletedBefore(cutoff: Date): number {
    const iso = cutoff.toISOString();
    return this.db
      .transaction(() => {
        const seqs = this.statements.purgedSeqs.pluck().all(iso);
        for (const seq of seqs) this.statements.deleteSearch.run(seq);
        return this.statements.purge.run(iso).changes;
      })
      .immediate();
  }

  exists(id: string): boolean {
    return this.statements.exists.get(id) !== undefined;
  }

  private requireMeta(id: string): EngagementSummary {
    const meta = this.meta(id);
    if (!meta) throw new AppError('not_found', 'No engagement with that id exists.');
    return meta;
  }
}
