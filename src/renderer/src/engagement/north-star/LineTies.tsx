import { useMemo, useState } from 'react';
import { ActionIcon, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import {
  CADENCES,
  CADENCE_LABELS,
  SUPPORT_LEVELS,
  SUPPORT_LEVEL_INFO,
  lineName,
  type Engagement,
  type FollowUp,
} from '@shared/domain';
import { FOLLOW_UP_CATEGORIES } from '@shared/scoping';
import { DRIVER_OPTIONS, STANDARD_OPTIONS } from '../../choices';
import { DateInput } from '../../components/DateInput';
import { formatDate } from '../../dates';
import { useDraftSelect, useReadingSelect, useWorkspace } from '../context';
import { inventoryOptions, useCampusOptions, useDraftOptions, type Option } from '../options';
import { MultiSelectField, SelectField, useSetField } from '../fields';

/**
 * The parts of a plan line that tell sizing how an expert would trim and tie it: how its count
 * is said (in all, or per period), the fewest units per group worth delivering, what it depends
 * on and serves, its own support level, the follow-up that must come with it, the campuses it
 * serves and the dates it may use.
 */

const CADENCE_OPTIONS = CADENCES.map((c) => ({ value: c, label: CADENCE_LABELS[c] }));

/** How the count is said, and the dosage floor (the fewest units per group worth delivering). */
export function Dosage({ index }: { index: number }) {
  const set = useSetField();
  const base = `lines.${index}.quantity`;
  const per = useDraftSelect((e) => e.lines[index]?.quantity.per ?? 'engagement');
  const minCount = useDraftSelect((e) => e.lines[index]?.quantity.minCount ?? null);
  const scalable = useDraftSelect((e) => e.lines[index]?.scalable === true);
  return (
    <Group gap="lg" align="flex-end" wrap="wrap">
      <Select
        label="Counted"
        description="in all, or each period of its window"
        data={CADENCE_OPTIONS}
        value={per}
        onChange={(v) => set(`${base}.per`, v ?? 'engagement')}
        allowDeselect={false}
        w={170}
        data-path={`${base}.per`}
      />
      {scalable && (
        <NumberInput
          label="Fewest per group"
          description="empty keeps the full count"
          min={1}
          allowDecimal={false}
          value={minCount ?? ''}
          onChange={(v) => set(`${base}.minCount`, typeof v === 'number' ? v : null)}
          w={170}
          data-path={`${base}.minCount`}
        />
      )}
    </Group>
  );
}

function otherLines(e: Engagement, lineId: string): Option[] {
  return e.lines.filter((l) => l.id !== lineId).map((l) => ({ value: l.id, label: lineName(l, e.catalog) }));
}

/**
 * What the line depends on (lines before it, what already works), what it serves (needs,
 * drivers, standards), the phase it falls in and its own support level.
 */
export function DependsOnAndServes({ index, lineId }: { index: number; lineId: string }) {
  const base = `lines.${index}`;
  const others = useDraftOptions((e) => otherLines(e, lineId));
  const inventory = useDraftOptions(inventoryOptions);
  const needs = useDraftOptions((e) =>
    [...e.needs]
      .sort((a, b) => a.rank - b.rank)
      .map((n) => ({ value: n.id, label: `${n.rank}. ${n.statement || 'Unnamed need'}` })),
  );
  const phases = useDraftOptions((e) =>
    e.timeline.phases.map((p) => ({ value: p.id, label: p.name || 'Unnamed phase' })),
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <MultiSelectField
        path={`${base}.dependsOn`}
        label="Depends on"
        placeholder={others.length ? 'Lines that must come first' : 'No other lines yet'}
        data={others}
        searchable
        clearable
        limit={50}
      />
      <MultiSelectField
        path={`${base}.buildsOn`}
        label="Builds on (inventory)"
        placeholder={inventory.length ? 'What already works' : 'Nothing inventoried yet'}
        data={inventory}
        searchable
        clearable
      />
      <MultiSelectField
        path={`${base}.needIds`}
        label="Serves priority needs"
        placeholder={needs.length ? 'Which needs' : 'No needs recorded yet'}
        data={needs}
        searchable
        clearable
      />
      <SelectField
        path={`${base}.phaseId`}
        label="Phase"
        placeholder={phases.length ? 'Any time in the window' : 'No phases defined'}
        data={phases}
        clearable
      />
      <MultiSelectField
        path={`${base}.drivers`}
        label="Implementation drivers it serves"
        data={DRIVER_OPTIONS}
        clearable
      />
      <MultiSelectField
        path={`${base}.standards`}
        label="Standards it serves"
        data={STANDARD_OPTIONS}
        clearable
      />
      <LineLevel index={index} />
    </SimpleGrid>
  );
}

/** The line's own support level, with what it follows when left empty. */
function LineLevel({ index }: { index: number }) {
  const set = useSetField();
  const lineId = useDraftSelect((e) => e.lines[index]?.id ?? '');
  const level = useDraftSelect((e) => e.lines[index]?.level ?? null);
  const planned = useReadingSelect((s) => s.sized(lineId)?.level);
  const advised = useReadingSelect(
    (s) => s.current.advice.lineLevels.find((l) => l.lineId === lineId)?.reason,
  );
  const options = useMemo(
    () => [
      {
        value: '',
        label: `As planned${planned ? ` (${SUPPORT_LEVEL_INFO[planned].label.toLowerCase()})` : ''}`,
      },
      ...SUPPORT_LEVELS.map((l) => ({ value: l, label: SUPPORT_LEVEL_INFO[l].label })),
    ],
    [planned],
  );
  return (
    <Select
      label="Support level for this line"
      description={level === null ? (advised ?? 'Follows the engagement or its phase') : 'Set for this line'}
      data={options}
      value={level ?? ''}
      onChange={(v) => set(`lines.${index}.level`, v ? v : null)}
      allowDeselect={false}
      data-path={`lines.${index}.level`}
    />
  );
}

/** Follow-up that must come with this line: lines tied to it (with their coverage), or the district's own. */
export function FollowUps({ index }: { index: number }) {
  const set = useSetField();
  const lineId = useDraftSelect((e) => e.lines[index]?.id ?? '');
  const followUps = useDraftSelect((e) => e.lines[index]?.followUps ?? []);
  const options = useDraftOptions((e) =>
    e.lines
      .filter((l) => l.id !== lineId)
      .filter((l) => FOLLOW_UP_CATEGORIES.has(e.catalog.find((s) => s.id === l.serviceId)?.category ?? ''))
      .map((l) => ({ value: l.id, label: lineName(l, e.catalog) })),
  );
  const items = useDraftOptions(inventoryOptions);
  const path = `lines.${index}.followUps`;
  const setFollowUps = (next: FollowUp[]) => set(path, next);
  const label = (id: string) => options.find((o) => o.value === id)?.label ?? 'A removed line';
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label="Followed up by"
          description="Visits or coaching sized with it: never the training without them"
          placeholder={options.length ? 'Coaching, visits, calls' : 'No coaching or visits in the plan yet'}
          data={options}
          value={followUps.map((f) => f.lineId)}
          onChange={(ids) =>
            setFollowUps(
              ids.map((id) => followUps.find((f) => f.lineId === id) ?? { lineId: id, coverage: 100 }),
            )
          }
          searchable
          clearable
          data-path={path}
        />
        <MultiSelectField
          path={`lines.${index}.districtFollowUp`}
          label="Followed up by the district itself"
          description="Its own coaching or PLCs, at no cost to the contract"
          placeholder={items.length ? 'From the inventory' : 'Nothing inventoried yet'}
          data={items}
          searchable
          clearable
        />
      </SimpleGrid>
      {followUps.map((f, k) => (
        <Group key={f.lineId} gap="xs" align="center">
          <NumberInput
            aria-label={`Share of the trained groups “${label(f.lineId)}” reaches`}
            min={1}
            max={100}
            allowDecimal={false}
            suffix=" %"
            value={f.coverage}
            onChange={(v) =>
              setFollowUps(
                followUps.map((x, j) => (j === k ? { ...x, coverage: typeof v === 'number' ? v : 100 } : x)),
              )
            }
            w={100}
            size="xs"
          />
          <Text size="sm">of what this line reaches gets “{label(f.lineId)}”</Text>
        </Group>
      ))}
    </Stack>
  );
}

/** The campuses the line serves, in the order a pilot takes them, and dates of its own. */
export function CampusesAndDates({ index }: { index: number }) {
  const options = useCampusOptions();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <MultiSelectField
        path={`lines.${index}.campusIds`}
        label="Campuses it serves, in pilot order"
        description="A trim keeps the first ones, on every line tied to the same campuses"
        placeholder={options.length ? 'From the client profile' : 'No campuses in the client profile yet'}
        data={options}
        searchable
        clearable
      />
      <LineDates index={index} />
    </SimpleGrid>
  );
}

/** Dates the line's sessions may fall on (principals' meetings, an institute's days). */
function LineDates({ index }: { index: number }) {
  const { draft } = useWorkspace();
  const dates = useDraftSelect((e) => e.lines[index]?.dates ?? []);
  const [adding, setAdding] = useState<string | null>(null);
  const path = `lines.${index}.dates`;
  const add = (iso: string | null) => {
    setAdding(null);
    if (iso && !dates.includes(iso)) draft.set(path, [...dates, iso].sort());
  };
  return (
    <Stack gap={6}>
      <DateInput
        label="Dates of its own"
        description="Its sessions fall only on these (e.g. principals’ meetings)"
        value={adding}
        onChange={add}
        clearable
        data-path={path}
      />
      <Group gap={6}>
        {dates.map((d) => (
          <Group key={d} gap={2} wrap="nowrap" data-testid="line-date">
            <Text size="sm">{formatDate(d)}</Text>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={`Remove ${formatDate(d)}`}
              onClick={() =>
                draft.set(
                  path,
                  dates.filter((x) => x !== d),
                )
              }
            >
              <IconX size={12} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
