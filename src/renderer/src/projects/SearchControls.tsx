import type { RefObject } from 'react';
import { Group, SegmentedControl, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Keys } from '../app/Keys';
import { ENGAGEMENT_STATUS_OPTIONS } from '../engagement/status';
import type { StatusFilter } from './useEngagements';

const FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  ...ENGAGEMENT_STATUS_OPTIONS,
  { value: 'archived', label: 'Archived' },
];

export /** Search as you type, and the status filter. */
function SearchControls({
  inputRef,
  text,
  onText,
  filter,
  onFilter,
  onEnter,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  text: string;
  onText: (text: string) => void;
  filter: StatusFilter;
  onFilter: (filter: StatusFilter) => void;
  onEnter: () => void;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <TextInput
        ref={inputRef}
        label="Search engagements"
        placeholder="Client, name, need, service…"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Keys hotkey="mod+K" />}
        rightSectionWidth={70}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onText('');
          if (e.key === 'Enter') onEnter();
        }}
        w={{ base: '100%', sm: 380 }}
        type="search"
        data-testid="search"
      />
      <SegmentedControl aria-label="Show" data={FILTERS} value={filter} onChange={onFilter} />
    </Group>
  );
}
