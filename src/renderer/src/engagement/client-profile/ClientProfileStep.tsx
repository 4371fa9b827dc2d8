import { newId } from '../../ids';
import { Grid, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { ORGANIZATION_TYPE_LABELS, type Campus, type Contact } from '../../../../shared/domain';
import { ListEditor } from '../../components/ListEditor';
import { useEngagementForm } from '../context';
import { useInput } from '../fields';
import { Section, StepFrame } from '../StepFrame';

const ORGANIZATION_OPTIONS = Object.entries(ORGANIZATION_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_OPTIONS = MONTHS.map((label, i) => ({ value: String(i + 1), label }));

export function ClientProfileStep() {
  const form = useEngagementForm();
  const input = useInput();
  const { client } = form.values;
  const fiscal = input('client.fiscalYearStartMonth');

  return (
    <StepFrame>
      <Section title="Organization">
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              label="Engagement name"
              description="How you and the district refer to this work"
              {...input('name')}
              data-autofocus
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput
              label="Client name"
              placeholder="e.g. Riverside Unified School District"
              {...input('client.name')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Select
              label="Organization"
              data={ORGANIZATION_OPTIONS}
              allowDeselect={false}
              {...input('client.organizationType')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label="Region"
              placeholder="e.g. Central Texas, Region 13"
              {...input('client.region')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Select
              label="Fiscal year starts in"
              data={MONTH_OPTIONS}
              allowDeselect={false}
              {...fiscal}
              value={String(client.fiscalYearStartMonth)}
              onChange={(v) => {
                if (v) form.setFieldValue('client.fiscalYearStartMonth', Number(v));
              }}
            />
          </Grid.Col>
        </Grid>
      </Section>

      <Section
        title="People the learning reaches"
        description="Counts across the organization; campuses can carry their own teacher counts below."
      >
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          <NumberInput
            label="Teachers"
            min={0}
            allowDecimal={false}
            {...input('client.educators.teachers')}
          />
          <NumberInput
            label="Instructional coaches"
            min={0}
            allowDecimal={false}
            {...input('client.educators.coaches')}
          />
          <NumberInput
            label="Principals"
            min={0}
            allowDecimal={false}
            {...input('client.educators.principals')}
          />
          <NumberInput
            label="Central office"
            min={0}
            allowDecimal={false}
            {...input('client.educators.centralOffice')}
          />
          <NumberInput
            label="Students"
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            {...input('client.students')}
          />
        </SimpleGrid>
      </Section>

      <Section title="Contacts">
        <ListEditor<Contact>
          path="client.contacts"
          items={client.contacts}
          noun="contact"
          itemName={(c) => c.name}
          empty="No contacts yet. Add the people you meet with: superintendent, curriculum director, PD lead."
          newItem={() => ({ id: newId(), name: '', role: '', email: '', phone: '' })}
          renderItem={(_c, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
              <TextInput label="Name" {...input(`${base}.name`)} />
              <TextInput label="Role" placeholder="e.g. Director of PD" {...input(`${base}.role`)} />
              <TextInput label="Email" type="email" {...input(`${base}.email`)} />
              <TextInput label="Phone" type="tel" {...input(`${base}.phone`)} />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section title="Campuses">
        <ListEditor<Campus>
          path="client.campuses"
          items={client.campuses}
          noun="campus"
          itemName={(c) => c.name}
          empty="No campuses yet. Add them if the work reaches campuses one by one."
          newItem={() => ({ id: newId(), name: '', gradeBand: '', teachers: 0 })}
          renderItem={(_c, _i, base) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label="Campus name" {...input(`${base}.name`)} />
              <TextInput label="Grade band" placeholder="e.g. K–5" {...input(`${base}.gradeBand`)} />
              <NumberInput label="Teachers" min={0} allowDecimal={false} {...input(`${base}.teachers`)} />
            </SimpleGrid>
          )}
        />
      </Section>

      <Section
        title="Meeting notes"
        description="What you heard, in their words; for your team, kept with the engagement."
      >
        <Textarea aria-label="Meeting notes" autosize minRows={3} maxRows={12} {...input('notes')} />
      </Section>
    </StepFrame>
  );
}
