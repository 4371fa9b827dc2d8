import type { ReactNode } from 'react';
import { Button, Divider, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { STEP_IDS } from '../app/routing';
import { shortcutText } from '../app/shortcuts';
import { useWorkspace } from './context';
import { stepInfo } from './steps';

/** The heading, the purpose line and the previous / next footer every step shares. */
export function StepFrame({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  const { step, goTo } = useWorkspace();
  const info = stepInfo(step);
  const index = STEP_IDS.indexOf(step);
  const previous = STEP_IDS[index - 1];
  const next = STEP_IDS[index + 1];
  return (
    <Stack gap="lg" component="section" aria-labelledby="step-heading">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed">
            Step {index + 1} of {STEP_IDS.length}
          </Text>
          <Title order={2} id="step-heading" tabIndex={-1} data-step-heading>
            {info.label}
          </Title>
          <Text c="dimmed" mt={4}>
            {info.purpose}
          </Text>
        </div>
        {aside}
      </Group>
      {children}
      <Divider />
      <Group justify="space-between">
        {previous ? (
          <Tooltip label={shortcutText('previous-step')}>
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
              onClick={() => goTo(previous)}
            >
              {stepInfo(previous).label}
            </Button>
          </Tooltip>
        ) : (
          <span />
        )}
        {next && (
          <Tooltip label={shortcutText('next-step')}>
            <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={() => goTo(next)}>
              Next: {stepInfo(next).label}
            </Button>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}

/** A titled group of fields inside a step. */
export function Section({
  title,
  description,
  children,
  actions,
  long = false,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  /**
   * A long table or chart: the browser skips laying out and painting it while it is off screen
   * (CSS content-visibility), so a change above it repaints only what is in view.
   */
  long?: boolean;
}) {
  return (
    <Stack
      gap="sm"
      component="section"
      aria-label={title}
      style={long ? { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' } : undefined}
    >
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3} size="h4">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
