import { Modal, Table, Text } from '@mantine/core';
import { Keys } from './Keys';
import { SHORTCUTS } from './shortcuts';

const WHERE = {
  anywhere: 'Anywhere',
  engagement: 'In an engagement',
  projects: 'On the home screen',
} as const;

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg">
      <Table verticalSpacing="xs" aria-label="Keyboard shortcuts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            <Table.Th>Keys</Table.Th>
            <Table.Th>Where</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.label}</Table.Td>
              <Table.Td>
                {s.keys.map((k, i) => (
                  <span
                    key={k}
                    style={{ display: 'inline-flex', alignItems: 'center', gap: 6, marginRight: 8 }}
                  >
                    {i > 0 && (
                      <Text span size="xs" c="dimmed">
                        or
                      </Text>
                    )}
                    <Keys hotkey={k} />
                  </span>
                ))}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {WHERE[s.where]}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="md">
        Tab and Shift+Tab move between fields; Enter or Space presses the focused button; Escape closes a
        dialog.
      </Text>
    </Modal>
  );
}
