import { Badge, Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { SUPPORT_LEVEL_INFO, SUPPORT_LEVELS, type SupportLevel } from '@shared/domain';
import { useDraftSelect, useReading, useWorkspace } from '../context';
import { TextareaField } from '../fields';

/** Follow the advice or choose another level, and say why when it is overridden. */
export function LevelChoice() {
  const { draft } = useWorkspace();
  const { advice } = useReading();
  const choice = useDraftSelect((e) => e.supportLevel);
  const effective = choice.chosen ?? advice.recommended;
  const overriding = choice.chosen !== null && choice.chosen !== advice.recommended;

  const choose = (level: SupportLevel) => {
    draft.set('supportLevel.recommended', advice.recommended);
    draft.set('supportLevel.chosen', level === advice.recommended ? null : level);
  };

  return (
    <>
      <Radio.Group
        value={effective}
        onChange={(v) => choose(v)}
        label="Support level"
        aria-describedby="level-help"
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="xs">
          {SUPPORT_LEVELS.map((level) => {
            const info = SUPPORT_LEVEL_INFO[level];
            return (
              <Radio.Card key={level} value={level} p="md" radius="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Group gap={6}>
                      <Text fw={650}>{info.label}</Text>
                      {level === advice.recommended && (
                        <Badge size="xs" variant="light">
                          Advised
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed" mt={4}>
                      {info.summary}
                    </Text>
                    <Text size="sm" mt={6}>
                      <b>Consultant:</b> {info.consultantRole}
                    </Text>
                    <Text size="sm">
                      <b>District:</b> {info.districtRole}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
      <Text id="level-help" size="xs" c="dimmed">
        The level changes the work: who plans, who leads, and the consultant hours behind each session.
      </Text>
      {overriding && (
        <Stack gap="xs">
          <TextareaField
            path="supportLevel.overrideReason"
            label={`Why ${SUPPORT_LEVEL_INFO[effective].label.toLowerCase()} rather than the advised ${SUPPORT_LEVEL_INFO[advice.recommended].label.toLowerCase()}?`}
            description="Kept with the plan and shown in the scope of work."
            autosize
            minRows={2}
            error={
              choice.overrideReason.trim() === '' ? 'Say why, so the choice is understood later' : undefined
            }
          />
          <div>
            <Button variant="subtle" size="compact-sm" onClick={() => choose(advice.recommended)}>
              Follow the advice instead
            </Button>
          </div>
        </Stack>
      )}
    </>
  );
}
