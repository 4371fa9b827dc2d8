import { Fragment, memo } from 'react';
import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { DELIVERY_MODE_LABELS, lineName } from '@shared/domain';
import { quantityText } from '@shared/scoping';
import { Money } from '../../components/Money';
import { useDraftSelect, useReadingSelect } from '../context';
import { num, PRIORITY_COLORS, PRIORITY_LABELS, SIZED_COLORS, SIZED_LABELS } from '../labels';
import { LineEditor } from './LineEditor';

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

/**
 * The plan's lines, one summary row each, and under the open one its editor. It redraws when
 * lines are added, removed or moved, or another line is opened; the rows redraw themselves.
 */
export function PlanTable({
  ids,
  open,
  onToggle,
  onRemove,
  onMove,
}: {
  ids: readonly string[];
  open: string | null;
  onToggle: (lineId: string) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, to: number) => void;
}) {
  return (
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
                <LineRow index={index} lineId={lineId} isOpen={isOpen} onToggle={onToggle} />
                {isOpen && (
                  <Table.Tr id={`line-editor-${lineId}`}>
                    <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                      <LineEditor
                        index={index}
                        count={ids.length}
                        onRemove={() => onRemove(index)}
                        onMove={(to) => onMove(index, to)}
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
  );
}
