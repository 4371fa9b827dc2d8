import { useEffect, useState } from 'react';
import { Button, Group, Modal, Radio, Select, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useForm, schemaResolver } from '@mantine/form';
import { z } from 'zod';
import { NameSchema } from '../../../shared/domain';
import type { EngagementMeta } from '../../../shared/channels/engagement';
import { api, call, errorText } from '../api';

type Source = 'blank' | 'sample' | 'template';

interface Sample {
  id: string;
  name: string;
  description: string;
}

const BlankSchema = z.object({
  name: NameSchema('Engagement name'),
  clientName: z.string().trim().max(300, { error: 'Client name is too long (300 characters at most)' }),
});

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  /** Engagements to start from, newest first. */
  templates: readonly EngagementMeta[];
  /** Pre-selects one engagement as the template ("Use as template" in a row's menu). */
  templateId?: string | null;
  initialSource?: Source;
}

/** New engagement: blank, from a shipped sample, or from an existing engagement as a template. */
export function NewEngagementModal({
  opened,
  onClose,
  onCreated,
  templates,
  templateId,
  initialSource,
}: Props) {
  const [source, setSource] = useState<Source>(initialSource ?? (templateId ? 'template' : 'blank'));
  const [samples, setSamples] = useState<Sample[] | null>(null);
  const [sampleId, setSampleId] = useState<string>('');
  const [template, setTemplate] = useState<string | null>(templateId ?? null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', clientName: '' },
    validate: schemaResolver(BlankSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  useEffect(() => {
    if (!opened || samples !== null) return;
    call(api.engagement.samples()).then(
      (list) => {
        setSamples(list);
        setSampleId((current) => current || (list[0]?.id ?? ''));
      },
      () => setSamples([]),
    );
  }, [opened, samples]);

  const create = async (values: { name: string; clientName: string } | null) => {
    setBusy(true);
    setFailure(null);
    try {
      const created =
        values === null
          ? await call(api.engagement.create({ from: 'sample', sampleId }))
          : source === 'template'
            ? await call(
                api.engagement.create({
                  from: 'template',
                  engagementId: template ?? '',
                  name: values.name,
                  clientName: values.clientName,
                }),
              )
            : await call(
                api.engagement.create({ from: 'blank', name: values.name, clientName: values.clientName }),
              );
      form.reset();
      onCreated(created.engagement.id);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: React.SyntheticEvent<HTMLFormElement>) => {
    if (source === 'sample') {
      event.preventDefault();
      if (!sampleId) setFailure('Choose a sample');
      else void create(null);
      return;
    }
    if (source === 'template' && !template) {
      event.preventDefault();
      setFailure('Choose the engagement to start from');
      return;
    }
    form.onSubmit((values) => create(values))(event);
  };

  const nameFields = (
    <>
      <TextInput
        label="Engagement name"
        placeholder="e.g. Literacy coaching 2025–26"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Client"
        placeholder="e.g. Riverside Unified School District"
        {...form.getInputProps('clientName')}
      />
    </>
  );

  return (
    <Modal opened={opened} onClose={onClose} title="New engagement" size="lg">
      <form onSubmit={submit} noValidate>
        <Tabs value={source} onChange={(v) => v && setSource(v as Source)} keepMounted={false}>
          <Tabs.List grow>
            <Tabs.Tab value="blank">Blank</Tabs.Tab>
            <Tabs.Tab value="sample">From a sample</Tabs.Tab>
            <Tabs.Tab value="template" disabled={templates.length === 0}>
              From an engagement
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="blank" pt="md">
            <Stack gap="sm">
              {nameFields}
              <Text size="sm" c="dimmed">
                Starts with your default rate card and service catalog from Settings.
              </Text>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="sample" pt="md">
            {samples === null ? (
              <Text c="dimmed">Loading samples…</Text>
            ) : samples.length === 0 ? (
              <Text c="dimmed">No samples are installed.</Text>
            ) : (
              <Radio.Group
                value={sampleId}
                onChange={setSampleId}
                label="Sample engagements"
                description="A complete engagement to explore or adapt; it becomes your own draft."
              >
                <Stack gap="xs" mt="xs">
                  {samples.map((s) => (
                    <Radio.Card key={s.id} value={s.id} p="sm">
                      <Group wrap="nowrap" align="flex-start">
                        <Radio.Indicator />
                        <div>
                          <Text fw={600}>{s.name}</Text>
                          <Text size="sm" c="dimmed">
                            {s.description}
                          </Text>
                        </div>
                      </Group>
                    </Radio.Card>
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="template" pt="md">
            <Stack gap="sm">
              <Select
                label="Start from"
                description="Its needs, inventory, drivers and plan are copied; exported versions are not."
                data={templates.map((t) => ({
                  value: t.id,
                  label: t.clientName ? `${t.name} (${t.clientName})` : t.name,
                }))}
                searchable
                value={template}
                onChange={setTemplate}
              />
              {nameFields}
            </Stack>
          </Tabs.Panel>
        </Tabs>
        {failure && (
          <Text c="red.8" size="sm" mt="sm" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Create engagement
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
