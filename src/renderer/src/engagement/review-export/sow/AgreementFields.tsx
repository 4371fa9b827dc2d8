import { SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  INVOICING_METHOD_LABELS,
  InvoicingMethodSchema,
  type InvoicingMethod,
  type Milestone,
} from '@shared/domain';
import { ListEditor } from '../../ListEditor';
import { newId } from '../../../ids';
import { useDraftSelect } from '../../context';
import { DateField, NumberField, TextField, useSetField } from '../../fields';

/** When the agreement takes effect, the purchase order, and how invoices go out. */
export function AgreementFields() {
  const set = useSetField();
  const method = useDraftSelect((e) => e.scopeOfWork.invoicing.method);
  const end = useDraftSelect((e) => e.timeline.end);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField path="scopeOfWork.effectiveDate" label="Effective date" clearable />
        <TextField
          path="scopeOfWork.purchaseOrder"
          label="Purchase order number"
          description="Printed on the cover, the invoices and the agreement."
          placeholder="Issued by the district"
        />
        <NumberField
          path="scopeOfWork.invoicing.netDays"
          label="Invoices payable within (days)"
          min={0}
          max={120}
          allowDecimal={false}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        With no effective date, the agreement takes effect when both parties have signed. The period of
        performance is the engagement window.
      </Text>
      <div>
        <Text size="sm" fw={500} id="invoicing-method">
          Invoicing
        </Text>
        <SegmentedControl<InvoicingMethod>
          aria-labelledby="invoicing-method"
          mt={4}
          data={InvoicingMethodSchema.options.map((m) => ({ value: m, label: INVOICING_METHOD_LABELS[m] }))}
          value={method}
          onChange={(m) => set('scopeOfWork.invoicing.method', m)}
        />
      </div>
      {method === 'by_milestone' && (
        <ListEditor<Milestone>
          path="scopeOfWork.invoicing.milestones"
          noun="milestone"
          itemName={(m) => m.name}
          empty="No milestones yet: everything would be invoiced at the end of the window."
          newItem={() => ({ id: newId(), name: '', date: end })}
          renderItem={(_m, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextField
                path={`${base}.name`}
                label="Milestone"
                placeholder="e.g. Fall institute and coaching"
              />
              <DateField path={`${base}.date`} label="Invoiced on" />
            </SimpleGrid>
          )}
        />
      )}
    </Stack>
  );
}
