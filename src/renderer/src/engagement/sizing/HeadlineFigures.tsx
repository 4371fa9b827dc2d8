import { useMemo } from 'react';
import { SimpleGrid } from '@mantine/core';
import { formatMoney } from '@shared/money';
import type { Sizing } from '@shared/scoping';
import { plural } from '@shared/words';
import { Figure } from '../Figure';

/** Funded, left in the budget, the north star and what waits: they follow the slider in the same frame. */
export function HeadlineFigures({ sizing }: { sizing: Sizing }) {
  const currency = sizing.currency;
  const money = (c: number) => formatMoney(c, currency);
  const { deferredCount, trimmed } = useMemo(
    () => ({
      deferredCount: sizing.lines.filter((l) => l.status === 'deferred').length,
      trimmed: sizing.lines.some((l) => l.status === 'trimmed'),
    }),
    [sizing.lines],
  );
  const deferredTotal = sizing.deferredPhases.reduce((s, p) => s + p.totalCents, 0);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="sizing-figures">
      <Figure
        label={`Funded: ${sizing.fundedPhaseName}`}
        value={money(sizing.funded.totalCents)}
        detail={`${plural(sizing.funded.lines, 'line', 'lines')}${sizing.funded.discountCents > 0 ? `, after ${money(sizing.funded.discountCents)} discount` : ''}`}
        testId="funded-total"
      />
      <Figure
        label={sizing.overBudgetCents > 0 ? 'Over budget' : 'Left in the budget'}
        value={money(sizing.overBudgetCents > 0 ? sizing.overBudgetCents : sizing.remainingCents)}
        detail={`of ${money(sizing.budgetCents)}`}
        testId="remaining"
      />
      <Figure
        label="North star"
        value={money(sizing.northStar.subtotalCents)}
        detail={plural(sizing.northStar.lines, 'line', 'lines')}
      />
      <Figure
        label="Deferred until funds allow"
        value={money(deferredTotal)}
        detail={plural(deferredCount, 'line', 'lines') + (trimmed ? ', plus trimmed parts' : '')}
        testId="deferred-total"
      />
    </SimpleGrid>
  );
}
