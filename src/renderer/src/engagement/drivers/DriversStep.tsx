import { Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  DRIVER_INFO,
  DRIVER_KEYS,
  type DriverKey,
  type DriverRating,
  type ExpertiseLevel,
} from '@shared/domain';
import { useDraftSelect, useWorkspace } from '../context';
import { NumberField, TextareaField, TextField, useSetField } from '../fields';
import { Section, StepFrame } from '../StepFrame';

const RATINGS: { value: DriverRating; label: string }[] = [
  { value: 'not_in_place', label: 'Not in place' },
  { value: 'partly', label: 'Partly' },
  { value: 'in_place', label: 'In place' },
];

const EXPERTISE: { value: ExpertiseLevel; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'some', label: 'Some' },
  { value: 'strong', label: 'Strong' },
];

const GROUPS = [
  {
    key: 'competency',
    title: 'Competency drivers',
    description: 'Developing and keeping staff capacity and confidence.',
  },
  {
    key: 'organization',
    title: 'Organization drivers',
    description: 'The systems that make the work hospitable.',
  },
  {
    key: 'leadership',
    title: 'Leadership driver',
    description: 'Telling adaptive challenges from technical ones.',
  },
] as const;

/** Three choices, or none yet: "not rated" differs from "not in place". */
function Choice<V extends string>({
  label,
  value,
  data,
  onChange,
}: {
  label: string;
  value: V | null;
  data: { value: V; label: string }[];
  onChange: (v: V) => void;
}) {
  return (
    <SegmentedControl<V | ''>
      aria-label={label}
      data={data}
      value={value ?? ''}
      onChange={(v) => v !== '' && onChange(v)}
      size="sm"
    />
  );
}

function DriverRow({ driver }: { driver: DriverKey }) {
  const set = useSetField();
  const info = DRIVER_INFO[driver];
  const assessment = useDraftSelect((e) => e.drivers[driver]);
  const challenge = useDraftSelect((e) => e.drivers.leadership.challenge);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ flex: '1 1 260px' }}>
          <Group gap="xs">
            <Text fw={600}>{info.label}</Text>
            {assessment.rating === null && (
              <Badge size="sm" variant="light" color="gray">
                Not rated
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {info.meaning}
          </Text>
        </div>
        <Choice
          label={`${info.label}: how far in place`}
          value={assessment.rating}
          data={RATINGS}
          onChange={(v) => set(`drivers.${driver}.rating`, v)}
        />
      </Group>
      {driver === 'leadership' && (
        <Group mt="sm" gap="sm">
          <Text size="sm" id="leadership-challenge">
            The challenge ahead is
          </Text>
          <Choice
            label="The leadership challenge ahead"
            value={challenge}
            data={[
              { value: 'adaptive', label: 'Adaptive' },
              { value: 'technical', label: 'Technical' },
              { value: 'both', label: 'Both' },
            ]}
            onChange={(v) => set('drivers.leadership.challenge', v)}
          />
        </Group>
      )}
      <TextField
        path={`drivers.${driver}.notes`}
        mt="sm"
        placeholder="Notes: what you heard, who owns it"
        aria-label={`${info.label} notes`}
      />
    </Paper>
  );
}

/**
 * In-house coaches are the district's instructional coaches, counted once in the client
 * profile. An engagement that recorded two different numbers says so, and one click makes
 * them agree.
 */
function InHouseCoaches() {
  const { draft, goTo } = useWorkspace();
  const coaches = useDraftSelect((e) => e.client.educators.coaches);
  const inHouse = useDraftSelect((e) => e.expertise.inHouseCoaches);
  const counted = typeof coaches === 'number' ? coaches : null;
  return (
    <div data-testid="in-house-coaches">
      <Text size="sm" fw={500}>
        In-house coaches
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {inHouse}
      </Text>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {counted !== null && counted !== inHouse
            ? `Recorded before coaches were counted once; the client profile counts ${counted}.`
            : 'The instructional coaches counted in the client profile.'}
        </Text>
        {counted !== null && counted !== inHouse ? (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => draft.set('expertise.inHouseCoaches', counted)}
          >
            Use {counted}
          </Button>
        ) : (
          <Button size="compact-xs" variant="subtle" onClick={() => goTo('client-profile')}>
            Change in the client profile
          </Button>
        )}
      </Group>
    </div>
  );
}

export function DriversStep() {
  const set = useSetField();
  const expertise = useDraftSelect((e) => e.expertise);
  return (
    <StepFrame>
      {GROUPS.map((group) => (
        <Section key={group.key} title={group.title} description={group.description}>
          <Stack gap="xs">
            {DRIVER_KEYS.filter((k) => DRIVER_INFO[k].group === group.key).map((k) => (
              <DriverRow key={k} driver={k} />
            ))}
          </Stack>
        </Section>
      ))}

      <Section
        title="In-house expertise"
        description="What the district brings: this drives the support level advice."
      >
        <Paper withBorder p="sm">
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Text>How familiar are staff with the content?</Text>
              <Choice
                label="Staff familiarity with the content"
                value={expertise.contentFamiliarity}
                data={EXPERTISE}
                onChange={(v) => set('expertise.contentFamiliarity', v)}
              />
            </Group>
            <Group justify="space-between" wrap="wrap">
              <Text>
                How experienced and comfortable are they planning and facilitating adult learning on it?
              </Text>
              <Choice
                label="Staff experience facilitating adult learning"
                value={expertise.facilitationExperience}
                data={EXPERTISE}
                onChange={(v) => set('expertise.facilitationExperience', v)}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberField
                path="expertise.inHouseFacilitators"
                label="In-house facilitators"
                description="Staff who could plan and lead sessions on this content"
                min={0}
                allowDecimal={false}
              />
              <InHouseCoaches />
            </SimpleGrid>
            <TextareaField path="expertise.notes" label="Notes on expertise" autosize minRows={2} />
          </Stack>
        </Paper>
      </Section>
    </StepFrame>
  );
}
