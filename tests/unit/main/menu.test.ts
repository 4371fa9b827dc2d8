import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutDetail, buildMenuTemplate, type MenuActions } from '../../../src/main/menu';
import type { AppCommand } from '../../../src/shared/events';

function build(platform: NodeJS.Platform, isDev = false) {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (c: AppCommand) => calls.push(c),
    openDataFolder: () => calls.push('openDataFolder'),
    showAbout: () => calls.push('about'),
    openHelp: () => calls.push('help'),
  };
  return { template: buildMenuTemplate(platform, 'Northstar Scope', isDev, actions), calls };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string) {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`No menu item ${label}`);
  return item;
}

function click(item: MenuItemConstructorOptions) {
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it('has the usual menus on Windows and Linux, with About under Help', () => {
    const { template } = build('win32');
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(find(template, 'About Northstar Scope')).toBeDefined();
    expect(items(template).some((i) => i.role === 'quit')).toBe(true);
  });

  it('leads with the app menu on macOS, holding About, Settings and Quit', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Northstar Scope');
    const appItems = items([template[0] ?? {}]).map((i) => i.label ?? i.role);
    expect(appItems).toEqual(expect.arrayContaining(['About Northstar Scope', 'Settings…', 'quit']));
    expect(items(template.slice(1)).some((i) => i.role === 'quit')).toBe(false);
  });

  it("sends the app's own commands with platform accelerators", () => {
    const { template, calls } = build('linux');
    const expected: [string, string, string][] = [
      ['New Engagement', 'CmdOrCtrl+N', 'engagement:new'],
      ['Import Project File…', 'CmdOrCtrl+O', 'project:import'],
      ['Export Project File…', 'CmdOrCtrl+Shift+S', 'project:export'],
      ['Export Scope of Work PDF…', 'CmdOrCtrl+E', 'scope:export'],
      ['Meeting Mode', 'CmdOrCtrl+Shift+M', 'view:meetingMode'],
      ['Keyboard Shortcuts', 'CmdOrCtrl+/', 'help:shortcuts'],
    ];
    for (const [label, accelerator] of expected) expect(find(template, label).accelerator).toBe(accelerator);
    for (const [label] of expected) click(find(template, label));
    click(find(template, 'Back Up Now'));
    click(find(template, 'Open Data Folder'));
    expect(calls).toEqual([...expected.map(([, , command]) => command), 'backup:create', 'openDataFolder']);
  });

  it('no two items share an accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = items(build(platform, true).template)
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('offers devtools and reload only in development', () => {
    expect(items(build('linux', false).template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(build('linux', true).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('the About box says which version this is and where the data lives', () => {
    const text = aboutDetail({
      version: '1.2.3',
      dataDir: '/home/ana/.config/Northstar Scope',
      versions: { electron: '45.4.1', node: '24.1.0' },
    });
    expect(text).toContain('Version 1.2.3');
    expect(text).toContain('/home/ana/.config/Northstar Scope');
    expect(text).toContain('Electron 45.4.1');
  });
});
