import type { Content } from 'pdfmake/interfaces';
import type { SectionContext, Section } from './common';
import { optionColumns } from './options';
import { effectiveText, periodText } from './terms';

function partyName(ctx: SectionContext, party: string): Content {
  return {
    stack: [
      { text: 'FOR', style: 'figureLabel' },
      { text: party, bold: true, fontSize: 10.5, color: ctx.theme.primaryText, margin: [0, 2, 0, 6] },
    ],
  };
}

function signatureFields(ctx: SectionContext): Content {
  const field = (label: string, height: number): Content[] => [
    {
      canvas: [
        { type: 'line', x1: 0, y1: height, x2: 222, y2: height, lineWidth: 0.7, lineColor: ctx.theme.ink },
      ],
    },
    { text: label, style: 'small', margin: [0, 3, 0, 12] },
  ];
  return {
    stack: [...field('Signature', 34), ...field('Name', 20), ...field('Title', 20), ...field('Date', 20)],
  };
}

/** Both parties side by side; names in one row, so the lines to sign stay level when a name wraps. */
function signatureBlock(ctx: SectionContext): Content {
  const { input } = ctx;
  return {
    table: {
      widths: ['*', '*'],
      body: [
        [partyName(ctx, ctx.clientName), partyName(ctx, input.profile.name)],
        [signatureFields(ctx), signatureFields(ctx)],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 0 : 14),
      paddingRight: (i) => (i === 0 ? 14 : 0),
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

/** A box to tick beside each way to start, when the district has not chosen yet. */
function choice(ctx: SectionContext, label: string): Content {
  return {
    columns: [
      {
        width: 16,
        canvas: [{ type: 'rect', x: 0, y: 1, w: 10, h: 10, lineWidth: 0.8, lineColor: ctx.theme.ink }],
      },
      { width: '*', text: label },
    ],
    margin: [0, 0, 0, 6],
  };
}

/** Lines for both parties to sign, kept on one page with what they agree to and which option. */
export function signatures(ctx: SectionContext): Section {
  const { input, fmt, engagement } = ctx;
  const options = optionColumns(ctx);
  const accepted = options.find((o) => o.accepted);
  const detailed = options.find((o) => o.detailed);
  const version = `version ${input.revision.number} of this scope of work, dated ${fmt.date(input.revision.date)}`;
  const dates = `It takes effect ${effectiveText(ctx)}, for a period of performance from ${periodText(ctx)}.`;
  const body: Content[] = [];
  if (options.length === 0) {
    body.push({
      text: `By signing, ${ctx.clientName} and ${input.profile.name} agree to the funded scope set out in ${version}, for a total investment of ${fmt.money(ctx.scope.costing.totalCents)}, and to its terms. ${dates}`,
      style: 'lead',
      margin: [0, 0, 0, 22],
    });
  } else if (accepted) {
    const also =
      accepted === detailed
        ? ''
        : ` This version details “${detailed?.name ?? ''}”; a revised version detailing the accepted option is issued before the first invoice.`;
    body.push({
      text: `By signing, ${ctx.clientName} and ${input.profile.name} agree to the option “${accepted.name}”, for a total investment of ${fmt.money(accepted.scope.costing.totalCents)}, as set out in ${version}, and to its terms. ${dates}${also}`,
      style: 'lead',
      margin: [0, 0, 0, 22],
    });
  } else {
    body.push({
      text: `By signing, ${ctx.clientName} and ${input.profile.name} agree to the way to start ticked below, as set out in ${version}, and to its terms. ${dates}`,
      style: 'lead',
      margin: [0, 0, 0, 10],
    });
    body.push({
      stack: options.map((o) => choice(ctx, `${o.name}: ${fmt.money(o.scope.costing.totalCents)}`)),
      margin: [0, 0, 0, 18],
    });
  }
  body.push(signatureBlock(ctx));
  if (engagement.scopeOfWork.purchaseOrder.trim() !== '') {
    body.push({
      text: `Purchase order ${engagement.scopeOfWork.purchaseOrder.trim()}`,
      style: 'small',
      margin: [0, 4, 0, 0],
    });
  }
  return { id: 'signatures', title: 'Agreement', body, keepTogether: true };
}
