import { newId } from '../../ids';
import { useMemo, useRef, useState } from 'react';
import { Group, Paper, Select, Text } from '@mantine/core';
import { lineName, SERVICE_CATEGORY_LABELS, type CatalogService, type PlanLine } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { useStableCallback } from '../../hooks/useStableCallback';
import { showUndo } from '../../components/undo';
import { useDraftSelect, useReading, useWorkspace } from '../context';
import { detachReferences } from '../references';
import { Section, StepFrame } from '../StepFrame';
import { PlanTable } from './PlanTable';
import { plural } from '@shared/words';

export function newLine(service: CatalogService): PlanLine {
  return {
    id: newId(),
    serviceId: service.id,
    title: '',
    quantity: {
      count: 1,
      groups: 1,
      per: 'engagement',
      participantsPerGroup: service.defaultParticipantsPerGroup,
      minGroups: 1,
      minCount: null,
    },
    groupLabel: null,
    deliveryMode: service.defaultDeliveryMode,
    priority: 'high',
    scalable: service.scalable,
    dependsOn: [],
    buildsOn: [],
    needIds: [],
    drivers: [...service.drivers],
    standards: [...service.standards],
    pdcaStage: service.pdcaStage,
    phaseId: null,
    pin: 'none',
    level: null,
    campusIds: [],
    followUps: [],
    districtFollowUp: [],
    dates: [],
    notes: '',
  };
}

/**
 * Type to find a service, Enter to add it. After each pick the search is emptied and keeps
 * the focus, so the next service can be typed straight away.
 */
function ServicePicker({ onPick }: { onPick: (service: CatalogService) => void }) {
  const catalog = useDraftSelect((e) => e.catalog);
  const [search, setSearch] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of catalog) {
      const group = SERVICE_CATEGORY_LABELS[s.category];
      const list = groups.get(group) ?? [];
      list.push({ value: s.id, label: s.name });
      groups.set(group, list);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [catalog]);
  return (
    <Select
      ref={input}
      label="Add a service from the catalog"
      placeholder="Type to find a service, Enter to add it"
      data={data}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      onChange={(id) => {
        const service = catalog.find((s) => s.id === id);
        if (!service) return;
        onPick(service);
        setSearch('');
        requestAnimationFrame(() => input.current?.focus());
      }}
      nothingFoundMessage="No service by that name in this engagement’s catalog"
      w={{ base: '100%', md: 460 }}
      data-testid="service-picker"
    />
  );
}

/** The north star's total, which follows the plan after each pause in typing. */
function NorthStarTotal() {
  const reading = useReading();
  const count = useDraftSelect((e) => e.lines.length);
  return (
    <div style={{ textAlign: 'right' }}>
      <Text size="sm" c="dimmed">
        North star
      </Text>
      <Text fw={700} size="xl" data-testid="north-star-total">
        {formatMoney(reading.sizing.northStar.subtotalCents, reading.sizing.currency)}
      </Text>
      <Text size="xs" c="dimmed">
        {plural(count, 'line', 'lines')}, before any discount
      </Text>
    </div>
  );
}

/**
 * Adding a line opens it; removing one closes it and can be undone, which puts it back where
 * it was, with what pointed at it, and opens it again.
 */
function useAddAndRemove(setOpen: (lineId: string | null) => void) {
  const { draft } = useWorkspace();

  const add = (service: CatalogService) => {
    const line = newLine(service);
    draft.insert('lines', line);
    setOpen(line.id);
  };

  const remove = (index: number) => {
    const line = draft.getValues().lines[index];
    if (!line) return;
    const restore = detachReferences(draft, 'line', line.id);
    draft.remove('lines', index);
    setOpen(null);
    showUndo({
      id: `removed-line-${line.id}`,
      message: `Removed “${lineName(line, draft.getValues().catalog)}”`,
      autoClose: 6000,
      onUndo: () => {
        draft.insert('lines', line, index);
        restore();
        setOpen(line.id);
      },
    });
  };

  return { add, remove };
}

export function NorthStarStep() {
  const { draft } = useWorkspace();
  const [open, setOpen] = useState<string | null>(null);
  // The rows redraw themselves; the table only when lines are added, removed or moved.
  const idList = useDraftSelect((e) => e.lines.map((l) => l.id).join(' '));
  const ids = useMemo(() => (idList === '' ? [] : idList.split(' ')), [idList]);
  const { add, remove } = useAddAndRemove(setOpen);

  const toggle = useStableCallback((lineId: string) =>
    setOpen((current) => (current === lineId ? null : lineId)),
  );

  return (
    <StepFrame>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end">
          <ServicePicker onPick={add} />
          <NorthStarTotal />
        </Group>
      </Paper>

      <Section
        title="Plan lines"
        description="Open a line to set its quantity, priority, what it depends on and what it builds on."
      >
        {ids.length === 0 ? (
          <Text c="dimmed">
            No services yet. Start with what the needs call for: face-to-face sessions to build shared
            understanding, then implementation support and coaching so the learning reaches classrooms.
          </Text>
        ) : (
          <PlanTable
            ids={ids}
            open={open}
            onToggle={toggle}
            onRemove={remove}
            onMove={(index, to) => draft.reorder('lines', index, to)}
          />
        )}
      </Section>
    </StepFrame>
  );
}
