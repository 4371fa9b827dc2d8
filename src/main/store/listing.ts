import type { Statement } from 'better-sqlite3';
import type { EngagementStatus } from '@shared/domain';
import type { Db } from './database';
import { META_COLUMNS, toSummary, type EngagementSummary, type MetaRow } from './engagement-rows';
import { ftsQuery, namePrefix, SNIPPET_END, SNIPPET_START } from './search';

export type Shelf = 'active' | 'archived' | 'all' | 'deleted';
export type ListSort = 'updated' | 'created' | 'name' | 'client';

export interface ListQuery {
  shelf?: Shelf;
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
  shelf?: Exclude<Shelf, 'deleted'>;
  offset?: number;
  limit?: number;
}

const SHELF_WHERE: Record<Shelf, string> = {
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

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

function clampPage(offset: number | undefined, limit: number | undefined): { offset: number; limit: number } {
  const safeLimit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit ?? DEFAULT_PAGE_SIZE)));
  return { offset: Math.max(0, Math.trunc(offset ?? 0)), limit: safeLimit };
}

/** The home screen's list and search: read-only queries over the engagements' rows. */
export class EngagementListing {
  /** List and search statements vary with the filters; each variant is prepared once. */
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

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
    const where = [SHELF_WHERE[query.shelf ?? 'active']];
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
    if (prefix !== null) return this.searchNames(prefix, query.shelf ?? 'all', offset, limit);
    const match = ftsQuery(query.text);
    if (match === null) return { items: [], total: 0, offset, limit, capped: false };
    const whereSql = `engagement_search MATCH ? AND ${SHELF_WHERE[query.shelf ?? 'all']}`;
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
    shelf: Exclude<Shelf, 'deleted'>,
    offset: number,
    limit: number,
  ): SearchPage {
    const whereSql = `(e.name LIKE ? OR e.client_name LIKE ?) AND ${SHELF_WHERE[shelf]}`;
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
