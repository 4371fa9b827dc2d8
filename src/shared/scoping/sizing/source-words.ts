import { SERVICE_CATEGORY_LABELS } from '../../domain';
import { dateWords, joinAnd, lowerFirst, someOf } from '../../words';
import { invoiceDeadline } from '../funding-rules';
import { sourceLedgerOf } from './funding';
import type { PreparedLine, PreparedSizing } from './prepare';
import type { SourceBar } from './sources';

/**
 * Funding sources in the words of a grants office: which may pay for a line, and why each of
 * the others may not ("Title III pays only for work at Lincoln and Park").
 */

/**
 * The sources that may pay for `item` at `groups` groups, each with the date it must be spent or
 * invoiced by: "Title II (by September 30, 2026) and the general fund".
 */
export function payerNames(prep: PreparedSizing, item: PreparedLine, groups: number): string {
  const ledger = sourceLedgerOf(prep);
  if (!ledger) return '';
  return joinAnd(
    ledger.eligible(item, groups).flatMap((k) => {
      const source = ledger.sources[k];
      if (!source) return [];
      const by = invoiceDeadline(source);
      return [by === null ? source.name : `${source.name}, by ${dateWords(by)}`];
    }),
  );
}

function barWords(prep: PreparedSizing, bar: SourceBar): string {
  const source = sourceLedgerOf(prep)?.sources[bar.source];
  if (!source) return '';
  const name = source.name;
  switch (bar.code) {
    case 'category':
      return `${name} pays only for ${joinAnd(source.restrict.serviceCategories.map((c) => lowerFirst(SERVICE_CATEGORY_LABELS[c])))}`;
    case 'campus': {
      const names = new Map(prep.engagement.client.campuses.map((c) => [c.id, c.name]));
      const campuses = source.restrict.campusIds.flatMap((id) => names.get(id) ?? []);
      if (campuses.length === 0)
        return `${name} pays only for work at the campuses it names, and names none yet`;
      return `${name} pays only for work at ${someOf(campuses)}`;
    }
    case 'not_yet':
      return `${name} pays only for work from ${dateWords(bar.from)}`;
    case 'ended':
      return `${name} pays only for work delivered by ${dateWords(invoiceDeadline(source) ?? '')}`;
  }
}

/** Why no source may pay for `item` at `groups` groups: one clause per source. */
export function noSourceWords(prep: PreparedSizing, item: PreparedLine, groups: number): string {
  const ledger = sourceLedgerOf(prep);
  if (!ledger) return '';
  const bars = ledger.sources.flatMap((_, k) => {
    const bar = ledger.bar(k, item, groups);
    return bar ? [bar] : [];
  });
  const some = ledger.eligible(item, groups).length > 0 ? 'all of ' : '';
  const untied = item.line.campusIds.length === 0 && bars.some((b) => b.code === 'campus');
  const work = untied ? ' (it is not tied to campuses)' : '';
  return `No funding source may pay for ${some}it${work}: ${bars.map((b) => barWords(prep, b)).join('; ')}. It waits for a source that may pay for it.`;
}
