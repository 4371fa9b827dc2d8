import type { Engagement } from './engagement';
import { resolveClauses } from './terms';
import { TERMS_FILL_INS, type TermsLibrary } from './scope-of-work';

/**
 * Placeholder text a district must never receive: "TBD", "[DISTRICT NAME]", "{{client}}",
 * "<insert date>", "Lorem ipsum". The scope of work refuses to export while any is left, and
 * the review step lists where each one is, so it can be fixed first.
 */

const PATTERNS: readonly RegExp[] = [
  /\{\{[^}]*\}\}/,
  // Bracketed stand-ins: capitals ("[DISTRICT]") or the words people use for them.
  /\[\s*[A-Z][A-Z0-9 _./&-]*\s*\]/,
  /\[\s*(?:insert|enter|add|your|name|date|district|client|amount|tbd|tba|x+|\?+|\.\.\.|…)\b[^\]]{0,60}\]/i,
  /<\s*(?:insert|enter|add|your|name|date|district|client|amount)\b[^<>]{0,60}>/i,
  /\b(?:TBD|TBA|TODO|FIXME|XXX+)\b/,
  /\blorem ipsum\b/i,
  /\?\?\?/,
];

const KNOWN_FILL_INS = new RegExp(`\\{\\{\\s*(?:${Object.keys(TERMS_FILL_INS).join('|')})\\s*\\}\\}`, 'g');

/** The placeholder in `text`, as written, or null. */
export function placeholderIn(text: string): string | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

export interface Placeholder {
  /** Where it is, in the words of the screen that edits it. */
  where: string;
  text: string;
}

/**
 * Every placeholder in what the scope of work prints: the engagement's own text, the terms as
 * this engagement words them, and the notes it chose to print.
 */
export function findPlaceholders(engagement: Engagement, terms: TermsLibrary): Placeholder[] {
  const found: Placeholder[] = [];
  const check = (where: string, text: string | null | undefined) => {
    if (text === null || text === undefined) return;
    const hit = placeholderIn(text);
    if (hit !== null) found.push({ where, text: hit });
  };
  const e = engagement;
  const sow = e.scopeOfWork;
  const printed = new Set(sow.printedNotes);
  check('Engagement name', e.name);
  check('Client name', e.client.name);
  check('Region', e.client.region);
  e.client.contacts.forEach((c, i) => {
    for (const [label, value] of [
      ['name', c.name],
      ['role', c.role],
      ['e-mail', c.email],
      ['phone', c.phone],
    ] as const)
      check(`Contact ${i + 1} ${label}`, value);
  });
  e.client.campuses.forEach((c, i) => check(`Campus ${i + 1}`, `${c.name} ${c.gradeBand}`));
  e.needs.forEach((n, i) =>
    check(
      `Priority need ${i + 1}`,
      [n.statement, n.evidence.source, n.evidence.measure, n.evidence.baseline, n.evidence.target].join(' '),
    ),
  );
  e.inventory.forEach((item, i) => {
    check(`Inventory item ${i + 1}`, `${item.name} ${item.evidence}`);
    if (printed.has(`inventory:${item.id}`)) check(`Inventory item ${i + 1} note`, item.notes);
  });
  if (printed.has('expertise')) check('Expertise notes', e.expertise.notes);
  for (const [key, driver] of Object.entries(e.drivers)) {
    if (printed.has(`driver:${key}`)) check(`Driver note (${key.replace('_', ' ')})`, driver.notes);
  }
  e.lines.forEach((l, i) => check(`Plan line ${i + 1}`, `${l.title} ${l.groupLabel?.plural ?? ''}`));
  e.catalog.forEach((s) => check(`Service “${s.name}”`, `${s.name} ${s.unit.plural} ${s.group.plural}`));
  e.budget.fundingSources.forEach((s, i) => check(`Funding source ${i + 1}`, `${s.name} ${s.restrictions}`));
  e.timeline.phases.forEach((p, i) => check(`Phase ${i + 1}`, p.name));
  e.timeline.blackouts.forEach((b, i) => check(`Blackout ${i + 1}`, b.label));
  e.timeline.pdDays.forEach((d, i) => check(`PD day ${i + 1}`, d.label));
  if (e.discount.kind !== 'none') check('Discount label', e.discount.label);
  check('Rate card name', e.rateCard.name);
  check('Purchase order', sow.purchaseOrder);
  sow.invoicing.milestones.forEach((m, i) => check(`Milestone ${i + 1}`, m.name));
  sow.commitments.forEach((c, i) => check(`District commitment ${i + 1}`, c.text));
  sow.deliverables.forEach((d, i) => check(`Deliverable ${i + 1}`, `${d.what} ${d.acceptance}`));
  sow.handoffs.forEach((h, i) => check(`Hand-over ${i + 1}`, `${h.who} ${h.takesOver}`));
  sow.options.forEach((o, i) => check(`Way to start ${i + 1}`, o.name));
  for (const clause of resolveClauses(terms, sow.clauses)) {
    // Fill-ins the scope of work knows are not placeholders; anything else in braces is.
    const unknown = clause.text.replace(KNOWN_FILL_INS, '');
    check(`Terms: ${clause.title}`, `${clause.title} ${unknown}`);
  }
  return found;
}
