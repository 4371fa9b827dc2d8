import { describe, it } from 'vitest';
import { expectEveryCentPaid, expectNoStrandedMoney } from '../shared/money-invariants';
import { scenario, VARIANTS, type Slug } from './scenario';

/**
 * The money rules hold on the three districts' documents as the districts gave them, byte for
 * byte, and on the enriched copies: every funded cent paid by a source that may pay for it, and
 * no money left that a waiting step it may pay for would fit.
 */
const SLUGS: readonly Slug[] = [
  'rec-k3-foundational-reading',
  'urban-multilingual-two-year',
  'charter-coaching-network',
];

for (const variant of VARIANTS) {
  describe(`the money rules on the scenarios (${variant})`, () => {
    for (const slug of SLUGS) {
      it(`${slug}: every funded cent is paid by a source that may pay for it`, () => {
        const s = scenario(slug, undefined, variant);
        expectEveryCentPaid(s.engagement, s.scope);
      });
      it(`${slug}: no money is left that a waiting step it may pay for would fit`, () => {
        const s = scenario(slug, undefined, variant);
        expectNoStrandedMoney(s.engagement, s.scope);
      });
    }
  });
}
