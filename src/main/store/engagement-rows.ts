import type { Engagement, EngagementStatus } from '@shared/domain';

/**
 * An engagement's row in `engagements`, as the repository and the list both read it.
 * What the list shows without opening the document.
 */
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

export interface MetaRow {
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

export const META_COLUMNS =
  'e.seq, e.id, e.name, e.client_name, e.status, e.version, e.created_at, e.updated_at, e.archived_at, e.deleted_at, ' +
  '(SELECT max(r.number) FROM revisions r WHERE r.engagement_id = e.id) AS sent_version';

export function toSummary(row: MetaRow): EngagementSummary {
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
