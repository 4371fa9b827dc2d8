import { newId } from '../../ids';
import { Fragment, memo, useMemo, useRef, useState } from 'react';
import { Badge, Group, Paper, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import {
  DELIVERY_MODE_LABELS,
  lineName,
  SERVICE_CATEGORY_LABELS,
  type CatalogService,
  type PlanLine,
} from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import { quantityText } from '../../../../shared/scoping';
import { useStableCallback } from '../../hooks/useStableCallback';
import { Money } from '../../components/Money';
import { showUndo } from '../../components/undo';
import { useDraftSelect, useReading, useReadingSelect, useWorkspace } from '../context';
import { num, PRIORITY_COLORS, PRIORITY_LABELS, SIZED_COLORS, SIZED_LABELS } from '../labels';
import { detachReferences } from '../references';
import { Section, StepFrame } from '../StepFrame';
import { LineEditor } from './LineEditor';
import { plural } from '../../../../shared/words';

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

interface RowProps {
  index: number;
  lineId: string;
  isOpen: boolean;
  onToggle: (lineId: string) => void;
}

/**
 * One summary row. It reads its own line from the draft and its own figures from the
 * engine, so a key press in one line's quantity redraws that row alone.
 */
const LineRow = memo(function LineRow({ index, lineId, isOpen, onToggle }: RowProps) {
  const line = useDraftSelect((e) => e.lines[index]);
  const catalog = useDraftSelect((e) => e.catalog);
  const currency = useDraftSelect((e) => e.rateCard.currency);
  const status = useReadingSelect((s) => s.sized(lineId)?.status);
  const cents = useReadingSelect((s) => s.sized(lineId)?.northStarCents);
  if (!line) return null;
  const service = catalog.find((s) => s.id === line.serviceId);
  return (
    <Table.Tr data-testid="plan-line" data-line-id={line.id}>
      <Table.Td>
        <UnstyledButton
          onClick={() => onToggle(line.id)}
          aria-expanded={isOpen}
          aria-controls={isOpen ? `line-editor-${line.id}` : undefined}
          style={{ display: 'flex', alignItems: 'center', gap: 6 }}
        >
          {isOpen ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          <Text fw={600} size="sm">
            {lineName(line, catalog)}
          </Text>
        </UnstyledButton>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {service && num(line.quantity.count) > 0 && num(line.quantity.groups) > 0
            ? quantityText(line, service, line.quantity.groups, line.quantity.count)
            : '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={PRIORITY_COLORS[line.priority]}>
          {PRIORITY_LABELS[line.priority]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{DELIVERY_MODE_LABELS[line.deliveryMode]}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {cents !== undefined ? <Money cents={cents} currency={currency} /> : '—'}
      </Table.Td>
      <Table.Td>
        {status && (
          <Badge variant="dot" color={SIZED_COLORS[status]}>
            {SIZED_LABELS[status]}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
});

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

export function NorthStarStep() {
  const { draft } = useWorkspace();
  const [open, setOpen] = useState<string | null>(null);
  // The rows redraw themselves; the table only when lines are added, removed or moved.
  const idList = useDraftSelect((e) => e.lines.map((l) => l.id).join(' '));
  const ids = useMemo(() => (idList === '' ? [] : idList.split(' ')), [idList]);

  const toggle = useStableCallback((lineId: string) =>
    setOpen((current) => (current === lineId ? null : lineId)),
  );

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
          <Table.ScrollContainer minWidth={760}>
            {/* Fixed layout: a changed cell does not make the browser measure all 300 rows again. */}
            <Table verticalSpacing="xs" highlightOnHover aria-label="Plan lines" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Service</Table.Th>
                  <Table.Th w={180}>Quantity</Table.Th>
                  <Table.Th w={100}>Priority</Table.Th>
                  <Table.Th w={100}>Delivery</Table.Th>
                  <Table.Th w={125} ta="right">
                    North-star cost
                  </Table.Th>
                  <Table.Th w={105}>Sizing</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ids.map((lineId, index) => {
                  const isOpen = open === lineId;
                  return (
                    <Fragment key={lineId}>
                      <LineRow index={index} lineId={lineId} isOpen={isOpen} onToggle={toggle} />
                      {isOpen && (
                        <Table.Tr id={`line-editor-${lineId}`}>
                          <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                            <LineEditor
                              index={index}
                              count={ids.length}
                              onRemove={() => remove(index)}
                              onMove={(to) => draft.reorder('lines', index, to)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </StepFrame>
  );
}
