import { Divider, NumberInput, Select, Table } from '@mantine/core';
import { SUPPORT_LEVEL_INFO, SUPPORT_LEVELS } from '@shared/domain';
import { Internal } from '../app/meeting-mode';
import { PARTY_OPTIONS } from '../choices';
import type { ServiceEditorProps } from './service-fields';

/** Consultant hours per unit and who plans and leads, at each support level: the consultant's eyes only. */
export function ServiceWorkTable({ service, onChange, errorFor }: ServiceEditorProps) {
  return (
    <Internal>
      <Divider label="Consultant work per unit, by support level" labelPosition="left" />
      <Table verticalSpacing={4} aria-label="Work per support level">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Level</Table.Th>
            <Table.Th>Planning hours</Table.Th>
            <Table.Th>Leading hours</Table.Th>
            <Table.Th>Who plans</Table.Th>
            <Table.Th>Who leads</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SUPPORT_LEVELS.map((level) => (
            <Table.Tr key={level}>
              <Table.Td>{SUPPORT_LEVEL_INFO[level].label}</Table.Td>
              {(['planHours', 'leadHours'] as const).map((k) => (
                <Table.Td key={k}>
                  <NumberInput
                    aria-label={`${SUPPORT_LEVEL_INFO[level].label} ${k === 'planHours' ? 'planning' : 'leading'} hours`}
                    min={0}
                    max={24}
                    step={0.25}
                    decimalScale={2}
                    value={service.work[level][k]}
                    onChange={(v) => onChange(`work.${level}.${k}`, v)}
                    error={errorFor(`work.${level}.${k}`)}
                  />
                </Table.Td>
              ))}
              {(['plans', 'leads'] as const).map((k) => (
                <Table.Td key={k}>
                  <Select
                    aria-label={`${SUPPORT_LEVEL_INFO[level].label}: who ${k === 'plans' ? 'plans' : 'leads'}`}
                    data={PARTY_OPTIONS}
                    allowDeselect={false}
                    value={service.work[level][k]}
                    onChange={(v) => v && onChange(`work.${level}.${k}`, v)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Internal>
  );
}
