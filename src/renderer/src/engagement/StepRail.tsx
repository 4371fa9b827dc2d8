import { memo, useMemo } from 'react';
import { NavLink, Stack, Text, ThemeIcon, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { StepId } from '../app/routing';
import { useProblems, useReading, useValid } from './context';
import { STEPS, stepStates, type StepState } from './steps';

function Marker({ index, state }: { index: number; state: StepState }) {
  if (state.status === 'done') {
    return (
      <ThemeIcon size={24} radius="xl" color="teal" variant="filled" aria-hidden>
        <IconCheck size={14} aria-hidden />
      </ThemeIcon>
    );
  }
  if (state.status === 'attention') {
    return (
      <ThemeIcon size={24} radius="xl" color="orange" variant="filled" aria-hidden>
        <IconAlertTriangle size={14} aria-hidden />
      </ThemeIcon>
    );
  }
  return (
    <ThemeIcon size={24} radius="xl" color="gray" variant="light" aria-hidden>
      <Text size="xs" fw={700} component="span">
        {index + 1}
      </Text>
    </ThemeIcon>
  );
}

const STATUS_WORDS = { done: 'done', attention: 'needs attention', todo: 'not started' } as const;

interface Props {
  step: StepId;
  /** How many versions were exported. */
  revisions: number;
  onSelect: (s: StepId) => void;
  /** Markers only, for meeting mode where the content needs the width. */
  compact?: boolean;
}

/** The guided sequence, every step one click (or Ctrl+[ / Ctrl+]) away, with its state. */
export const StepRail = memo(function StepRail({ step, revisions, onSelect, compact = false }: Props) {
  const valid = useValid();
  const reading = useReading();
  const problems = useProblems();
  const states = useMemo(
    () => stepStates(valid, reading, new Map(problems.map((p) => [p.path, p.message])), revisions),
    [valid, reading, problems, revisions],
  );
  return (
    <Stack gap={compact ? 6 : 2} component="nav" aria-label="Engagement steps" data-testid="step-rail">
      {STEPS.map((s, i) => {
        const state = states[s.id];
        const common = {
          onClick: () => onSelect(s.id),
          'aria-current': step === s.id ? ('step' as const) : undefined,
          'data-status': state.status,
          'data-step': s.id,
        };
        if (compact) {
          return (
            <Tooltip key={s.id} label={`${s.label}: ${state.note}`} position="right">
              <UnstyledButton
                {...common}
                aria-label={`${i + 1}. ${s.label}, ${STATUS_WORDS[state.status]}`}
                p={6}
                style={{
                  borderRadius: 'var(--mantine-radius-md)',
                  background: step === s.id ? 'var(--mantine-color-indigo-light)' : undefined,
                  display: 'flex',
                  justifyContent: 'center',
                }}
              >
                <Marker index={i} state={state} />
              </UnstyledButton>
            </Tooltip>
          );
        }
        return (
          <Tooltip key={s.id} label={state.note} position="right" openDelay={500}>
            <NavLink
              component="button"
              {...common}
              active={step === s.id}
              label={
                <>
                  {s.label}
                  <VisuallyHidden>, {STATUS_WORDS[state.status]}</VisuallyHidden>
                </>
              }
              description={state.status === 'attention' ? state.note : undefined}
              leftSection={<Marker index={i} state={state} />}
              styles={{
                root: { borderRadius: 'var(--mantine-radius-md)' },
                // The note under the active step sits on its tinted background: darker, to stay legible.
                description: step === s.id ? { color: 'var(--mantine-color-text)', opacity: 1 } : undefined,
              }}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
});
