import {
  TermsLibrarySchema,
  type ClauseOverride,
  type TermsFillIn,
  type TermsLibrary,
} from './scope-of-work';

/**
 * The standard terms a new consultancy starts from: the clauses a district's procurement and
 * grants offices look for before they sign a scope of work for professional learning. Plain
 * words, no legal boilerplate beyond what an office checks for; every clause can be reworded
 * in settings, and each engagement can reword or drop it for itself. Words in double braces
 * are filled in from the engagement (see TERMS_FILL_INS).
 */
export const DEFAULT_TERMS: TermsLibrary = TermsLibrarySchema.parse([
  {
    id: 'payment',
    title: 'Payment terms',
    text: '{{consultancy}} invoices {{client}} {{invoicing}}, as set out in the invoice schedule. Each invoice names the funding source it is charged to and {{purchaseOrder}}. Invoices are payable within {{netDays}} days of receipt. The fees in this scope of work include travel and materials; nothing else is charged without a written change to the scope.',
  },
  {
    id: 'cancellation',
    title: 'Cancellation and rescheduling',
    text: 'Either party may reschedule a session, visit or call without charge by giving at least 10 business days’ notice; the new date is agreed in writing and falls inside the period of performance. A session the district cancels with less notice is billed at half its fee, plus travel already booked that cannot be refunded. Closures for weather or emergencies are rescheduled without charge. If {{consultancy}} must cancel, it reschedules at no cost to the district.',
  },
  {
    id: 'termination',
    title: 'Termination and non-appropriation',
    text: 'Either party may end this agreement by giving 30 days’ written notice. The district then pays for work delivered up to the end date, and for travel booked before the notice that cannot be refunded. If the funds for any part of this work are not appropriated, or are withdrawn, for a fiscal year, the district may end that part of the work without penalty by written notice, and pays for the work delivered before then.',
  },
  {
    id: 'privacy',
    title: 'Student data privacy and non-evaluative observation',
    text: 'Where this work gives {{consultancy}} access to student education records, it acts as a “school official” with a legitimate educational interest under FERPA (34 CFR 99.31(a)(1)), under the district’s direct control of how the records are used and kept. It uses them only for this scope of work, does not disclose them to anyone else, keeps them secure, follows the state’s student-privacy law, and returns or destroys them when the period of performance ends. Data reviews use de-identified or summary data wherever they can. Classroom observations, walkthroughs and coaching are for professional learning only: they are non-evaluative, are not reported to supervisors as ratings and are not used in any educator’s evaluation.',
  },
  {
    id: 'materials',
    title: 'Materials: ownership and licence',
    text: '{{consultancy}} keeps ownership of the materials it brings to this work. It grants {{client}} a non-exclusive, royalty-free licence, without end date, to copy, adapt and use the materials delivered under this scope of work with its own staff, so the district can continue the work after the period of performance. Reports and plans made for the district from its own data belong to the district. Neither party sells or publishes the other’s materials.',
  },
  {
    id: 'insurance',
    title: 'Insurance and background checks',
    text: '{{consultancy}} carries general liability insurance of at least one million dollars per occurrence, and professional liability insurance, and gives the district certificates of insurance on request before work begins. Every consultant who works on a campus has passed a criminal background check that meets the district’s and the state’s requirements, and follows the district’s visitor and safety policies.',
  },
  {
    id: 'acceptance',
    title: 'Deliverables and acceptance',
    text: 'The district accepts each deliverable as set out in the deliverables table, by its project lead in writing (an e-mail is enough). A deliverable not accepted or questioned within 10 business days of delivery is accepted. One that falls short is corrected and delivered again at no charge.',
  },
  {
    id: 'changes',
    title: 'Changes to the scope',
    text: 'Changes to the services, quantities, dates or fees are agreed in writing as a new, numbered version of this scope of work that lists what changed, signed by both parties. Rescheduling inside the period of performance under the cancellation clause is not a change.',
  },
]);

export interface ResolvedClause {
  id: string;
  title: string;
  /** The wording before fill-ins are replaced. */
  text: string;
  /** Where the wording comes from: the library as it stands, this engagement's rewording, or this engagement alone. */
  origin: 'library' | 'edited' | 'added';
}

/**
 * The clauses an engagement's scope of work prints: the library in its order, with this
 * engagement's rewording, less what it drops, then the clauses only it has. A rewording of a
 * clause since deleted from the library is kept: it is what this engagement agreed to.
 */
export function resolveClauses(
  library: TermsLibrary,
  overrides: readonly ClauseOverride[],
): ResolvedClause[] {
  const byId = new Map(overrides.map((o) => [o.clauseId, o]));
  const known = new Set(library.map((c) => c.id));
  const out: ResolvedClause[] = [];
  for (const clause of library) {
    const o = byId.get(clause.id);
    if (o?.mode === 'drop') continue;
    if (o && o.text.trim() !== '') {
      out.push({
        id: clause.id,
        title: o.title.trim() !== '' ? o.title : clause.title,
        text: o.text,
        origin: 'edited',
      });
    } else {
      out.push({ ...clause, origin: 'library' });
    }
  }
  for (const o of overrides) {
    if (known.has(o.clauseId) || o.mode === 'drop' || o.text.trim() === '') continue;
    out.push({
      id: o.clauseId,
      title: o.title.trim() !== '' ? o.title : 'Further terms',
      text: o.text,
      origin: 'added',
    });
  }
  return out;
}

/** Replaces every known fill-in; unknown ones stay as written, so the placeholder check finds them. */
export function fillTerms(text: string, values: Readonly<Record<TermsFillIn, string>>): string {
  return text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as TermsFillIn] : whole,
  );
}
