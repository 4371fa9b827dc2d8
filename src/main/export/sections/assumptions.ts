import type { Content } from 'pdfmake/interfaces';
import { bullets, plural, type Section, type SectionContext } from './common';
import { asSentence } from './wording';

/** What the prices and the calendar take for granted, so both parties read them the same way. */
export function assumptions(ctx: SectionContext): Section {
  const { engagement, scope, fmt, input } = ctx;
  const { costing, sizing } = scope;
  const card = engagement.rateCard;
  const items: string[] = [];

  items.push(
    `Prices are in ${costing.currency} from the “${card.name}” rate card as of ${fmt.date(input.revision.date)}. On-site work is billed in days of ${card.hoursPerDay} hours and half days of ${card.hoursPerHalfDay} hours, whichever costs less.`,
  );
  if (costing.travelCents > 0)
    items.push(
      `Each consultant trip adds ${fmt.money(card.travelPerTripCents)} for travel; visits are grouped into as few trips as the calendar allows.`,
    );
  if (costing.materialsCents > 0)
    items.push(
      `Printed materials are ${fmt.money(card.materialsPerParticipantCents)} per participant of the sessions that use them.`,
    );
  if (costing.licensesCents > 0)
    items.push(
      `On-demand modules are ${fmt.money(card.licensePerParticipantCents)} per participant per module.`,
    );
  if (costing.discountCents > 0)
    items.push(`${costing.discountLabel} is applied across the funded services in proportion to their cost.`);

  const pd = sizing.capacity.pdDays;
  if (pd.recorded) {
    items.push(
      `The district has ${plural(pd.available, 'usable PD day', 'usable PD days')} in the window for face-to-face sessions; this scope uses ${pd.used}.`,
    );
  } else if (costing.lines.length > 0) {
    items.push(
      'The district’s PD days are not yet recorded; face-to-face session dates will be confirmed against them.',
    );
  }
  items.push(
    `The district can host up to ${plural(engagement.timeline.visitDaysPerMonth, 'consultant visit day', 'consultant visit days')} a month; this scope uses ${sizing.capacity.visitDays.used} of the ${sizing.capacity.visitDays.available} available.`,
  );
  const closures = engagement.timeline.blackouts.filter(
    (b) => b.start <= ctx.period.end && b.end >= ctx.period.start,
  );
  if (closures.length > 0) {
    items.push(
      `No sessions are held during the district's blackout windows (${closures.map((b) => b.label).join(', ')}).`,
    );
  }
  // With funded work, the funding crosswalk sets out every source's dates and restrictions.
  const funding =
    costing.lines.length > 0 ? [] : engagement.budget.fundingSources.filter((s) => s.endDate !== null);
  for (const s of funding) {
    // The district types the restriction as it reads in the grant, full stop included.
    items.push(
      asSentence(
        `Funds from ${s.name} must be spent by ${fmt.date(s.endDate ?? '')}${s.restrictions.trim() !== '' ? ` and are restricted to: ${s.restrictions}` : ''}`,
      ),
    );
  }
  if (!ctx.input.facts.clauses.some((c) => c.id === 'changes')) {
    items.push('Changes to the scope are agreed in writing as a new version of this document.');
  }

  const body: Content[] = [bullets(items, ctx)];
  return { id: 'assumptions', title: 'Assumptions', body };
}
