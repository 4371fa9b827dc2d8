import { Image, Paper, Stack, Text } from '@mantine/core';
import { isPlaceholderProfile } from '@shared/channels/settings';
import type { ConsultancyProfile } from '@shared/domain';

/** The scope of work's cover in the consultancy's colours, logo and name, as they are typed. */
export function CoverPreview({ profile: v }: { profile: ConsultancyProfile }) {
  return (
    <>
      <Text size="sm" fw={500} mb={6}>
        How the scope of work will look
      </Text>
      <Paper withBorder shadow="sm" p={0} style={{ overflow: 'hidden' }} aria-label="Cover preview">
        <div style={{ background: v.primaryColour, height: 10 }} />
        <Stack p="lg" gap={6} mih={260}>
          {v.logo ? <Image src={v.logo} alt="Your logo" h={48} w="auto" fit="contain" /> : null}
          <div style={{ background: v.accentColour, height: 3, width: 48, borderRadius: 2 }} />
          <Text size="xs" tt="uppercase" fw={700} c="gray.8" style={{ letterSpacing: 1 }}>
            Scope of work
          </Text>
          <Text fw={700} size="xl" style={{ color: v.primaryColour }}>
            Literacy coaching 2025–26
          </Text>
          <Text size="sm">Prepared for Riverside Unified School District</Text>
          <Text size="sm" c="dimmed" mt="auto">
            {isPlaceholderProfile(v) ? 'Your consultancy’s name' : v.name}
            {v.website ? ` · ${v.website}` : ''}
          </Text>
        </Stack>
        <div style={{ background: v.accentColour, height: 4 }} />
      </Paper>
    </>
  );
}
