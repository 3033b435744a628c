import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, MAX_RECENT_ITEMS, type MenuTemplateOptions } from '../../electron/menu-template';

function template(overrides: Partial<MenuTemplateOptions> = {}) {
  const send = vi.fn();
  const showDataFolder = vi.fn();
  const menu = buildMenuTemplate({
    platform: 'linux',
    isDevelopment: false,
    productName: 'SOC 2 Workbench',
    recentWorkspaces: [],
    send,
    showDataFolder,
    ...overrides,
  });
  return { menu, send, showDataFolder };
}

function submenuOf(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const top = menu.find((item) => item.label?.replace('&', '') === label);
  if (!top || !Array.isArray(top.submenu)) throw new Error(`no ${label} menu`);
  return top.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`item ${item?.label} has no click`);
  (item.click as () => void)();
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

describe('application menu template', () => {
  it('lists the dashboard and the five steps in order, each with its accelerator and command', () => {
    const { menu, send } = template();
    const go = submenuOf(menu, 'Go').filter((item) => item.type !== 'separator');
    expect(go.map((item) => [item.label, item.accelerator])).toEqual([
      ['Dashboard', 'CmdOrCtrl+0'],
      ['Scope Definition', 'CmdOrCtrl+1'],
      ['Gap Analysis', 'CmdOrCtrl+2'],
      ['Control Implementation', 'CmdOrCtrl+3'],
      ['Testing & Documentation', 'CmdOrCtrl+4'],
      ['Audit & Attestation', 'CmdOrCtrl+5'],
    ]);
    for (const item of go) click(item);
    expect(send.mock.calls.map(([command]) => command)).toEqual(['dashboard', 'step:scope', 'step:gaps', 'step:controls', 'step:testing', 'step:audit']);
  });

  it('has New, Open, Open Recent, Close Workspace and Quit in the File menu', () => {
    const { menu, send } = template();
    const file = submenuOf(menu, 'File');
    const byLabel = (label: string) => file.find((item) => item.label === label);
    expect(byLabel('New Engagement…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Close Workspace')?.accelerator).toBe('CmdOrCtrl+W');
    expect(file.some((item) => item.role === 'quit')).toBe(true);
    click(byLabel('New Engagement…'));
    click(byLabel('Open…'));
    click(byLabel('Close Workspace'));
    expect(send.mock.calls.map(([command]) => command)).toEqual(['new', 'open', 'close']);
  });

  it('offers Open for Review in the File menu, for auditors receiving a workspace', () => {
    const { menu, send } = template();
    const item = submenuOf(menu, 'File').find((entry) => entry.label === 'Open for Review…');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+O');
    click(item);
    expect(send).toHaveBeenCalledWith('open-review');
  });

  it('lists recent workspaces, newest first, and opens one by path', () => {
    const recent = ['/home/ana/Acme & Co.soc2', '/home/ana/Globex.soc2'];
    const { menu, send } = template({ recentWorkspaces: recent });
    const items = submenuOf(submenuOf(menu, 'File'), 'Open Recent');
    expect(items).toHaveLength(2);
    // A literal "&" must survive Windows/Linux mnemonic processing.
    expect(items[0]?.label).toContain('Acme && Co.soc2');
    click(items[1]);
    expect(send).toHaveBeenCalledWith('open-path:/home/ana/Globex.soc2');
  });

  it('caps the recent list and shows a disabled placeholder when it is empty', () => {
    const many = Array.from({ length: 15 }, (_, i) => `/w/${i}.soc2`);
    expect(submenuOf(submenuOf(template({ recentWorkspaces: many }).menu, 'File'), 'Open Recent')).toHaveLength(MAX_RECENT_ITEMS);
    const empty = submenuOf(submenuOf(template().menu, 'File'), 'Open Recent');
    expect(empty).toEqual([{ label: 'No Recent Workspaces', enabled: false }]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => submenuOf(template({ isDevelopment }).menu, 'View').map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('uses the standard edit roles', () => {
    const roles = submenuOf(template().menu, 'Edit').map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('never gives two items the same accelerator (Actual Size leaves Ctrl/Cmd+0 to Dashboard)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = allItems(template({ platform, isDevelopment: true }).menu)
        .map((item) => item.accelerator)
        .filter((a): a is string => typeof a === 'string');
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
    const resetZoom = submenuOf(template().menu, 'View').find((item) => item.role === 'resetZoom');
    expect(resetZoom?.accelerator).not.toBe('CmdOrCtrl+0');
  });

  it('follows macOS conventions: app menu first, Quit not in File, a Window menu without Close', () => {
    const { menu } = template({ platform: 'darwin' });
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenuOf(menu, 'File').some((item) => item.role === 'quit')).toBe(false);
    const windowMenu = submenuOf(menu, 'Window');
    expect(windowMenu.some((item) => item.role === 'close')).toBe(false);
  });

  it('has a Help menu whose data-folder item calls back', () => {
    const { menu, showDataFolder } = template();
    const help = submenuOf(menu, 'Help');
    click(help.find((item) => item.label === 'Show App Data Folder'));
    expect(showDataFolder).toHaveBeenCalledOnce();
    expect(help.some((item) => item.role === 'about')).toBe(true);
  });
});
