import type { Content } from 'pdfmake/interfaces';
import type { SectionContext, Section } from './common';

function signatureColumn(ctx: SectionContext, party: string): Content {
  const field = (label: string, height: number): Content[] => [
    {
      canvas: [
        { type: 'line', x1: 0, y1: height, x2: 222, y2: height, lineWidth: 0.7, lineColor: ctx.theme.ink },
      ],
    },
    { text: label, style: 'small', margin: [0, 3, 0, 12] },
  ];
  return {
    stack: [
      { text: 'FOR', style: 'figureLabel' },
      { text: party, bold: true, fontSize: 10.5, color: ctx.theme.primaryText, margin: [0, 2, 0, 6] },
      ...field('Signature', 34),
      ...field('Name', 20),
      ...field('Title', 20),
      ...field('Date', 20),
    ],
  };
}

/** Lines for both parties to sign, kept on one page with the sentence they agree to. */
export function signatures(ctx: SectionContext): Section {
  const { input, fmt } = ctx;
  const agreement = `By signing, ${ctx.clientName} and ${input.profile.name} agree to the funded scope set out in version ${input.revision.number} of this scope of work, dated ${fmt.date(input.revision.date)}, for a total investment of ${fmt.money(ctx.scope.costing.totalCents)}.`;
  const body: Content[] = [
    { text: agreement, style: 'lead', margin: [0, 0, 0, 22] },
    {
      columns: [signatureColumn(ctx, ctx.clientName), signatureColumn(ctx, input.profile.name)],
      columnGap: 28,
    },
  ];
  return { id: 'signatures', title: 'Agreement', body, keepTogether: true };
}
