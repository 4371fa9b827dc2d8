import type { Content, TableCell } from 'pdfmake/interfaces';
import { SUPPORT_LEVEL_INFO, SUPPORT_LEVELS } from '@shared/domain';
import { lowerFirst } from '@shared/words';
import { tilesLayout } from '../theme';
import { bullets, dataTable, paragraph, th, titled, type Section, type SectionContext } from './common';
import { phaseLevels } from './summary';

/** Which level of support, why, and how it hands the work to the district over time. */
export function supportLevel(ctx: SectionContext): Section {
  const body: Content[] = [
    levelTiles(ctx),
    whatTheLevelMeans(ctx),
    ...whyThisLevel(ctx),
    ...levelByPhase(ctx),
  ];
  return { id: 'support', title: 'Support level', body };
}

/** The three levels side by side, the chosen one on the primary colour. */
function levelTiles(ctx: SectionContext): Content {
  const { advice } = ctx.scope;
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [
        SUPPORT_LEVELS.map((level): TableCell => {
          const chosen = level === advice.effective;
          return {
            stack: [
              {
                text: SUPPORT_LEVEL_INFO[level].label.toUpperCase(),
                bold: true,
                fontSize: 9,
                characterSpacing: 1,
                color: chosen ? ctx.theme.onPrimary : ctx.theme.muted,
              },
              {
                text: SUPPORT_LEVEL_INFO[level].summary,
                fontSize: 8,
                margin: [0, 3, 0, 0],
                color: chosen ? ctx.theme.onPrimary : ctx.theme.muted,
              },
            ],
            fillColor: chosen ? ctx.theme.primary : ctx.theme.zebra,
          };
        }),
      ],
    },
    layout: tilesLayout({ left: 8, right: 8, top: 8, bottom: 9 }, 5),
    margin: [0, 0, 0, 12],
  };
}

/** The level in a sentence: what the consultant does at it, and what the district does. */
function whatTheLevelMeans(ctx: SectionContext): Content {
  const info = SUPPORT_LEVEL_INFO[ctx.scope.advice.effective];
  return {
    text: [
      { text: 'This engagement works at the ' },
      { text: info.label.toLowerCase(), bold: true },
      { text: ' level. ' },
      {
        text: `The consultant ${lowerFirst(info.consultantRole)} The district ${lowerFirst(info.districtRole)}`,
      },
    ],
    style: 'lead',
  };
}

/** Why this level: the reason it was chosen over the one the profile pointed to, and what the profile showed. */
function whyThisLevel(ctx: SectionContext): Content[] {
  const { advice } = ctx.scope;
  const info = SUPPORT_LEVEL_INFO[advice.effective];
  if (!advice.overridden) {
    return advice.reasons.length > 0 ? titled('Why this level', bullets(advice.reasons, ctx)) : [];
  }
  const reason = advice.overrideReason.trim();
  const out: Content[] = titled(
    'Why this level',
    paragraph(
      `The district's profile pointed to ${SUPPORT_LEVEL_INFO[advice.recommended].label.toLowerCase()}; ${info.label.toLowerCase()} was chosen instead${reason !== '' ? `: ${reason}` : '.'}`,
    ),
  );
  if (advice.reasons.length > 0) {
    out.push(paragraph('What the profile showed:', ['body', 'muted']));
    out.push(bullets(advice.reasons, ctx));
  }
  return out;
}

/** The level phase by phase, with what the district does in each. */
function levelByPhase(ctx: SectionContext): Content[] {
  const levels = phaseLevels(ctx);
  if (levels.length <= 1) return [];
  const stepsDown = new Set(levels.map((l) => l.level)).size > 1;
  const rows: TableCell[][] = levels.map((p) => [
    { text: p.name, bold: true },
    { text: `${ctx.fmt.monthYear(p.start)} – ${ctx.fmt.monthYear(p.end)}`, noWrap: true },
    { text: SUPPORT_LEVEL_INFO[p.level].label, bold: true, color: ctx.theme.primaryText },
    { text: SUPPORT_LEVEL_INFO[p.level].districtRole },
  ]);
  return titled(
    'How support steps down over the phases',
    paragraph(
      stepsDown
        ? 'Support steps down phase by phase so the district leads more of the work each time, and the capacity it builds stays after the contract ends.'
        : 'Support stays at the same level across the phases.',
    ),
    dataTable(
      ctx,
      [110, 'auto', 62, '*'],
      [th('Phase'), th('When'), th('Level'), th('What the district does')],
      rows,
    ),
  );
}
