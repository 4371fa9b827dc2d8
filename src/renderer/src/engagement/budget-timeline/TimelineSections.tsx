import { newId } from '../../ids';
import { Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import type { Blackout, PdDay, Phase, Timeline } from '@shared/domain';
import { ListEditor } from '../ListEditor';
import { useDraftSelect, useWorkspace } from '../context';
import { DateField, NumberField, SegmentedField, SwitchField, TextField, useSetField } from '../fields';
import { detachReferences } from '../references';
import { Section } from '../StepFrame';
import { DateRange } from './DateRange';

/** The timeline as it is when a row is added (a new row starts from it); reading it redraws nothing. */
function useTimelineNow(): () => Timeline {
  const { draft } = useWorkspace();
  return () => draft.getValues().timeline;
}

/** A new PD day starts on a real, unused weekday so the engagement stays valid while it is picked. */
function nextFreeWeekday(from: string, taken: readonly string[]): string {
  const used = new Set(taken);
  const latest =
    [from, ...taken]
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1) ?? from;
  const day = new Date(`${latest}T12:00:00Z`);
  for (let i = 0; i < 400; i++) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !used.has(iso)) return iso;
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return from;
}

/** What a blackout stops (the schema's `scope` of a blackout). */
const BLACKOUT_STOPS = [
  { value: 'all', label: 'Stops all work' },
  { value: 'classroom', label: 'No students: classroom work only stops' },
];

/** The consultancy's facilitators a day; empty when there is no limit. */
function FacilitatorsPerDay() {
  const set = useSetField();
  const value = useDraftSelect((e) => e.timeline.facilitatorsPerDay);
  return (
    <NumberInput
      label="Facilitators the consultancy can staff a day"
      description="Empty: no limit. Cohorts led at once never exceed it."
      min={1}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(v) => set('timeline.facilitatorsPerDay', typeof v === 'number' ? v : null)}
      data-path="timeline.facilitatorsPerDay"
    />
  );
}

/** When the work can happen: the window, the visit days a month, the facilitators a day. */
export function WindowSection() {
  return (
    <Section title="Window" description="When the work can happen.">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateRange base="timeline" />
        <NumberField
          path="timeline.visitDaysPerMonth"
          label="Visit days the district can host per month"
          min={0}
          allowDecimal={false}
        />
        <FacilitatorsPerDay />
      </SimpleGrid>
    </Section>
  );
}

/** Stretches of the window, each named, which the support level can step down across. */
export function PhasesSection() {
  const { draft } = useWorkspace();
  const timeline = useTimelineNow();
  return (
    <Section
      title="Phases"
      description="Optional stretches of the window; sizing funds a first phase and the support level can step down across them."
    >
      <ListEditor<Phase>
        path="timeline.phases"
        noun="phase"
        itemName={(p) => p.name}
        empty="One phase covering the whole window. Add phases to step the support level down over time."
        newItem={() => ({
          id: newId(),
          name: `Phase ${timeline().phases.length + 1}`,
          start: timeline().start,
          end: timeline().end,
        })}
        onRemove={(p) => detachReferences(draft, 'phase', p.id)}
        renderItem={(_p, _i, base) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextField path={`${base}.name`} label="Phase name" />
            <DateRange base={base} />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}

/** Testing windows, holidays and summer, and what each stops. */
export function BlackoutsSection() {
  const timeline = useTimelineNow();
  return (
    <Section
      title="Blackouts"
      description="Testing windows, holidays and summer: nothing is scheduled in them."
    >
      <ListEditor<Blackout>
        path="timeline.blackouts"
        noun="blackout"
        itemName={(b) => b.label}
        empty="No blackouts yet."
        newItem={() => ({
          id: newId(),
          label: '',
          start: timeline().start,
          end: timeline().start,
          scope: 'all',
          assessment: false,
        })}
        renderItem={(_b, _i, base) => (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextField path={`${base}.label`} label="What" placeholder="e.g. State testing" />
              <DateRange base={base} startLabel="From" endLabel="To" />
            </SimpleGrid>
            <Group gap="lg">
              <SegmentedField
                path={`${base}.scope`}
                aria-label="What the blackout stops"
                size="xs"
                data={BLACKOUT_STOPS}
              />
              <SwitchField
                path={`${base}.assessment`}
                label="Assessment window: data reviews follow it"
                size="xs"
              />
            </Group>
          </Stack>
        )}
      />
    </Section>
  );
}

/** The district's days set aside for professional learning, where face-to-face sessions land. */
export function PdDaysSection() {
  const timeline = useTimelineNow();
  return (
    <Section
      title="District PD days"
      description="Days set aside for professional learning; face-to-face sessions land on them."
    >
      <ListEditor<PdDay>
        path="timeline.pdDays"
        noun="PD day"
        itemName={(d) => d.label || d.date}
        getKey={(_d, i) => `pd-${i}`}
        empty="No PD days recorded. Without them, face-to-face sessions cannot be placed on the calendar."
        newItem={() => ({
          date: nextFreeWeekday(
            timeline().start,
            timeline().pdDays.map((d) => d.date),
          ),
          label: '',
        })}
        renderItem={(_d, _i, base) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField path={`${base}.date`} label="Date" />
            <TextField path={`${base}.label`} label="Label" placeholder="e.g. Fall in-service" />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}
