import { beforeEach, describe, expect, it, vi } from 'vitest';

const electronStandIn = vi.hoisted(() => ({
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  openExternal: vi.fn(async (_url: string) => undefined),
}));

vi.mock('electron', () => ({
  dialog: { showMessageBox: electronStandIn.showMessageBox },
  shell: { openExternal: electronStandIn.openExternal },
}));

import type { BrowserWindow } from 'electron';
import { allowedExternalUrl, openExternalLink } from '../../electron/external-links';

describe('external links', () => {
  beforeEach(() => {
    electronStandIn.showMessageBox.mockClear();
    electronStandIn.openExternal.mockClear();
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://trusted.example@evil.example/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s without asking or opening anything', async (url) => {
    expect(allowedExternalUrl(url)).toBeNull();
    await expect(openExternalLink(url)).resolves.toBe(false);
    expect(electronStandIn.showMessageBox).not.toHaveBeenCalled();
    expect(electronStandIn.openExternal).not.toHaveBeenCalled();
  });

  it('refuses values that are not strings', async () => {
    for (const value of [undefined, null, 42, { href: 'https://example.com' }]) {
      await expect(openExternalLink(value)).resolves.toBe(false);
    }
    expect(electronStandIn.openExternal).not.toHaveBeenCalled();
  });

  it('asks before opening an https link and opens nothing when the user cancels', async () => {
    electronStandIn.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(openExternalLink('https://www.aicpa-cima.com/')).resolves.toBe(false);
    expect(electronStandIn.showMessageBox).toHaveBeenCalledOnce();
    const options = electronStandIn.showMessageBox.mock.calls[0]![0] as { detail: string; cancelId: number; defaultId: number };
    expect(options.detail).toBe('https://www.aicpa-cima.com/');
    // Pressing Enter or Escape must not open the link.
    expect(options.defaultId).toBe(options.cancelId);
    expect(electronStandIn.openExternal).not.toHaveBeenCalled();
  });

  it('opens the normalised https link after the user agrees, parented to the window', async () => {
    electronStandIn.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const window = { id: 1 } as unknown as BrowserWindow;
    await expect(openExternalLink('HTTPS://Example.COM/a b', window)).resolves.toBe(true);
    expect(electronStandIn.showMessageBox.mock.calls[0]![0]).toBe(window);
    expect(electronStandIn.openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });
});
