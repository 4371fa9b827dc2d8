import type { ConsultancyProfile, Engagement } from '@shared/domain';
import type { GlyphCoverage } from './model';
import { isInvisible } from './text';

/**
 * Which text the PDF's fonts cannot draw, found before an export starts so the person can be
 * told (and choose not to export) instead of finding replacement marks in a signed document.
 * The fonts cover Latin, Greek and Cyrillic; these are the scripts people meet most beyond.
 */
const SCRIPTS: readonly [RegExp, string][] = [
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Chinese or Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Extended_Pictographic}/u, 'emoji'],
];

const PLACES: Record<string, string> = {
  name: 'the engagement name',
  notes: 'the engagement notes',
  client: 'the client profile',
  needs: 'the priority needs',
  inventory: 'the inventory',
  drivers: 'the drivers',
  expertise: 'the expertise notes',
  supportLevel: 'the support-level reason',
  lines: 'the plan lines',
  budget: 'the funding sources',
  timeline: 'the timeline',
  catalog: 'the service catalog',
  rateCard: 'the rate card',
  discount: 'the discount',
  profile: 'your consultancy profile',
};

export interface MissingText {
  /** Scripts found, in the order of SCRIPTS, then "other characters". */
  scripts: string[];
  /** Where, in plain words. */
  places: string[];
}

function scriptOf(ch: string): string {
  return SCRIPTS.find(([pattern]) => pattern.test(ch))?.[1] ?? 'other characters';
}

/** The scripts the fonts lack and where they are, or null when everything prints. */
export function findMissingText(
  engagement: Engagement,
  profile: ConsultancyProfile,
  glyphs: GlyphCoverage,
): MissingText | null {
  const scripts = new Set<string>();
  const places = new Set<string>();
  const visit = (value: unknown, place: string) => {
    if (typeof value === 'string') {
      // eslint-disable-next-line no-control-regex
      if (/^[\u0000-\u007f]*$/.test(value)) return;
      for (const ch of value) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x80 || glyphs.covers(cp) || isInvisible(cp) || /[\p{Mn}\p{Cf}]/u.test(ch)) continue;
        scripts.add(scriptOf(ch));
        places.add(place);
      }
      return;
    }
    if (Array.isArray(value)) for (const item of value) visit(item, place);
    else if (typeof value === 'object' && value !== null)
      for (const item of Object.values(value)) visit(item, place);
  };
  for (const [key, value] of Object.entries(engagement)) visit(value, PLACES[key] ?? key);
  const { logo: _logo, ...profileText } = profile;
  visit(profileText, PLACES.profile ?? 'profile');
  if (scripts.size === 0) return null;
  const order = [...SCRIPTS.map(([, name]) => name), 'other characters'];
  return { scripts: order.filter((name) => scripts.has(name)), places: [...places] };
}

/** "Chinese or Japanese and Arabic text in the plan lines and the client profile …" */
export function describeMissingText(missing: MissingText): string {
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
  return (
    `The PDF's fonts cannot draw the ${list(missing.scripts)} text in ${list(missing.places.slice(0, 4))}` +
    `${missing.places.length > 4 ? ' and elsewhere' : ''}. It would print as replacement marks (\uFFFD).`
  );
}
