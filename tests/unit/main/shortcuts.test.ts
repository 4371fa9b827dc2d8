import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';
import { AppCommandSchema, type AppCommand } from '../../../src/shared/events';
import {
  acceleratorOf,
  keyBindings,
  SHORTCUTS,
  shortcutForCommand,
  toAccelerator,
  worksWhileTyping,
  type ShortcutId,
} from '../../../src/shared/shortcuts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function menuOf(platform: NodeJS.Platform) {
  const sent: AppCommand[] = [];
  const template = buildMenuTemplate(platform, 'Northstar Scope', false, {
    command: (command) => sent.push(command),
    openDataFolder: () => undefined,
    showAbout: () => undefined,
    openHelp: () => undefined,
  });
  return { items: items(template), sent };
}

/** Every row's action, as the page registers them: running one records its id. */
function pageBindings() {
  const ran: ShortcutId[] = [];
  const actions: Partial<Record<ShortcutId, () => void>> = {};
  for (const row of SHORTCUTS) {
    actions[row.id] = () => {
      ran.push(row.id);
    };
  }
  return { bindings: [...keyBindings(actions, true), ...keyBindings(actions, false)], ran };
}

describe('the menu and the page take their shortcuts from one table', () => {
  it("every accelerator in the menu is a key the page handles, with the same row's action", () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = menuOf(platform);
      const withKeys = menu.items.filter((item) => item.accelerator !== undefined);
      expect(withKeys.length, platform).toBe(SHORTCUTS.filter((s) => 'menu' in s).length);
      for (const item of withKeys) {
        // The menu item sends a command…
        (item.click as unknown as () => void)();
        const command = menu.sent.at(-1);
        if (command === undefined) throw new Error(`${String(item.label)} sends nothing`);
        // …the page runs the action of the row that sends it…
        const row = shortcutForCommand(command);
        if (!row) throw new Error(`${command} reaches no action in the page`);
        expect(acceleratorOf(row), String(item.label)).toBe(item.accelerator);
        // …and the page's own handler for that key runs the same action, while typing too.
        const page = pageBindings();
        const binding = page.bindings.find(([key]) => toAccelerator(key) === item.accelerator);
        if (!binding) throw new Error(`The page has no handler for ${String(item.accelerator)}`);
        expect(worksWhileTyping(binding[0])).toBe(true);
        binding[1]();
        expect(page.ran).toEqual([row.id]);
      }
    }
  });

  it('every menu command reaches the page: a row of the table, or the backup it asks for', () => {
    for (const command of AppCommandSchema.options) {
      if (command === 'backup:create') continue;
      expect(shortcutForCommand(command), command).toBeDefined();
    }
  });

  it('the page binds every key of every row once, and no key twice', () => {
    const { bindings } = pageBindings();
    const keys = bindings.map(([key]) => key);
    expect(keys.sort()).toEqual(SHORTCUTS.flatMap((s) => [...s.keys]).sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes Electron's form of a key", () => {
    expect(toAccelerator('mod+shift+M')).toBe('CmdOrCtrl+Shift+M');
    expect(toAccelerator('mod+,')).toBe('CmdOrCtrl+,');
    expect(toAccelerator('alt+ArrowLeft')).toBe('Alt+Left');
    expect(toAccelerator('mod+e')).toBe('CmdOrCtrl+E');
  });
});
