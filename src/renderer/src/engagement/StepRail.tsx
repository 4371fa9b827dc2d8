import { NavLink, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { STEP_IDS, type StepId } from '../app/routing';
import { STEPS, type StepState } from './steps';

function Marker({ index, state }: { index: number; state: StepState }) {
  if (state.status === 'done') {
    return (
      <ThemeIcon size={24} radius="xl" color="teal" variant="filled">
        <IconCheck size={14} aria-hidden />
      </ThemeIcon>
    );
  }
  if (state.status === 'attention') {
    return (
      <ThemeIcon size={24} radius="xl" color="orange" variant="filled">
        <IconAlertTriangle size={14} aria-hidden />
      </ThemeIcon>
    );
  }
  return (
    <ThemeIcon size={24} radius="xl" color="gray" variant="light">
      <Text size="xs" fw={700} component="span">
        {index + 1}
      </Text>
    </ThemeIcon>
  );
}

const STATUS_WORDS = { done: 'done', attention: 'needs attention', todo: 'not started' } as const;

/** The guided sequence, every step one click (or Ctrl+[ / Ctrl+]) away, with its state. */
export function StepRail({
  step,
  states,
  onSelect,
}: {
  step: StepId;
  states: Record<StepId, StepState>;
  onSelect: (s: StepId) => void;
}) {
  return (
    <Stack gap={2} component="nav" aria-label="Engagement steps" data-testid="step-rail">
      {STEPS.map((s, i) => {
        const state = states[s.id];
        return (
          <Tooltip key={s.id} label={state.note} position="right" openDelay={400}>
            <NavLink
              component="button"
              active={step === s.id}
              label={s.label}
              description={state.status === 'attention' ? state.note : undefined}
              leftSection={<Marker index={i} state={state} />}
              onClick={() => onSelect(s.id)}
              aria-current={step === s.id ? 'step' : undefined}
              aria-label={`${s.label}, ${STATUS_WORDS[state.status]}`}
              data-status={state.status}
              data-step={s.id}
              styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
            />
          </Tooltip>
        );
      })}
      <Text size="xs" c="dimmed" mt="xs" px="sm">
        Step {STEP_IDS.indexOf(step) + 1} of {STEP_IDS.length}
      </Text>
    </Stack>
  );
}
