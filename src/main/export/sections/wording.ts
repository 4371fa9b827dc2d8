import type { Coverage } from '@shared/scoping';

/**
 * Words for the district, not for the app: the engine's sentences speak of "lines" and
 * "smallest useful size", which mean nothing to a reader who never opened the app.
 */
const CLIENT_WORDS: readonly [RegExp, string][] = [
  [/\bits smallest useful size costs\b/g, 'the least of it worth delivering costs'],
  [/\beven its smallest useful size\b/g, 'even the least of it worth delivering'],
  [/\bsmallest useful size\b/g, 'least worth delivering'],
  [/\bthe lines ranked above this (\w+) one\b/g, 'the services ranked above this $1 one'],
  [/\bthe other essential lines\b/g, 'the other essential services'],
  [/\bessential lines\b/g, 'essential services'],
  [/\bplan lines\b/g, 'services'],
  [/\bplan line\b/g, 'service'],
  [/\bLines kept funded by hand\b/g, 'Services kept by agreement'],
  [/\bkept funded by hand\b/g, 'kept by agreement'],
  [/\bDeferred by hand\b/g, 'Deferred by agreement'],
  [/\blines\b/g, 'services'],
  [/\bline\b/g, 'service'],
];

/** An engine sentence reworded for the district. Never used on the district's own text. */
export function clientWording(sentence: string): string {
  return CLIENT_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), sentence);
}

/** `text` ending in exactly one full stop, whatever punctuation the person typed at its end. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.;,:]+$/u, '');
  if (trimmed === '') return '';
  return /[!?…]$/u.test(trimmed) || /[.!?]”$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "3 of 4 essentials in full, 1 in part": funded in part is never counted as funded. */
export function essentialsText(essentials: Coverage['essentials']): string {
  if (essentials.lines === 0) return '';
  const parts = [
    `${essentials.funded} of ${essentials.lines} ${essentials.lines === 1 ? 'essential' : 'essentials'} in full`,
  ];
  if (essentials.trimmed > 0) parts.push(`${essentials.trimmed} in part`);
  return parts.join(', ');
}

/** The engine's name for a deferred phase ("Phase 2: when funds allow"), without a number that collides with the engagement's own phases. */
export function deferredTitle(name: string, index: number, count: number): string {
  const rest = name.replace(/^Phase \d+:\s*/u, '');
  return count > 1 ? `Later, part ${index + 1}: ${rest}` : `Later: ${rest}`;
}
