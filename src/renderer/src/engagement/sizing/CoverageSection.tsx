import { memo } from 'react';
import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatMoney } from '@shared/money';
import type { Coverage } from '@shared/scoping';
import { plural } from '@shared/words';

function Percent({ label, percent, detail }: { label: string; percent: number | null; detail: string }) {
  return (
    <div>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {percent === null ? '—' : `${percent}%`}
        </Text>
      </Group>
      <Progress value={percent ?? 0} aria-label={`${label}: ${percent ?? 0}%`} mt={4} />
      <Text size="xs" c="dimmed" mt={2}>
        {detail}
      </Text>
    </div>
  );
}

/** How much of the north star the funded phase covers: by cost, essentials and driver. */
export const CoverageSection = memo(function CoverageSection({
  coverage,
  currency,
}: {
  coverage: Coverage;
  currency: string;
}) {
  const money = (c: number) => formatMoney(c, currency);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="md">
        <Percent
          label="By cost"
          percent={coverage.cost.percent}
          detail={`${money(coverage.cost.fundedCents)} of ${money(coverage.cost.northStarCents)}`}
        />
        <Percent
          label="Essentials"
          percent={coverage.essentials.percent}
          detail={`${coverage.essentials.funded} funded, ${coverage.essentials.trimmed} trimmed, ${coverage.essentials.deferred} deferred of ${plural(coverage.essentials.lines, 'essential line', 'essential lines')}`}
        />
      </Stack>
      <Stack gap="xs" aria-label="Coverage by driver">
        {coverage.drivers
          .filter((d) => d.lines > 0)
          .map((d) => (
            <Percent
              key={d.driver}
              label={d.label}
              percent={d.percent}
              detail={`${d.fundedLines} of ${plural(d.lines, 'line', 'lines')} funded`}
            />
          ))}
      </Stack>
    </SimpleGrid>
  );
});
