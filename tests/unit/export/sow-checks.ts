import { expect } from 'vitest';
import { placeholderIn } from '../../../src/shared/domain';
import type { Rendered } from './helpers';
import { flat } from './pdf-text';

/** Every section a full scope of work prints, in order. */
export const ALL_SECTIONS = [
  'Summary',
  'The district’s context and priority needs',
  'What is already working',
  'Support level',
  'The funded scope',
  'The north star and what waits',
  'Deliverables',
  'Timeline',
  'Measures of success',
  'Responsibilities',
  'Sustainability: who carries the work on',
  'Drivers and standards alignment',
  'Assumptions',
  'Investment summary',
  'Funding crosswalk',
  'Invoice schedule',
  'Terms',
  'Agreement',
] as const;

/**
 * What a procurement office checks in a scope of work, read back from the PDF's own text:
 * the invoices and the funding crosswalk add up to the funded total, nothing is left as a
 * placeholder, no internal note slips out, no app jargon, and no heading is left at the foot
 * of a page without what it introduces.
 */

const MONEY = /[$€¥£][\d,]+(?:\.\d{2})?/;
const SHORT_DATE = String.raw`[A-Z][a-z]{2} \d{1,2}, \d{4}`;

/** The text of one numbered section, from its heading to the next one. */
export function sectionText(r: Rendered, title: string): string {
  const heading = new RegExp(String.raw`\b(\d{2}) ${escape(title)}`).exec(r.all);
  if (!heading) return '';
  const rest = r.all.slice(heading.index + 3);
  // The next heading carries the next number; a row that starts with a number and a date is not one.
  const number = String(Number(heading[1]) + 1).padStart(2, '0');
  const next = rest.search(new RegExp(String.raw`\b${number} (?![A-Z][a-z]{2} \d)[A-Z]`));
  return next < 0 ? rest : rest.slice(0, next);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-08-31" from "Aug 31, 2025". */
function isoOf(date: string): string {
  const [month, day, year] = date.replace(',', '').split(' ');
  const m = MONTHS.indexOf(month ?? '') + 1;
  return `${year ?? ''}-${String(m).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

function cents(text: string): number {
  return Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);
}

/** Every invoice row printed: number, dates and amount; they add up to the funded total. */
export interface PrintedInvoice {
  number: number;
  /** As printed: "Aug 31, 2025". */
  date: string;
  /** YYYY-MM-DD */
  iso: string;
  cents: number;
  /** Everything printed in the row after its dates: the source first. */
  text: string;
}

export function expectInvoicesReconcile(r: Rendered): PrintedInvoice[] {
  const { invoices } = r.input.facts;
  const text = sectionText(r, 'Invoice schedule');
  expect(text, 'the invoice schedule is printed').not.toBe('');
  // Each row runs from its number and two dates to the next row; its amount is the first sum in it.
  const end = text.indexOf('Total invoiced');
  const table = end < 0 ? text : text.slice(0, end);
  const starts = [
    ...table.matchAll(new RegExp(String.raw`(?:^|\s)(\d{1,3}) (${SHORT_DATE}) (${SHORT_DATE}) `, 'g')),
  ];
  const rows = starts.map((m, k) => {
    const from = m.index + m[0].length;
    const to = starts[k + 1]?.index ?? table.length;
    const row = table.slice(from, to);
    const date = m[2] ?? '';
    return {
      number: Number(m[1]),
      date,
      iso: isoOf(date),
      cents: cents(MONEY.exec(row)?.[0] ?? ''),
      text: row,
    };
  });
  expect(rows.map((row) => row.number)).toEqual(invoices.invoices.map((i) => i.number));
  expect(rows.map((row) => row.cents)).toEqual(invoices.invoices.map((i) => i.cents));
  const printedTotal = rows.reduce((s, row) => s + row.cents, 0);
  expect(printedTotal).toBe(r.input.scope.costing.totalCents);
  expect(text).toContain(`Total invoiced ${r.money(r.input.scope.costing.totalCents)}`);
  return rows;
}

/** The crosswalk's total row: one figure per source, and the funded total. */
export function expectCrosswalkTotals(r: Rendered): void {
  const { crosswalk } = r.input.facts;
  const text = sectionText(r, 'Funding crosswalk');
  expect(text, 'the funding crosswalk is printed').not.toBe('');
  const columns = [
    ...crosswalk.sources.map((s) => s.allocatedCents),
    ...(crosswalk.unassignedCents > 0 ? [crosswalk.unassignedCents] : []),
  ];
  expect(columns.reduce((s, c) => s + c, 0)).toBe(r.input.scope.costing.totalCents);
  expect(text).toContain(
    `Total ${[...columns, r.input.scope.costing.totalCents].map((c) => r.money(c)).join(' ')}`,
  );
}

/** Nothing printed is a placeholder. */
export function expectNoPlaceholders(r: Rendered): void {
  for (const page of r.text.pages) expect(placeholderIn(page)).toBeNull();
}

/** Notes written for the consultant stay out unless the engagement asks for them by name. */
export function expectNotesInternal(r: Rendered): void {
  const e = r.input.engagement;
  const printed = new Set(e.scopeOfWork.printedNotes);
  const notes: [string, string][] = [
    ['engagement', e.notes],
    ['expertise', e.expertise.notes],
    ...Object.entries(e.drivers).map(([key, d]): [string, string] => [`driver:${key}`, d.notes]),
    ...e.inventory.map((item): [string, string] => [`inventory:${item.id}`, item.notes]),
    ...e.lines.map((l): [string, string] => [`line:${l.id}`, l.notes]),
  ];
  for (const [key, note] of notes) {
    // A short note could match other text by chance; its first forty characters are its own.
    const probe = flat(note).trim().slice(0, 40);
    if (probe.length < 20) continue;
    if (printed.has(key)) expect(r.all, key).toContain(probe);
    else expect(r.all, key).not.toContain(probe);
  }
}

/** None of the app's own words: "lines", "Unphased", "smallest useful size". */
export function expectClientWords(r: Rendered): void {
  const userText = new Set(
    [
      r.input.engagement.name,
      ...r.input.engagement.lines.map((l) => l.title),
      ...r.input.engagement.needs.map((n) => n.statement),
    ].map(flat),
  );
  let text = r.all;
  for (const own of userText) if (own.trim() !== '') text = text.split(own).join(' ');
  expect(text).not.toMatch(/\blines?\b/i);
  expect(text).not.toMatch(/\bUnphased\b|smallest useful size|by hand/);
}

/** Every numbered heading (`titles`, in order) has what it introduces under it on its page. */
export function expectHeadingsKeepWithContent(
  r: Rendered,
  runningHeader: string,
  titles: readonly string[],
): void {
  let next = 0;
  r.text.pages.forEach((page, i) => {
    const text = flat(page);
    // The running header and footer come after the page's content in the text.
    const cut = text.lastIndexOf(flat(runningHeader));
    const content = cut > 0 ? text.slice(0, cut) : text;
    let from = 0;
    for (;;) {
      const title = titles[next];
      if (title === undefined) break;
      const heading = `${String(next + 1).padStart(2, '0')} ${flat(title)}`;
      const at = content.indexOf(heading, from);
      if (at < 0) break;
      const after = content.slice(at + heading.length);
      expect(
        after.trim().length,
        `page ${i + 1}: “${heading}” needs what it introduces under it`,
      ).toBeGreaterThan(120);
      from = at + heading.length;
      next += 1;
    }
  });
  expect(next, 'every heading was found').toBe(titles.length);
}
