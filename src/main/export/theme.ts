import type { CustomTableLayout, StyleDictionary, TableLayout } from 'pdfmake/interfaces';
import type { ConsultancyProfile } from '@shared/domain';
import { formatMoney } from '@shared/money';

/**
 * The look of the scope of work: the consultancy's two colours and tints derived from them,
 * a type scale, and the table layouts. Colours a person picked are adjusted only as far as
 * legibility needs (text on a pale accent is darkened, text on a dark band turns white).
 */

export const PAGE = {
  size: 'LETTER' as const,
  width: 612,
  height: 792,
  margins: [56, 78, 56, 64] as [number, number, number, number],
};
export const CONTENT_WIDTH = PAGE.width - PAGE.margins[0] - PAGE.margins[2];

const DEFAULT_COLOURS = { primary: '#1f3a5f', accent: '#d9822b' };

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return parseHex(DEFAULT_COLOURS.primary);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Mixes `hex` toward white by `amount` (0 = unchanged, 1 = white). */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = parseHex(hex);
  return toHex([r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount]);
}

/** Mixes `hex` toward black by `amount`. */
export function shade(hex: string, amount: number): string {
  const [r, g, b] = parseHex(hex);
  return toHex([r * (1 - amount), g * (1 - amount), b * (1 - amount)]);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour darkened step by step until text in it reads on white (4.5:1). */
function readableOnWhite(hex: string): string {
  let colour = hex;
  for (let i = 0; i < 12 && contrast(colour, '#ffffff') < 4.5; i++) colour = shade(colour, 0.12);
  return colour;
}

export interface Theme {
  primary: string;
  accent: string;
  /** The primary colour as text on white. */
  primaryText: string;
  /** The accent colour as text on white. */
  accentText: string;
  /** Text drawn on a primary-coloured fill. */
  onPrimary: string;
  onAccent: string;
  primaryTint: string;
  accentTint: string;
  zebra: string;
  rule: string;
  ink: string;
  muted: string;
  faint: string;
}

export function themeFor(profile: Pick<ConsultancyProfile, 'primaryColour' | 'accentColour'>): Theme {
  const primary = /^#[0-9a-f]{6}$/i.test(profile.primaryColour)
    ? profile.primaryColour
    : DEFAULT_COLOURS.primary;
  const accent = /^#[0-9a-f]{6}$/i.test(profile.accentColour) ? profile.accentColour : DEFAULT_COLOURS.accent;
  const onColour = (fill: string) =>
    contrast(fill, '#ffffff') >= contrast(fill, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
  return {
    primary,
    accent,
    primaryText: readableOnWhite(primary),
    accentText: readableOnWhite(accent),
    onPrimary: onColour(primary),
    onAccent: onColour(accent),
    primaryTint: tint(primary, 0.88),
    accentTint: tint(accent, 0.85),
    zebra: tint(primary, 0.95),
    rule: tint(primary, 0.7),
    ink: '#1f2328',
    muted: '#5b6470',
    faint: '#8a929c',
  };
}

export function styles(theme: Theme): StyleDictionary {
  return {
    h1: { fontSize: 17, bold: true, color: theme.primaryText, margin: [0, 0, 0, 2] },
    h2: { fontSize: 11.5, bold: true, color: theme.primaryText, margin: [0, 12, 0, 5] },
    eyebrow: { fontSize: 8, bold: true, color: theme.accentText, characterSpacing: 1.2 },
    lead: { fontSize: 10.5, color: theme.ink, lineHeight: 1.35, margin: [0, 0, 0, 8] },
    body: { margin: [0, 0, 0, 6] },
    muted: { color: theme.muted },
    small: { fontSize: 8, color: theme.muted },
    th: { bold: true, fontSize: 8.5, color: theme.onPrimary },
    cellNote: { fontSize: 7.5, color: theme.muted },
    money: { alignment: 'right', noWrap: true },
    subtotal: { bold: true },
    total: { bold: true, fontSize: 10, color: theme.onPrimary },
    figureValue: { fontSize: 15, bold: true, color: theme.primaryText },
    figureLabel: { fontSize: 7.5, bold: true, color: theme.muted, characterSpacing: 0.6 },
  };
}

/** A zebra table's cell padding: a little more at the table's outer edges. */
const ZEBRA_PADDING: Pick<
  CustomTableLayout,
  'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom'
> = {
  paddingLeft: (i) => (i === 0 ? 6 : 5),
  paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 6 : 5),
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** The margin that lays a table over a zebra cell's padding, edge to edge. */
export const OVER_ZEBRA_PADDING: [number, number, number, number] = [-6, -4, -6, -4];

/**
 * Zebra rows, a coloured header row, rules only where the eye needs them. Rows marked as
 * subtotal or total get their own fill through the cells' fillColor. With `tail`, the last row
 * holds a table of its own (`tailLayout`) and has no fill.
 */
export function zebraLayout(theme: Theme, headerRows = 1, titleRows = 0, tail = false): TableLayout {
  return {
    fillColor: (row, node) => {
      if (row < titleRows) return null;
      if (row < headerRows) return theme.primary;
      if (tail && row === node.table.body.length - 1) return null;
      return (row - headerRows) % 2 === 1 ? theme.zebra : null;
    },
    hLineWidth: (i, node) => (i === headerRows || i === node.table.body.length ? 0.8 : 0),
    hLineColor: () => theme.rule,
    vLineWidth: () => 0,
    ...ZEBRA_PADDING,
  };
}

/**
 * The last rows of a zebra table, laid in its last row as a table of their own: the same
 * columns, padding and stripes, continuing from data row `from`.
 */
export function tailLayout(theme: Theme, from: number): TableLayout {
  return {
    fillColor: (row) => ((from + row) % 2 === 1 ? theme.zebra : null),
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    ...ZEBRA_PADDING,
  };
}

/** A quiet two-column layout for label / value facts. */
export function factsLayout(theme: Theme): TableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
    hLineColor: () => tint(theme.primary, 0.82),
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: (i) => (i === 0 ? 10 : 0),
    paddingTop: () => 3.5,
    paddingBottom: () => 3.5,
  };
}

/**
 * No rules: filled cells padded inside and set apart by white gutters `gutter` wide (none by
 * default), for a row of tiles or a single coloured box.
 */
export function tilesLayout(
  padding: { left: number; right: number; top: number; bottom: number },
  gutter = 0,
): TableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : gutter),
    vLineColor: () => '#ffffff',
    paddingLeft: () => padding.left,
    paddingRight: () => padding.right,
    paddingTop: () => padding.top,
    paddingBottom: () => padding.bottom,
  };
}

export interface Formatters {
  money: (cents: number) => string;
  /** "March 3, 2026" from "2026-03-03". */
  date: (iso: string) => string;
  /** "Mar 3, 2026" from "2026-03-03", where space is short. */
  shortDate: (iso: string) => string;
  /** "Mar 2026" from "2026-03-03". */
  monthYear: (iso: string) => string;
  percent: (value: number) => string;
  count: (n: number) => string;
}

export function formatters(currency: string, locale: string): Formatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    money: (cents) => formatMoney(cents, currency, locale),
    date: (iso) => dateFormat.format(utc(iso)),
    shortDate: (iso) => shortFormat.format(utc(iso)),
    monthYear: (iso) => monthFormat.format(utc(iso)),
    percent: (value) => percentFormat.format(value / 100),
    count: (n) => numberFormat.format(n),
  };
}
