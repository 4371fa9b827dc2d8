import { Badge, Button, Group, List, Paper, Text, Title } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { SUPPORT_LEVEL_INFO } from '@shared/domain';
import { useReading, useWorkspace } from '../context';

/** The advice, how firm it is, its reasons, the lines at their own level and what would change it. */
export function AdviceCard() {
  const { goTo } = useWorkspace();
  const { advice } = useReading();
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-indigo-light)" data-testid="advice">
      <Group gap="sm" mb="xs">
        <IconBulb size={20} aria-hidden />
        <Title order={3} size="h4">
          The advice: {SUPPORT_LEVEL_INFO[advice.recommended].label}
        </Title>
        <Badge variant="light" color={advice.confidence === 'firm' ? 'teal' : 'yellow'}>
          {advice.confidence === 'firm' ? 'Firm' : 'Tentative'}
        </Badge>
      </Group>
      <Text size="sm" mb="xs">
        {SUPPORT_LEVEL_INFO[advice.recommended].summary}
      </Text>
      <Text size="sm" fw={600}>
        Why
      </Text>
      <List size="sm" spacing={4} mb="xs">
        {advice.reasons.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
      {advice.lineLevels.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            Lines at their own level
          </Text>
          <List size="sm" spacing={4} mb="xs" data-testid="line-levels">
            {advice.lineLevels.map((l) => (
              <List.Item key={l.lineId}>
                {l.reason} ({SUPPORT_LEVEL_INFO[l.level].label.toLowerCase()})
              </List.Item>
            ))}
          </List>
        </>
      )}
      {advice.wouldChange.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            What would change it
          </Text>
          <List size="sm" spacing={4}>
            {advice.wouldChange.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </>
      )}
      {advice.confidence === 'tentative' && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => goTo('drivers')}>
          Record drivers and expertise
        </Button>
      )}
    </Paper>
  );
}
