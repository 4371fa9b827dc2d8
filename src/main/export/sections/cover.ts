import type { Content, TableCell } from 'pdfmake/interfaces';
import { ORGANIZATION_TYPE_LABELS } from '@shared/domain';
import { PAGE, tilesLayout } from '../theme';
import type { SectionContext } from './common';

export interface LogoImage {
  kind: 'image' | 'svg';
  /** A data URL for raster images, the SVG markup for vectors. */
  source: string;
}

function figure(label: string, value: string, ctx: SectionContext): TableCell {
  return {
    stack: [
      { text: label.toUpperCase(), style: 'figureLabel' },
      { text: value, fontSize: 11, bold: true, color: ctx.theme.primaryText, margin: [0, 2, 0, 0] },
    ],
  };
}

function logoCell(logo: LogoImage | null): TableCell | null {
  if (!logo) return null;
  if (logo.kind === 'svg') return { svg: logo.source, fit: [150, 54], fillColor: '#ffffff' };
  return { image: 'logo', fit: [150, 54], fillColor: '#ffffff' };
}

/** The consultancy's logo on a white plate at the top of the band, or nothing. */
function brand(logo: LogoImage | null): Content {
  const logoContent = logoCell(logo);
  if (!logoContent) return { text: '' };
  return {
    table: {
      widths: ['auto'],
      body: [[logoContent]],
    },
    layout: tilesLayout({ left: 8, right: 8, top: 6, bottom: 6 }),
    margin: [0, 0, 0, 10],
  };
}

/**
 * The band in the consultancy's colour, bled to the page's edges: its logo and name, the
 * engagement's title and the district's; an accent stripe under it.
 */
function colourBand(ctx: SectionContext, logo: LogoImage | null): Content[] {
  const { engagement, theme } = ctx;
  const [left, top, right] = PAGE.margins;
  const orgLabel = ORGANIZATION_TYPE_LABELS[engagement.client.organizationType];
  const region = engagement.client.region.trim();
  const band: TableCell = {
    fillColor: theme.primary,
    stack: [
      brand(logo),
      { text: ctx.input.profile.name, fontSize: 12, bold: true, color: theme.onPrimary },
      {
        text: 'SCOPE OF WORK',
        fontSize: 9,
        bold: true,
        characterSpacing: 2,
        color: theme.onPrimary,
        opacity: 0.85,
        margin: [0, 56, 0, 6],
      },
      { text: engagement.name, fontSize: 28, bold: true, lineHeight: 1.08, color: theme.onPrimary },
      {
        text: ctx.clientName,
        fontSize: 15,
        color: theme.onPrimary,
        margin: [0, 12, 0, 0],
      },
      {
        text: [orgLabel, region].filter((s) => s !== '').join(' · '),
        fontSize: 10,
        color: theme.onPrimary,
        opacity: 0.85,
        margin: [0, 3, 0, 0],
      },
    ],
  };
  return [
    {
      table: { widths: ['*'], body: [[band]] },
      layout: tilesLayout({ left, right, top: 44, bottom: 40 }),
      margin: [-left, -top, -right, 0],
    },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 6, color: theme.accent }],
      margin: [-left, 0, 0, 30],
    },
  ];
}

/** Version, date, period of performance and investment, in a row of four ruled cells. */
function keyFigures(ctx: SectionContext): Content {
  const { input, theme, fmt } = ctx;
  const period = `${fmt.shortDate(ctx.period.start)} –\n${fmt.shortDate(ctx.period.end)}`;
  return {
    table: {
      widths: ['*', '*', '*', '*'],
      body: [
        [
          figure('Version', String(input.revision.number), ctx),
          figure('Date', fmt.date(input.revision.date), ctx),
          figure('Period of performance', period, ctx),
          figure('Investment', fmt.money(ctx.scope.costing.totalCents), ctx),
        ],
      ],
    },
    layout: {
      hLineWidth: (i) => (i === 0 ? 0 : 0.5),
      hLineColor: () => theme.rule,
      vLineWidth: (i) => (i === 0 || i === 4 ? 0 : 0.5),
      vLineColor: () => theme.rule,
      paddingLeft: (i) => (i === 0 ? 0 : 10),
      paddingRight: () => 6,
      paddingTop: () => 2,
      paddingBottom: () => 10,
    },
    margin: [0, 0, 0, 8],
  };
}

/** When the agreement takes effect and its purchase order, then the note on this version if any. */
function agreementAndNote(ctx: SectionContext): Content[] {
  const { input, fmt } = ctx;
  const note = (input.revision.note ?? '').trim();
  const sow = ctx.engagement.scopeOfWork;
  const agreement = [
    `Effective ${sow.effectiveDate !== null ? fmt.date(sow.effectiveDate) : 'on the date of the last signature'}`,
    ...(sow.purchaseOrder.trim() !== '' ? [`Purchase order ${sow.purchaseOrder.trim()}`] : []),
  ].join('   ·   ');
  return [
    { text: agreement, style: 'small', margin: [0, 0, 0, note === '' ? 24 : 14] },
    ...(note === ''
      ? []
      : [
          {
            stack: [
              { text: `ABOUT VERSION ${input.revision.number}`, style: 'figureLabel', margin: [0, 0, 0, 3] },
              { text: note, italics: true },
            ],
            margin: [0, 0, 0, 24],
          } as Content,
        ]),
  ];
}

/** Two columns: the district and its first contact, the consultancy and how to reach it. */
function preparedForAndBy(ctx: SectionContext): Content {
  const { engagement } = ctx;
  const { profile } = ctx.input;
  const region = engagement.client.region.trim();
  const contact = engagement.client.contacts[0];
  const preparedFor: Content[] = [
    { text: 'PREPARED FOR', style: 'figureLabel', margin: [0, 0, 0, 4] },
    { text: ctx.clientName, bold: true },
    ...(contact
      ? [
          {
            text: [contact.name, contact.role].filter((s) => s.trim() !== '').join(', '),
            style: 'muted',
          } as Content,
        ]
      : []),
    ...(region !== '' ? [{ text: region, style: 'muted' } as Content] : []),
  ];
  const preparedBy: Content[] = [
    { text: 'PREPARED BY', style: 'figureLabel', margin: [0, 0, 0, 4] },
    { text: profile.name, bold: true },
    ...[profile.address, profile.email, profile.phone, profile.website]
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s): Content => ({ text: s, style: 'muted' })),
  ];
  return {
    columns: [
      { width: '*', stack: preparedFor },
      { width: 24, text: '' },
      { width: '*', stack: preparedBy },
    ],
  };
}

/**
 * The first page: a band in the consultancy's colour carrying its logo and name and the
 * engagement's title, then the facts a district leader looks for first.
 */
export function cover(ctx: SectionContext, logo: LogoImage | null): Content[] {
  return [...colourBand(ctx, logo), keyFigures(ctx), ...agreementAndNote(ctx), preparedForAndBy(ctx)];
}
