import { Group, Kbd } from '@mantine/core';
import { keyParts } from './shortcuts';

/** A hotkey drawn as keycaps: Ctrl + ]. */
export function Keys({ hotkey }: { hotkey: string }) {
  return (
    <Group gap={4} wrap="nowrap" component="span" display="inline-flex" style={{ verticalAlign: 'middle' }}>
      {keyParts(hotkey).map((part) => (
        <Kbd key={part} size="xs">
          {part}
        </Kbd>
      ))}
    </Group>
  );
}
