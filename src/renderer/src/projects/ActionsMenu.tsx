import { ActionIcon, Menu } from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconCopy,
  IconDots,
  IconFolderOpen,
  IconTemplate,
  IconTrash,
} from '@tabler/icons-react';
import type { EngagementMeta } from '@shared/channels/engagement';
import { deleteEngagement, duplicateEngagement, setArchived } from './engagement-actions';
import { openEngagement } from './rows';

/** What a row or a card can do besides opening: start a new engagement from it, reload the list. */
export interface RowActions {
  onTemplate: (meta: EngagementMeta) => void;
  reload: () => void;
}

/** A row's menu: open, duplicate, start from it, archive, delete. */
export function ActionsMenu({ meta, onTemplate, reload }: { meta: EngagementMeta } & RowActions) {
  const archived = meta.archivedAt !== null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${meta.name}`}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconFolderOpen size={16} aria-hidden />}
          onClick={() => openEngagement(meta.id)}
        >
          Open
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCopy size={16} aria-hidden />}
          onClick={() => void duplicateEngagement(meta, () => reload())}
        >
          Duplicate
        </Menu.Item>
        <Menu.Item leftSection={<IconTemplate size={16} aria-hidden />} onClick={() => onTemplate(meta)}>
          New engagement from this one…
        </Menu.Item>
        <Menu.Item
          leftSection={
            archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />
          }
          onClick={() => void setArchived(meta, !archived, reload)}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => void deleteEngagement(meta, reload)}
        >
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
