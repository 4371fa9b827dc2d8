import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY } from './fonts';
import type { GlyphCoverage, ScopeOfWorkInput } from './model';
import { alignment } from './sections/alignment';
import { assumptions } from './sections/assumptions';
import { changes } from './sections/changes';
import { keepWithNext, sectionHeading, type Section, type SectionContext } from './sections/common';
import { alreadyWorking, districtContext } from './sections/context';
import { cover } from './sections/cover';
import { fundingCrosswalk } from './sections/crosswalk';
import { deliverables } from './sections/deliverables';
import { goals } from './sections/goals';
import { invoiceSchedule } from './sections/invoices';
import { waysToStart } from './sections/options';
import { investment } from './sections/investment';
import { northStar } from './sections/north-star';
import { responsibilities } from './sections/responsibilities';
import { fundedScope } from './sections/scope-table';
import { signatures } from './sections/signature';
import { summary } from './sections/summary';
import { supportLevel } from './sections/support';
import { sustainability } from './sections/sustainability';
import { terms } from './sections/terms';
import { timeline } from './sections/timeline';
import { logoFrom, type LogoImage } from './logo';
import { cleanContent, cleanText, refusePlaceholders, truncate } from './text';
import { PAGE, formatters, styles, themeFor, tint } from './theme';

/**
 * The order a district leader reads in: what and why first, then the scope and how it is
 * delivered and measured, then the money and the paperwork a procurement office signs.
 */
function sections(ctx: SectionContext): Section[] {
  const list: (Section | null)[] = [
    summary(ctx),
    changes(ctx),
    districtContext(ctx),
    alreadyWorking(ctx),
    supportLevel(ctx),
    fundedScope(ctx),
    waysToStart(ctx),
    northStar(ctx),
    deliverables(ctx),
    timeline(ctx),
    goals(ctx),
    responsibilities(ctx),
    sustainability(ctx),
    alignment(ctx),
    assumptions(ctx),
    investment(ctx),
    fundingCrosswalk(ctx),
    invoiceSchedule(ctx),
    terms(ctx),
    signatures(ctx),
  ];
  return list.filter((s): s is Section => s !== null && s.body.length > 0);
}

/** File-name-safe and header-safe name of the client, falling back to the engagement's. */
export function clientNameOf(input: Pick<ScopeOfWorkInput, 'engagement'>): string {
  const name = input.engagement.client.name.trim();
  return name !== '' ? name : input.engagement.name;
}

/** What every section reads: the input, its theme and formatters, the phases in order, the period. */
function sectionContext(input: ScopeOfWorkInput): SectionContext {
  const { engagement, scope } = input;
  return {
    input,
    engagement,
    scope,
    theme: themeFor(input.profile),
    fmt: formatters(scope.costing.currency, input.locale),
    clientName: clientNameOf(input),
    phases: [...engagement.timeline.phases].sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
    ),
    period: scope.sizing.fundedWindow,
  };
}

/** The cover, then each section under its numbered heading. */
function documentContent(ctx: SectionContext, logo: LogoImage | null): Content[] {
  const content: Content[] = [...cover(ctx, logo)];
  // Headings are glued to what follows them rather than moved by pdfmake's pageBreakBefore
  // hook, which lays the whole document out again for every heading it moves.
  sections(ctx).forEach((section, i, all) => {
    const heading = sectionHeading(ctx, i + 1, section.title);
    const [first, ...rest] = section.body;
    const opening: Content[] = section.keepTogether
      ? [{ stack: [...heading, ...section.body], unbreakable: true }]
      : section.gluedOpening === true && first !== undefined
        ? [{ stack: [...heading, first], unbreakable: true }, ...rest]
        : keepWithNext(heading, section.body);
    const top = opening[0];
    // The summary is a page of its own: it starts one, and what follows it starts the next.
    const newPage = section.newPage === true || all[i - 1]?.id === 'summary';
    if (newPage && top && typeof top === 'object') Object.assign(top, { pageBreak: 'before' });
    content.push(...opening);
  });
  return content;
}

/** On every page but the cover: the consultancy's name and the document's, over a rule. */
function pageHeader(ctx: SectionContext, glyphs: GlyphCoverage): DynamicContent {
  const { theme } = ctx;
  const consultancy = cleanText(truncate(ctx.input.profile.name, 50), glyphs);
  const headerRight = cleanText(truncate(`Scope of work · ${ctx.clientName}`, 70), glyphs);
  const [left, , right] = PAGE.margins;
  const innerWidth = PAGE.width - left - right;
  return (page) => {
    if (page === 1) return null;
    return {
      stack: [
        {
          columns: [
            { text: consultancy, bold: true, color: theme.primaryText, fontSize: 8.5, width: 'auto' },
            { text: headerRight, color: theme.muted, fontSize: 8.5, alignment: 'right', width: '*' },
          ],
          columnGap: 12,
        },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 5, x2: innerWidth, y2: 5, lineWidth: 0.6, lineColor: theme.rule },
          ],
        },
      ],
      margin: [left, 34, right, 0],
    };
  };
}

/** On every page: a rule, then the version and date, the engagement's name, the page number. */
function pageFooter(ctx: SectionContext, glyphs: GlyphCoverage): DynamicContent {
  const { input, theme } = ctx;
  const versionLine = cleanText(
    `Version ${input.revision.number} · ${ctx.fmt.date(input.revision.date)}`,
    glyphs,
  );
  const footerMiddle = cleanText(truncate(ctx.engagement.name, 60), glyphs);
  const [left, , right] = PAGE.margins;
  const innerWidth = PAGE.width - left - right;
  return (page, pageCount) => ({
    stack: [
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: innerWidth,
            y2: 0,
            lineWidth: 0.5,
            lineColor: tint(theme.primary, 0.8),
          },
        ],
      },
      {
        columns: [
          { text: versionLine, width: 'auto' },
          { text: footerMiddle, alignment: 'center', width: '*' },
          { text: `Page ${page} of ${pageCount}`, alignment: 'right', width: 'auto', bold: true },
        ],
        columnGap: 12,
        fontSize: 7.5,
        color: theme.muted,
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [left, 22, right, 0],
  });
}

/**
 * The scope of work as a pdfmake document definition: pure, so it can be tested and built
 * anywhere; `renderPdf` turns it into bytes. Every amount printed is one the engine computed.
 */
export function buildScopeOfWork(input: ScopeOfWorkInput, glyphs: GlyphCoverage): TDocumentDefinitions {
  const { engagement } = input;
  const ctx = sectionContext(input);
  const { theme } = ctx;
  const logo = logoFrom(input.profile.logo);
  const content = documentContent(ctx, logo);
  return {
    pageSize: PAGE.size,
    pageMargins: PAGE.margins,
    info: {
      title: cleanText(`Scope of work: ${engagement.name} (version ${input.revision.number})`, glyphs),
      author: cleanText(input.profile.name, glyphs),
      subject: cleanText(`Prepared for ${ctx.clientName}`, glyphs),
      creator: 'Northstar Scope',
      producer: 'Northstar Scope',
      creationDate: new Date(`${input.revision.date}T12:00:00Z`),
    },
    language: input.locale,
    images: logo?.kind === 'image' ? { logo: logo.source } : {},
    defaultStyle: { font: FONT_FAMILY, fontSize: 9.5, lineHeight: 1.22, color: theme.ink },
    styles: styles(theme),
    content: cleanContent(refusePlaceholders(content), glyphs),
    header: pageHeader(ctx, glyphs),
    footer: pageFooter(ctx, glyphs),
  };
}
