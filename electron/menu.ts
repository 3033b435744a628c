import { Menu } from 'electron';
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template';

/**
 * Installs (or replaces) the application menu. Called again whenever the recent-workspace list
 * changes, because Electron menus are immutable once built.
 */
export function installApplicationMenu(options: Omit<MenuTemplateOptions, 'platform'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...options, platform: process.platform })));
}
