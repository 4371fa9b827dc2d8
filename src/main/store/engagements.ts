import { randomUUID } from 'node:crypto';
import {
  EngagementSchema,
  ENGAGEMENT_SCHEMA_VERSION,
  migrateEngagement,
  newEngagement,
  type Engagement,
  type EngagementStatus,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database';
import { ftsQuery, namePrefix, searchColumns, SNIPPET_END, SNIPPET_START } from './search';

/** What the list shows without opening the document. */
export interface EngagementSummary {
  id: string;
  name: string;
  clientName: string;
  status: EngagementStatus;
  /** Increments on every save; a save names the version it was based on. */
  version: number;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  deletedAt: string | null;
  /** The newest revision exported (the version the district was sent), or null. */
  sentVersion: number | null;
}

export interface StoredEngagement {
  engagement: Engagement;
  meta: EngagementSummary;
}

export interface SaveReceipt {
  id: string;
  version: number;
  updatedAt: string;
}

export type ListScope = 'active' | 'archived' | 'all' | 'deleted';
export type ListSort = 'updated' | 'created' | 'name' | 'client';

export interface ListQuery {
  scope?: ListScope;
  status?: EngagementStatus | undefined;
  sort?: ListSort;
  direction?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Search counts stop here: the home screen shows at most a page of hits, and counting every
 * match of a one-letter prefix over tens of thousands of engagements is what made typing lag.
 */
export const SEARCH_COUNT_CAP = 1_000;

export interface SearchPage extends Page<SearchHit> {
  /** True when more than SEARCH_COUNT_CAP engagements match; `total` is then the cap. */
  capped: boolean;
}

export interface SearchHit extends EngagementSummary {
  snippet: SnippetPart[];
}

export interface SearchQuery {
  text: string;
  scope?: Exclude<ListScope, 'deleted'>;
  offset?: number;
  limit?: number;
}

interface MetaRow {
  seq: number;
  id: string;
  name: string;
  client_name: string;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  deleted_at: string | null;
  sent_version: number | null;
}

const META_COLUMNS =
  'e.seq, e.id, e.name, e.client_name, e.status, e.version, e.created_at, e.updated_at, e.archived_at, e.deleted_at, ' +
  '(SELECT max(r.number) FROM revisions r WHERE r.engagement_id = e.id) AS sent_version';

const SCOPE_WHERE: Record<ListScope, string> = {
  active: 'e.deleted_at IS NULL AND e.archived_at IS NULL',
  archived: 'e.deleted_at IS NULL AND e.archived_at IS NOT NULL',
  all: 'e.deleted_at IS NULL',
  deleted: 'e.deleted_at IS NOT NULL',
};

const SORT_COLUMN: Record<ListSort, string> = {
  updated: 'e.updated_at',
  created: 'e.created_at',
  name: 'e.name COLLATE NOCASE',
  client: 'e.client_name COLLATE NOCASE',
};

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

function toSummary(row: MetaRow): EngagementSummary {
  return {
    id: row.id,
    name: row.name,
    clientName: row.client_name,
    status: row.status as EngagementStatus,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    deletedAt: row.deleted_at,
    sentVersion: row.sent_version,
  };
}

function clampPage(offset: number | undefined, limit: number | undefined): { offset: number; limit: number } {
  const safeLimit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit ?? DEFAULT_PAGE_SIZE)));
  return { offset: Math.max(0, Math.trunc(offset ?? 0)), limit: safeLimit };
}

/**
 * Engagements as validated documents with their metadata beside them. Every write is one
 * transaction; with WAL and synchronous = FULL, a method that returns has reached the disk.
 */
export class EngagementRepository {
  private readonly statements;
  /** List and search statements vary with the filters; each variant is prepared once. */
  private readonly prepared = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {
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

  private cached<R>(sql: string): Statement<unknown[], R> {
    let statement = this.prepared.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.prepared.set(sql, statement);
    }
    return statement as Statement<unknown[], R>;
  }

  list(query: ListQuery = {}): Page<EngagementSummary> {
    const { offset, limit } = clampPage(query.offset, query.limit);
    const where = [SCOPE_WHERE[query.scope ?? 'active']];
    const params: (string | number)[] = [];
    if (query.status !== undefined) {
      where.push('e.status = ?');
      params.push(query.status);
    }
    const direction = (
      query.direction ?? (query.sort === 'name' || query.sort === 'client' ? 'asc' : 'desc')
    ).toUpperCase();
    const order = `${SORT_COLUMN[query.sort ?? 'updated']} ${direction}, e.seq ${direction}`;
    const whereSql = where.join(' AND ');
    const total =
      this.cached<number>(`SELECT count(*) FROM engagements e WHERE ${whereSql}`)
        .pluck()
        .get(...params) ?? 0;
    const rows = this.cached<MetaRow>(
      `SELECT ${META_COLUMNS} FROM engagements e WHERE ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...params, limit, offset);
    return { items: rows.map(toSummary), total, offset, limit };
  }

  /** Full-text search, best match first; a query with no words finds nothing. */
  search(query: SearchQuery): SearchPage {
    const { offset, limit } = clampPage(query.offset, query.limit);
    const prefix = namePrefix(query.text);
    if (prefix !== null) return this.searchNames(prefix, query.scope ?? 'all', offset, limit);
    const match = ftsQuery(query.text);
    if (match === null) return { items: [], total: 0, offset, limit, capped: false };
    const whereSql = `engagement_search MATCH ? AND ${SCOPE_WHERE[query.scope ?? 'all']}`;
    const counted =
      this.cached<number>(
        `SELECT count(*) FROM (SELECT 1 FROM engagement_search JOIN engagements e ON e.seq = engagement_search.rowid
         WHERE ${whereSql} LIMIT ${SEARCH_COUNT_CAP + 1})`,
      )
        .pluck()
        .get(match) ?? 0;
    const rows = this.cached<MetaRow & { snippet: string }>(
      `SELECT ${META_COLUMNS},
                snippet(engagement_search, -1, '${SNIPPET_START}', '${SNIPPET_END}', '…', 12) AS snippet
         FROM engagement_search JOIN engagements e ON e.seq = engagement_search.rowid
         WHERE ${whereSql}
         ORDER BY bm25(engagement_search, 10.0, 5.0, 2.0, 2.0, 1.0), e.seq
         LIMIT ? OFFSET ?`,
    ).all(match, limit, offset);
    return {
      items: rows.map((row) => ({ ...toSummary(row), snippet: splitSnippet(row.snippet) })),
      total: Math.min(counted, SEARCH_COUNT_CAP),
      capped: counted > SEARCH_COUNT_CAP,
      offset,
      limit,
    };
  }

  /** Names and clients starting with `pattern` (a LIKE pattern), newest first. */
  private searchNames(
    pattern: string,
    scope: Exclude<ListScope, 'deleted'>,
    offset: number,
    limit: number,
  ): SearchPage {
    const whereSql = `(e.name LIKE ? OR e.client_name LIKE ?) AND ${SCOPE_WHERE[scope]}`;
    const counted =
      this.cached<number>(
        `SELECT count(*) FROM (SELECT 1 FROM engagements e WHERE ${whereSql} LIMIT ${SEARCH_COUNT_CAP + 1})`,
      )
        .pluck()
        .get(pattern, pattern) ?? 0;
    const rows = this.cached<MetaRow>(
      `SELECT ${META_COLUMNS} FROM engagements e WHERE ${whereSql} ORDER BY e.updated_at DESC, e.seq DESC LIMIT ? OFFSET ?`,
    ).all(pattern, pattern, limit, offset);
    return {
      items: rows.map((row) => ({ ...toSummary(row), snippet: [] })),
      total: Math.min(counted, SEARCH_COUNT_CAP),
      capped: counted > SEARCH_COUNT_CAP,
      offset,
      limit,
    };
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

function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(SNIPPET_START);
    if (start === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(SNIPPET_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}
