import { DRIVER_INFO, DRIVER_KEYS } from '../../domain';
import { plural } from '../../words';
import type { PreparedSizing } from './prepare';
import type { Coverage, DeferredPhase, SizedLine } from './types';

/**
 * How much of the north star the funded phase covers (by cost, by essentials, by driver), and
 * the few sentences that say where to start, in words a district leader reads: services, not
 * lines; counts that are honest about what is funded only in part.
 */

function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}

export function coverageOf(prep: PreparedSizing, sized: readonly SizedLine[]): Coverage {
  const essentials = { fundedCents: 0, northStarCents: 0, lines: 0, funded: 0, trimmed: 0, deferred: 0 };
  const drivers = DRIVER_KEYS.map(() => ({ lines: 0, fundedLines: 0, fundedCents: 0, northStarCents: 0 }));
  let northStar = 0;
  let funded = 0;
  for (const item of prep.items) {
    const s = sized[item.index];
    if (!s) continue;
    northStar += s.northStarCents;
    funded += s.fundedCents;
    if (s.priority === 'essential') {
      essentials.lines += 1;
      essentials[s.status] += 1;
      essentials.fundedCents += s.fundedCents;
      essentials.northStarCents += s.northStarCents;
    }
    for (const d of item.driverIndexes) {
      const t = drivers[d];
      if (!t) continue;
      t.lines += 1;
      if (s.fundedGroups > 0) t.fundedLines += 1;
      t.fundedCents += s.fundedCents;
      t.northStarCents += s.northStarCents;
    }
  }
  return {
    cost: { fundedCents: funded, northStarCents: northStar, percent: percentOf(funded, northStar) },
    essentials: { ...essentials, percent: percentOf(essentials.fundedCents, essentials.northStarCents) },
    drivers: DRIVER_KEYS.map((driver, d) => {
      const t = drivers[d] ?? { lines: 0, fundedLines: 0, fundedCents: 0, northStarCents: 0 };
      return {
        driver,
        label: DRIVER_INFO[driver].label,
        ...t,
        percent: percentOf(t.fundedCents, t.northStarCents),
      };
    }),
  };
}

export function summaryOf(input: {
  sized: readonly SizedLine[];
  coverage: Coverage;
  deferred: readonly DeferredPhase[];
  budget: number;
  fundedTotal: number;
  overBudget: number;
  money: (cents: number) => string;
}): string[] {
  const { sized, coverage, deferred, budget, fundedTotal, overBudget, money } = input;
  const n = sized.length;
  if (n === 0) return ['The north star has no services yet.'];
  const fundedCount = sized.filter((s) => s.fundedGroups > 0).length;
  const percent = coverage.cost.percent;
  const out = [
    `Start here: ${fundedCount} of the ${plural(n, 'service', 'services')} in the north star, for ${money(fundedTotal)} of the ${money(budget)} budget${percent === null ? '' : ` (${percent.toString()}% of the north star)`}.`,
  ];
  // Essentials this budget's window can hold; work planned for later years is counted below.
  const now = sized.filter(
    (s) => s.priority === 'essential' && !(s.fundedGroups === 0 && s.reason?.code === 'later_window'),
  );
  if (now.length > 0) {
    const full = now.filter((s) => s.status === 'funded').length;
    const part = now.filter((s) => s.status === 'trimmed').length;
    const none = now.length - full - part;
    const parts = [`${full} of ${now.length} essentials in full`];
    if (part > 0) parts.push(`${part} in part`);
    if (none > 0) parts.push(`${none} not yet`);
    out.push(`${parts.join(', ')}.`);
  }
  for (const group of deferred) {
    const count = new Set(group.lines.map((l) => l.lineId)).size;
    const what = `${plural(count, 'service', 'services')} (${money(group.totalCents)})`;
    if (group.cause === 'later') out.push(`${group.name}: ${what} wait for their own budget: ${group.note}`);
    else if (group.cause === 'funds') out.push(`Waits for funds: ${what}.`);
    else if (group.cause === 'calendar')
      out.push(`Does not fit the calendar yet: ${what}; each says what it needs.`);
    else out.push(`Deferred by hand: ${what}.`);
  }
  if (overBudget > 0)
    out.push(`Services kept funded by hand cost ${money(overBudget)} more than the budget.`);
  return out;
}
