import {
  DELIVERY_MODE_WORDS,
  SUPPORT_LEVEL_INFO,
  type Engagement,
  type PlanLine,
  type Priority,
  type SupportLevel,
} from '../domain';
import { formatMoney } from '../money';
import { dayLabel } from './funding-rules';
import { scopeEngagement } from './scope';
import type { SizedStatus } from './sizing';

/**
 * What changed between two versions of an engagement, as data the PDF and the UI print:
 * lines added and removed, quantities, priorities and funded costs changed, the support
 * level, the budget, the window and the totals, each with a sentence.
 */

export interface LineSnapshot {
  name: string;
  serviceId: string;
  quantity: string;
  /** What the version funds ("2 coaching cycles × 5 coaches"), for comparing funded scopes. */
  fundedQuantity: string;
  count: number;
  groups: number;
  priority: Priority;
  deliveryMode: PlanLine['deliveryMode'];
  status: SizedStatus;
  fundedGroups: number;
  /** Funded cost after discount. */
  fundedCents: number;
}

export type LineChangeField = 'service' | 'quantity' | 'priority' | 'delivery' | 'status' | 'cost';

export interface LineChange {
  lineId: string;
  name: string;
  kind: 'added' | 'removed' | 'changed';
  fields: LineChangeField[];
  before: LineSnapshot | null;
  after: LineSnapshot | null;
  /** Change in funded cost, after discount (after − before). */
  deltaCents: number;
  sentence: string;
}

export interface EngagementDiff {
  hasChanges: boolean;
  lines: LineChange[];
  supportLevel: { before: SupportLevel; after: SupportLevel } | null;
  budget: { beforeCents: number; afterCents: number } | null;
  timeline: { before: { start: string; end: string }; after: { start: string; end: string } } | null;
  totals: { beforeCents: number; afterCents: number; deltaCents: number };
  /** What changed in what the parties sign besides the services: terms, invoicing, dates, funding. */
  agreement: string[];
  /** Every change above, one sentence each, most important first. */
  sentences: string[];
}

/** Each line as sized, scheduled and costed (as its scope of work has it), and the support level the version uses. */
function snapshots(e: Engagement): { lines: Map<string, LineSnapshot>; level: SupportLevel } {
  const { advice, sizing, costing } = scopeEngagement(e);
  const totals = new Map(costing.lines.map((l) => [l.lineId, l.totalCents]));
  const out = new Map<string, LineSnapshot>();
  for (const s of sizing.lines) {
    const line = e.lines.find((l) => l.id === s.lineId);
    if (!line) continue;
    out.set(s.lineId, {
      name: s.name,
      serviceId: s.serviceId,
      quantity: s.northStarQuantity,
      fundedQuantity: s.fundedQuantity,
      count: s.northStarCount,
      groups: line.quantity.groups,
      priority: line.priority,
      deliveryMode: line.deliveryMode,
      status: s.status,
      fundedGroups: s.fundedGroups,
      fundedCents: totals.get(s.lineId) ?? 0,
    });
  }
  return { lines: out, level: advice.effective };
}

const STATUS_WORDS: Record<SizedStatus, string> = {
  funded: 'funded',
  trimmed: 'trimmed',
  deferred: 'deferred',
};

/** Amounts in the currency of the version after: "$1,200.00", and signed, "+$1,200.00" or "−$300.00". */
interface MoneyWords {
  money: (cents: number) => string;
  signed: (cents: number) => string;
}

export function diffEngagements(before: Engagement, after: Engagement): EngagementDiff {
  const currency = after.rateCard.currency;
  const money = (c: number) => formatMoney(c, currency);
  const words: MoneyWords = { money, signed: (c) => (c >= 0 ? `+${money(c)}` : `−${money(-c)}`) };
  const { lines: a, level: levelBefore } = snapshots(before);
  const { lines: b, level: levelAfter } = snapshots(after);
  const lines = lineChanges(before, after, { a, b }, words);

  const supportLevel = levelBefore !== levelAfter ? { before: levelBefore, after: levelAfter } : null;
  const budget =
    before.budget.amountCents !== after.budget.amountCents
      ? { beforeCents: before.budget.amountCents, afterCents: after.budget.amountCents }
      : null;
  const timeline =
    before.timeline.start !== after.timeline.start || before.timeline.end !== after.timeline.end
      ? {
          before: { start: before.timeline.start, end: before.timeline.end },
          after: { start: after.timeline.start, end: after.timeline.end },
        }
      : null;
  const sum = (m: Map<string, LineSnapshot>) => [...m.values()].reduce((s, l) => s + l.fundedCents, 0);
  const totals = { beforeCents: sum(a), afterCents: sum(b), deltaCents: sum(b) - sum(a) };

  const agreement = agreementChanges(before, after);
  const sentences = [
    ...headlineSentences({ totals, budget, supportLevel, timeline }, words),
    ...agreement,
    ...lines.map((l) => l.sentence),
  ];
  return {
    hasChanges: sentences.length > 0,
    lines,
    supportLevel,
    budget,
    timeline,
    totals,
    agreement,
    sentences,
  };
}

/** Lines added, changed (in the order of the version after) and removed (in the order of the one before). */
function lineChanges(
  before: Engagement,
  after: Engagement,
  { a, b }: { a: ReadonlyMap<string, LineSnapshot>; b: ReadonlyMap<string, LineSnapshot> },
  words: MoneyWords,
): LineChange[] {
  const lines: LineChange[] = [];
  for (const line of after.lines) {
    const now = b.get(line.id);
    if (!now) continue;
    const was = a.get(line.id);
    if (!was) {
      lines.push(addedLine(line.id, now, words));
      continue;
    }
    const changed = changedLine(line.id, was, now, words);
    if (changed) lines.push(changed);
  }
  for (const line of before.lines) {
    const was = a.get(line.id);
    if (!was || b.has(line.id)) continue;
    lines.push(removedLine(line.id, was, words));
  }
  return lines;
}

function addedLine(lineId: string, now: LineSnapshot, { money }: MoneyWords): LineChange {
  return {
    lineId,
    name: now.name,
    kind: 'added',
    fields: [],
    before: null,
    after: now,
    deltaCents: now.fundedCents,
    sentence: `Added “${now.name}” (${now.quantity}), ${now.status === 'deferred' ? 'deferred for now' : `${STATUS_WORDS[now.status]} at ${money(now.fundedCents)}`}.`,
  };
}

/** What changed on a line both versions have, field by field; null when nothing did. */
function changedLine(
  lineId: string,
  was: LineSnapshot,
  now: LineSnapshot,
  { money, signed }: MoneyWords,
): LineChange | null {
  const fields: LineChangeField[] = [];
  const parts: string[] = [];
  if (was.serviceId !== now.serviceId) {
    fields.push('service');
    parts.push(`service changed from “${was.name}”`);
  }
  if (was.count !== now.count || was.groups !== now.groups) {
    fields.push('quantity');
    parts.push(`quantity ${was.quantity} → ${now.quantity}`);
  }
  if (was.priority !== now.priority) {
    fields.push('priority');
    parts.push(`priority ${was.priority} → ${now.priority}`);
  }
  if (was.deliveryMode !== now.deliveryMode) {
    fields.push('delivery');
    parts.push(
      `delivery ${DELIVERY_MODE_WORDS[was.deliveryMode]} → ${DELIVERY_MODE_WORDS[now.deliveryMode]}`,
    );
  }
  if (was.status !== now.status || was.fundedGroups !== now.fundedGroups) {
    fields.push('status');
    parts.push(
      was.status === now.status
        ? `funded ${was.fundedGroups} → ${now.fundedGroups}`
        : `${STATUS_WORDS[was.status]} → ${STATUS_WORDS[now.status]}`,
    );
  }
  if (was.fundedCents !== now.fundedCents) {
    fields.push('cost');
    parts.push(
      `cost ${money(was.fundedCents)} → ${money(now.fundedCents)} (${signed(now.fundedCents - was.fundedCents)})`,
    );
  }
  if (fields.length === 0) return null;
  return {
    lineId,
    name: now.name,
    kind: 'changed',
    fields,
    before: was,
    after: now,
    deltaCents: now.fundedCents - was.fundedCents,
    sentence: `Changed “${now.name}”: ${parts.join('; ')}.`,
  };
}

function removedLine(lineId: string, was: LineSnapshot, { money }: MoneyWords): LineChange {
  return {
    lineId,
    name: was.name,
    kind: 'removed',
    fields: [],
    before: was,
    after: null,
    deltaCents: -was.fundedCents,
    sentence: `Removed “${was.name}” (${was.quantity})${was.fundedCents > 0 ? `, which was funded at ${money(was.fundedCents)}` : ''}.`,
  };
}

/** The changes to the whole engagement, most important first: the funded total, the budget, the level, the window. */
function headlineSentences(
  changes: Pick<EngagementDiff, 'totals' | 'budget' | 'supportLevel' | 'timeline'>,
  { money, signed }: MoneyWords,
): string[] {
  const { totals, budget, supportLevel, timeline } = changes;
  const sentences: string[] = [];
  if (totals.deltaCents !== 0) {
    sentences.push(
      `The funded total moved from ${money(totals.beforeCents)} to ${money(totals.afterCents)} (${signed(totals.deltaCents)}).`,
    );
  }
  if (budget)
    sentences.push(`The budget changed from ${money(budget.beforeCents)} to ${money(budget.afterCents)}.`);
  if (supportLevel) {
    sentences.push(
      `The support level changed from ${SUPPORT_LEVEL_INFO[supportLevel.before].label.toLowerCase()} to ${SUPPORT_LEVEL_INFO[supportLevel.after].label.toLowerCase()}.`,
    );
  }
  if (timeline) {
    sentences.push(
      `The window changed from ${timeline.before.start} – ${timeline.before.end} to ${timeline.after.start} – ${timeline.after.end}.`,
    );
  }
  return sentences;
}

const INVOICING_WORDS = {
  monthly_arrears: 'monthly in arrears',
  by_phase: 'at the end of each phase',
  by_milestone: 'at each milestone',
} as const;

/**
 * Changes a procurement office must see even when no service moved: the terms as this
 * engagement words them, how and when it is invoiced, the purchase order, the effective date,
 * the funding sources and their restrictions, the ways to start and the one accepted.
 */
function agreementChanges(before: Engagement, after: Engagement): string[] {
  const was = before.scopeOfWork;
  const now = after.scopeOfWork;
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const out: string[] = [];
  if (!same(was.clauses, now.clauses)) out.push('The terms as this engagement words them changed.');
  if (was.invoicing.method !== now.invoicing.method) {
    out.push(
      `Invoices now go out ${INVOICING_WORDS[now.invoicing.method]} (they went out ${INVOICING_WORDS[was.invoicing.method]}).`,
    );
  } else if (!same(was.invoicing.milestones, now.invoicing.milestones)) {
    out.push('The invoicing milestones changed.');
  }
  if (was.invoicing.netDays !== now.invoicing.netDays)
    out.push(`Invoices are now payable within ${now.invoicing.netDays} days (was ${was.invoicing.netDays}).`);
  if (was.purchaseOrder.trim() !== now.purchaseOrder.trim()) {
    out.push(
      now.purchaseOrder.trim() === ''
        ? 'The purchase order number was removed.'
        : `The purchase order is now ${now.purchaseOrder.trim()}.`,
    );
  }
  if (was.effectiveDate !== now.effectiveDate) {
    out.push(
      now.effectiveDate === null
        ? 'The agreement now takes effect when both parties have signed.'
        : `The agreement now takes effect on ${dayLabel(now.effectiveDate)}.`,
    );
  }
  if (!same(before.budget.fundingSources, after.budget.fundingSources))
    out.push('The funding sources, their amounts, dates or restrictions changed.');
  if (!same(was.options, now.options)) out.push('The ways to start changed.');
  if (was.acceptedOptionId !== now.acceptedOptionId) {
    const accepted = now.options.find((o) => o.id === now.acceptedOptionId);
    out.push(
      accepted ? `The district accepted “${accepted.name}”.` : 'No way to start is marked accepted any more.',
    );
  }
  if (!same(was.deliverables, now.deliverables)) out.push('Deliverables were reworded for this engagement.');
  if (!same(was.commitments, now.commitments)) out.push('What the district commits to changed.');
  return out;
}
