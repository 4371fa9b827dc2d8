import type { Engagement } from '@shared/domain';

/** Characters no person types, so a highlight marker can never be confused with content. */
export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

const MAX_TERMS = 16;

/**
 * Turns what someone typed into an FTS5 query that cannot fail: each word becomes a quoted
 * prefix term, so operators, quotes and column filters typed by accident are just text.
 */
export function ftsQuery(text: string): string | null {
  const all = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  // A one-letter prefix matches most of the index, and ranking all of it is what made the
  // first keystroke slow; it is left out while a longer word narrows the search.
  const words = all.some((word) => word.length > 1) ? all.filter((word) => word.length > 1) : [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word}"*`)
    .join(' ');
}

/**
 * For a search of single letters only (the first keystroke): a `LIKE` pattern for names and
 * clients that start with them, which reads only the small metadata rows.
 */
export function namePrefix(text: string): string | null {
  const all = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (all.length === 0 || all.some((word) => word.length > 1)) return null;
  return `${all.join(' ')}%`;
}

function join(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n');
}

/** The five searchable columns of an engagement. */
export function searchColumns(e: Engagement): {
  name: string;
  client: string;
  needs: string;
  inventory: string;
  notes: string;
} {
  return {
    name: e.name,
    client: join([
      e.client.name,
      e.client.region,
      ...e.client.campuses.map((c) => c.name),
      ...e.client.contacts.map((c) => c.name),
    ]),
    needs: join(
      e.needs.flatMap((n) => [
        n.statement,
        n.evidence.source,
        n.evidence.measure,
        n.evidence.baseline,
        n.evidence.target,
      ]),
    ),
    inventory: join(e.inventory.flatMap((item) => [item.name, item.evidence, item.notes])),
    notes: join([
      e.notes,
      e.expertise.notes,
      e.supportLevel.overrideReason,
      ...Object.values(e.drivers).map((d) => d.notes),
      ...e.lines.flatMap((line) => [line.title, line.notes]),
    ]),
  };
}
