import type { Content } from 'pdfmake/interfaces';
import { fillTerms, type InvoicingMethod, type TermsFillIn } from '@shared/domain';
import { paragraph, titled, type Section, type SectionContext } from './common';

const INVOICING_WORDS: Record<InvoicingMethod, string> = {
  monthly_arrears: 'monthly in arrears',
  by_phase: 'at the end of each phase',
  by_milestone: 'at each milestone',
};

/** "on March 3, 2026", or the date of the last signature when none is set. */
export function effectiveText(ctx: SectionContext): string {
  const date = ctx.engagement.scopeOfWork.effectiveDate;
  return date !== null ? `on ${ctx.fmt.date(date)}` : 'on the date of the last signature below';
}

export function periodText(ctx: SectionContext): string {
  const { start, end } = ctx.period;
  return `${ctx.fmt.date(start)} to ${ctx.fmt.date(end)}`;
}

/** "purchase order 4500123", or what stands in until the district issues one. */
export function purchaseOrderText(ctx: SectionContext): string {
  const po = ctx.engagement.scopeOfWork.purchaseOrder.trim();
  return po !== '' ? `purchase order ${po}` : 'the purchase order the district issues for this work';
}

export function fillIns(ctx: SectionContext): Record<TermsFillIn, string> {
  const sow = ctx.engagement.scopeOfWork;
  return {
    client: ctx.clientName,
    consultancy: ctx.input.profile.name,
    effectiveDate:
      sow.effectiveDate !== null ? ctx.fmt.date(sow.effectiveDate) : 'the date both parties have signed',
    periodStart: ctx.fmt.date(ctx.period.start),
    periodEnd: ctx.fmt.date(ctx.period.end),
    netDays: String(sow.invoicing.netDays),
    invoicing: INVOICING_WORDS[sow.invoicing.method],
    purchaseOrder: purchaseOrderText(ctx),
  };
}

/** The consultancy's terms as this engagement words them, numbered, after the dates they run between. */
export function terms(ctx: SectionContext): Section {
  const clauses = ctx.input.facts.clauses;
  const values = fillIns(ctx);
  const body: Content[] = [
    paragraph(
      `This agreement between ${ctx.clientName} and ${ctx.input.profile.name} takes effect ${effectiveText(ctx)}. The period of performance runs from ${periodText(ctx)}: every service in this scope of work is delivered inside it.`,
      'lead',
    ),
  ];
  clauses.forEach((clause, i) => {
    body.push(
      ...titled(`${i + 1}. ${fillTerms(clause.title, values)}`, paragraph(fillTerms(clause.text, values))),
    );
  });
  return { id: 'terms', title: 'Terms', body };
}
