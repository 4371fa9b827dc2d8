import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  INVOICING_METHOD_LABELS,
  InvoicingMethodSchema,
  type InvoicingMethod,
  type Milestone,
} from '../../../../../shared/domain';
import { ListEditor } from '../../../components/ListEditor';
import { newId } from '../../../ids';
import { DateField } from '../../budget-timeline/BudgetTimelineStep';
import { useEngagementForm } from '../../context';
import { useInput, useSetField } from '../../fields';

/** When the agreement takes effect, the purchase order, and how invoices go out. */
export function AgreementFields() {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const sow = form.values.scopeOfWork;
  const { timeline } = form.values;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField path="scopeOfWork.effectiveDate" label="Effective date" clearable />
        <TextInput
          label="Purchase order number"
          description="Printed on the cover, the invoices and the agreement."
          placeholder="Issued by the district"
          {...input('scopeOfWork.purchaseOrder')}
        />
        <NumberInput
          label="Invoices payable within (days)"
          min={0}
          max={120}
          allowDecimal={false}
          {...input('scopeOfWork.invoicing.netDays')}
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
          value={sow.invoicing.method}
          onChange={(m) => set('scopeOfWork.invoicing.method', m)}
        />
      </div>
      {sow.invoicing.method === 'by_milestone' && (
        <ListEditor<Milestone>
          path="scopeOfWork.invoicing.milestones"
          items={sow.invoicing.milestones}
          noun="milestone"
          itemName={(m) => m.name}
          empty="No milestones yet: everything would be invoiced at the end of the window."
          newItem={() => ({ id: newId(), name: '', date: timeline.end })}
          renderItem={(_m, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Milestone"
                placeholder="e.g. Fall institute and coaching"
                {...input(`${base}.name`)}
              />
              <DateField path={`${base}.date`} label="Invoiced on" />
            </SimpleGrid>
          )}
        />
      )}
    </Stack>
  );
}
