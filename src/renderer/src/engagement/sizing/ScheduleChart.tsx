import { BarChart } from '@mantine/charts';
import { PDCA_LABELS, PDCA_STAGES } from '@shared/domain';
import type { Schedule } from '@shared/scoping';

const STAGE_COLORS = { plan: 'indigo.4', do: 'teal.5', check: 'yellow.5', act: 'grape.4' } as const;

/** Units delivered each month, stacked by PDCA stage, so the cycles show at a glance. */
export default function ScheduleChart({ schedule }: { schedule: Schedule }) {
  const data = schedule.months.map((m) => {
    const row: Record<string, string | number> = { month: m.label };
    for (const stage of PDCA_STAGES) row[stage] = 0;
    for (const e of m.entries) row[e.stage] = (Number(row[e.stage]) || 0) + e.units;
    return row;
  });
  return (
    <div
      role="img"
      aria-label="Units delivered each month, by PDCA stage. The same numbers are in the table below."
    >
      <BarChart
        h={260}
        data={data}
        dataKey="month"
        type="stacked"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        series={PDCA_STAGES.map((s) => ({ name: s, label: PDCA_LABELS[s], color: STAGE_COLORS[s] }))}
        tickLine="y"
        yAxisLabel="Units delivered"
        tooltipAnimationDuration={0}
        // Bars that animate redraw on every frame for a second after each change.
        barProps={{ isAnimationActive: false }}
        barChartProps={{ accessibilityLayer: false }}
      />
    </div>
  );
}
