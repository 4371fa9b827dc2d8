import type { ReactNode } from 'react';
import { Group, Radio, Select, Stack, Tabs, Text } from '@mantine/core';
import type { EngagementMeta } from '@shared/channels/engagement';

export type Source = 'blank' | 'sample' | 'template';

export interface Sample {
  id: string;
  name: string;
  description: string;
}

/** The shipped samples to start from, once they are listed. */
function SampleChoice({
  samples,
  sampleId,
  onChange,
}: {
  samples: readonly Sample[] | null;
  sampleId: string;
  onChange: (id: string) => void;
}) {
  return (
    <>
      {samples === null ? (
        <Text c="dimmed">Loading samples…</Text>
      ) : samples.length === 0 ? (
        <Text c="dimmed">No samples are installed.</Text>
      ) : (
        <Radio.Group
          value={sampleId}
          onChange={onChange}
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
    </>
  );
}

/** Blank, from a sample, or from an engagement: one tab each. */
export function SourceTabs({
  source,
  onSource,
  nameFields,
  samples,
  sampleId,
  onSampleId,
  templates,
  template,
  onTemplate,
}: {
  source: Source;
  onSource: (source: Source) => void;
  /** The engagement's name and client, asked for by the blank and template tabs. */
  nameFields: ReactNode;
  samples: readonly Sample[] | null;
  sampleId: string;
  onSampleId: (id: string) => void;
  templates: readonly EngagementMeta[];
  template: string | null;
  onTemplate: (id: string | null) => void;
}) {
  return (
    <Tabs value={source} onChange={(v) => v && onSource(v as Source)} keepMounted={false}>
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
        <SampleChoice samples={samples} sampleId={sampleId} onChange={onSampleId} />
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
            onChange={onTemplate}
          />
          {nameFields}
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
