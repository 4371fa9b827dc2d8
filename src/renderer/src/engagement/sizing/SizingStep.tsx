import { memo, useMemo } from 'react';
import { IconChartBar } from '@tabler/icons-react';
import { Button, EmptyState, List } from '@mantine/core';
import type { Pin } from '@shared/domain';
import type { Scope, Sizing } from '@shared/scoping';
import { plural } from '@shared/words';
import { useStableCallback } from '../../hooks/useStableCallback';
import { useValid, useWorkspace } from '../context';
import { Section, StepFrame } from '../StepFrame';
import { CoverageSection } from './CoverageSection';
import { DeferredPhases } from './DeferredPhases';
import { ConsultantTime, FundedTable } from './FundedTable';
import { HeadlineFigures } from './HeadlineFigures';
import { PlanChecks } from './PlanChecks';
import { ScheduleSection } from './ScheduleSection';
import { useTriedSizing } from './useTriedSizing';
import { WhatIf } from './WhatIf';

/** "4 PD days used of 7; 12 visit days of 85." */
function capacityText({ capacity }: Sizing): string {
  return `${plural(capacity.pdDays.used, 'PD day', 'PD days')} used of ${capacity.pdDays.available}; ${plural(capacity.visitDays.used, 'visit day', 'visit days')} of ${capacity.visitDays.available}.`;
}

function NothingToSize({ onGo }: { onGo: () => void }) {
  return (
    <StepFrame>
      <EmptyState
        title="Nothing to size yet"
        description="Sizing fits the north star to the budget and the calendar. Add services to the north star plan first."
        icon={<IconChartBar size={28} aria-hidden />}
      >
        <Button onClick={onGo}>Go to the north star plan</Button>
      </EmptyState>
    </StepFrame>
  );
}

export function SizingStep() {
  const { goTo } = useWorkspace();
  const empty = useValid().lines.length === 0;
  if (empty) return <NothingToSize onGo={() => goTo('north-star')} />;
  return (
    <StepFrame>
      <TriedSizing />
    </StepFrame>
  );
}

/**
 * What a slider step redraws: the slider, the headline figures and the summary under them. The
 * long sections below wait for the slider to rest (`detail`), so a step skips them entirely.
 */
function TriedSizing() {
  const { trying, sizing, detail, onTry, onTyped, onLand } = useTriedSizing();
  return (
    <>
      <WhatIf
        currency={sizing.currency}
        northStarCents={sizing.northStar.subtotalCents}
        budgetCents={trying ?? sizing.budgetCents}
        onTry={onTry}
        onTyped={onTyped}
        onLand={onLand}
      />

      <HeadlineFigures sizing={sizing} />

      {sizing.summary.length > 0 && (
        <List size="sm" spacing={4} data-testid="sizing-summary">
          {sizing.summary.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
      )}

      <SizingDetail detail={detail} />
    </>
  );
}

/** The funded phase, what waits, coverage, the months and the checks, as of the rested budget. */
const SizingDetail = memo(function SizingDetail({ detail }: { detail: Scope }) {
  const { draft } = useWorkspace();
  const { costing, schedule, checks } = detail;
  const currency = detail.sizing.currency;
  const funded = useMemo(
    () => detail.sizing.lines.filter((l) => l.status !== 'deferred'),
    [detail.sizing.lines],
  );
  const byId = useMemo(() => new Map(detail.sizing.lines.map((l) => [l.lineId, l])), [detail.sizing.lines]);
  const totals = useMemo(() => new Map(costing.lines.map((l) => [l.lineId, l.totalCents])), [costing.lines]);

  const onPin = useStableCallback((lineId: string, pin: Pin) => {
    const index = draft.getValues().lines.findIndex((l) => l.id === lineId);
    if (index >= 0) draft.set(`lines.${index}.pin`, pin);
  });

  return (
    <>
      <Section
        title="Start here: the funded phase"
        long
        description="Pin a line to keep it funded or defer it, whatever the sizing would do."
      >
        <FundedTable lines={funded} totals={totals} currency={currency} onPin={onPin} />
        <ConsultantTime costing={costing} />
      </Section>

      <Section
        title="What waits"
        long
        description="Grouped by what it waits for (funds, the calendar, a later budget, your hand), each part with its reason."
      >
        <DeferredPhases phases={detail.sizing.deferredPhases} byId={byId} currency={currency} onPin={onPin} />
      </Section>

      <Section title="Coverage of the north star" long>
        <CoverageSection coverage={detail.sizing.coverage} currency={currency} />
      </Section>

      <Section title="Month by month" long description={capacityText(detail.sizing)}>
        <ScheduleSection schedule={schedule} />
      </Section>

      <Section
        title="Plan checks"
        long
        description="The plan read against the principles of effective professional learning."
      >
        <PlanChecks checks={checks} />
      </Section>
    </>
  );
});
