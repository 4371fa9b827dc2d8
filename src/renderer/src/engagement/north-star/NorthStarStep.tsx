import { newId } from '../../ids';
import { Fragment, memo, useMemo, useState } from 'react';
import { Badge, Button, Group, Paper, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import {
  DELIVERY_MODE_LABELS,
  lineName,
  type CatalogService,
  type PlanLine,
  type ServiceCategory,
} from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import { quantityText, type SizedLine } from '../../../../shared/scoping';
import { useStableCallback } from '../../hooks/useStableCallback';
import { sameData } from '../../equal';
import { Money } from '../../components/Money';
import { useEngagementForm, useWorkspace } from '../context';
import { num, PRIORITY_COLORS, PRIORITY_LABELS, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { detachReferences } from '../references';
import { Section, StepFrame } from '../StepFrame';
import { LineEditor } from './LineEditor';

const CATEGORY_LABELS: Record<ServiceCategory, string> = {
  training: 'Training',
  implementation_support: 'Implementation support',
  coaching: 'Coaching',
  collaboration: 'Collaboration',
  leadership: 'Leadership',
  on_demand: 'On demand',
  capacity_building: 'Capacity building',
  data_review: 'Data review',
  assessment: 'Assessment',
  evaluation: 'Evaluation',
};

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

function ServicePicker({ onPick }: { onPick: (service: CatalogService) => void }) {
  const form = useEngagementForm();
  const catalog = form.values.catalog;
  const data = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of catalog) {
      const group = CATEGORY_LABELS[s.category];
      const list = groups.get(group) ?? [];
      list.push({ value: s.id, label: s.name });
      groups.set(group, list);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [catalog]);
  return (
    <Select
      label="Add a service from the catalog"
      placeholder="Type to find a service, Enter to add it"
      data={data}
      searchable
      value={null}
      onChange={(id) => {
        const service = catalog.find((s) => s.id === id);
        if (service) onPick(service);
      }}
      nothingFoundMessage="No service by that name in this engagement’s catalog"
      w={{ base: '100%', md: 460 }}
      data-testid="service-picker"
    />
  );
}

interface RowProps {
  line: PlanLine;
  name: string;
  service: CatalogService | undefined;
  sized: SizedLine | undefined;
  currency: string;
  isOpen: boolean;
  onToggle: (lineId: string) => void;
}

/** One summary row; memoized so editing one line of a long plan redraws only that row. */
const LineRow = memo(
  function LineRow({ line, name, service, sized: s, currency, isOpen, onToggle }: RowProps) {
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
              {name}
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
        <Table.Td ta="right">{s ? <Money cents={s.northStarCents} currency={currency} /> : '—'}</Table.Td>
        <Table.Td>
          {s && (
            <Badge variant="dot" color={STATUS_COLORS[s.status]}>
              {STATUS_LABELS[s.status]}
            </Badge>
          )}
        </Table.Td>
      </Table.Tr>
    );
  },
  (a, b) =>
    sameData(a.line, b.line) &&
    a.name === b.name &&
    a.service?.id === b.service?.id &&
    a.currency === b.currency &&
    a.isOpen === b.isOpen &&
    a.onToggle === b.onToggle &&
    a.sized?.status === b.sized?.status &&
    a.sized?.northStarCents === b.sized?.northStarCents,
);

export function NorthStarStep() {
  const form = useEngagementForm();
  const { scope, engagement } = useWorkspace();
  const [open, setOpen] = useState<string | null>(null);
  const values = form.values;
  const services = useMemo(() => new Map(values.catalog.map((s) => [s.id, s])), [values.catalog]);
  const sized = useMemo(() => new Map(scope.sizing.lines.map((s) => [s.lineId, s])), [scope.sizing.lines]);
  const currency = engagement.rateCard.currency;

  const toggle = useStableCallback((lineId: string) =>
    setOpen((current) => (current === lineId ? null : lineId)),
  );

  const add = (service: CatalogService) => {
    const line = newLine(service);
    form.insertListItem('lines', line);
    setOpen(line.id);
  };

  const remove = (line: PlanLine, index: number) => {
    const restore = detachReferences(form, 'line', line.id);
    form.removeListItem('lines', index);
    setOpen(null);
    const id = `removed-line-${line.id}`;
    notifications.show({
      id,
      autoClose: 6000,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Removed “{lineName(line, values.catalog)}”</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              form.insertListItem('lines', line, index);
              restore();
              setOpen(line.id);
              notifications.hide(id);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  };

  return (
    <StepFrame>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-end">
          <ServicePicker onPick={add} />
          <div style={{ textAlign: 'right' }}>
            <Text size="sm" c="dimmed">
              North star
            </Text>
            <Text fw={700} size="xl" data-testid="north-star-total">
              {formatMoney(scope.sizing.northStar.subtotalCents, currency)}
            </Text>
            <Text size="xs" c="dimmed">
              {values.lines.length} {values.lines.length === 1 ? 'line' : 'lines'}, before any discount
            </Text>
          </div>
        </Group>
      </Paper>

      <Section
        title="Plan lines"
        description="Open a line to set its quantity, priority, what it depends on and what it builds on."
      >
        {values.lines.length === 0 ? (
          <Text c="dimmed">
            No services yet. Start with what the needs call for: face-to-face sessions to build shared
            understanding, then implementation support and coaching so the learning reaches classrooms.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" highlightOnHover aria-label="Plan lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Service</Table.Th>
                  <Table.Th>Quantity</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Delivery</Table.Th>
                  <Table.Th ta="right">North-star cost</Table.Th>
                  <Table.Th>Sizing</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.lines.map((line, index) => {
                  const service = services.get(line.serviceId);
                  const isOpen = open === line.id;
                  return (
                    <Fragment key={line.id}>
                      <LineRow
                        line={line}
                        name={lineName(line, values.catalog)}
                        service={service}
                        sized={sized.get(line.id)}
                        currency={currency}
                        isOpen={isOpen}
                        onToggle={toggle}
                      />
                      {isOpen && (
                        <Table.Tr id={`line-editor-${line.id}`}>
                          <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                            <LineEditor
                              line={line}
                              index={index}
                              service={service}
                              onRemove={() => remove(line, index)}
                              onMove={(to) => form.reorderListItem('lines', { from: index, to })}
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
