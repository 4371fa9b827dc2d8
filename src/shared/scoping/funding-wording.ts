import {
  PROFESSIONAL_LEARNING_CATEGORIES,
  type Engagement,
  type FundingSource,
  type ServiceCategory,
} from '../domain';
import { dateWords, MONTH_NAMES } from '../words';

/**
 * A funding source as the engine applies it. A source whose restrictions are in words only (from
 * a document that predates restriction tags) is read the way a grants office reads it, from a short table of
 * phrases: "professional learning" or Title II pays for professional learning only; "coach
 * development only" for coaching and capacity building; Title I or "only for work at … campuses"
 * for work at the campuses it names (none until they are named); "invoices received by June 15,
 * 2026" is an invoice-by date. What was read is listed, so the app can ask the consultant to
 * confirm it; tags the consultant set are never second-guessed.
 */

export interface PayingSource extends FundingSource {
  /** Only work at named campuses, and the source names none yet: it may pay for nothing. */
  campusesUnnamed: boolean;
  /** What was read from the wording, in words ("professional learning only"); empty when nothing. */
  read: string[];
}

const COACH_DEVELOPMENT: readonly ServiceCategory[] = ['coaching', 'capacity_building'];

/** The first phrase found in the restrictions (or, for a federal program, the name) wins. */
const CATEGORY_PHRASES: readonly {
  pattern: RegExp;
  categories: readonly ServiceCategory[];
  words: string;
}[] = [
  {
    pattern: /\bprofessional (?:learning|development)\b/i,
    categories: PROFESSIONAL_LEARNING_CATEGORIES,
    words: 'professional learning only',
  },
  {
    pattern: /\bcoach(?:ing)? development only\b/i,
    categories: COACH_DEVELOPMENT,
    words: 'coaching and capacity building only',
  },
];
/** Federal programs whose name says what the money is for. */
const TITLE_II = /\btitle ii\b/i;
const TITLE_I = /\btitle i\b(?!i)/i;
const CAMPUS_PHRASE = /\bschoolwide\b|\bonly for work at\b/i;
const MONTH = `(${MONTH_NAMES.join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})`;
const INVOICE_PHRASE = new RegExp(`\\binvoice[sd]?\\s+(?:(?:received|submitted)\\s+)?by\\s+${MONTH}`, 'i');

function isoFrom(match: RegExpExecArray): string | null {
  const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === (match[1] ?? '').toLowerCase());
  const day = Number(match[2]);
  const year = Number(match[3]);
  if (month < 0 || day < 1 || day > 31) return null;
  const iso = `${String(year)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The source as the engine applies it: its own tags, or those its wording states. */
export function payingSource(source: FundingSource): PayingSource {
  const { serviceCategories, campusIds } = source.restrict;
  // Tags set since (by hand, or by keeping what was read) are the consultant's word.
  if (source.tagged || serviceCategories.length > 0 || campusIds.length > 0)
    return { ...source, campusesUnnamed: false, read: [] };
  const text = source.restrictions;
  const read: string[] = [];
  const phrase =
    CATEGORY_PHRASES.find((p) => p.pattern.test(text)) ??
    (TITLE_II.test(source.name) ? CATEGORY_PHRASES[0] : undefined);
  if (phrase) read.push(phrase.words);
  const campusesUnnamed = CAMPUS_PHRASE.test(text) || TITLE_I.test(source.name);
  if (campusesUnnamed) read.push('work at the campuses it names only');
  let invoiceBy = source.invoiceBy;
  const invoice = invoiceBy === null ? INVOICE_PHRASE.exec(text) : null;
  const date = invoice ? isoFrom(invoice) : null;
  if (date !== null && (source.endDate === null || date < source.endDate)) {
    invoiceBy = date;
    read.push(`invoices by ${dateWords(date)}`);
  }
  return {
    ...source,
    invoiceBy,
    restrict: { serviceCategories: phrase ? [...phrase.categories] : [], campusIds: [] },
    campusesUnnamed,
    read,
  };
}

/** The engagement's sources as the engine applies them, in the order they are listed. */
export function payingSources(engagement: Engagement): PayingSource[] {
  return engagement.budget.fundingSources.map(payingSource);
}
