import { beforeEach, describe, expect, it, vi } from 'vitest';

const electronStandIn = vi.hoisted(() => ({
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/home/me/received.soc2'] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '/home/me/typed name' })),
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/me/Documents' },
  dialog: { showOpenDialog: electronStandIn.showOpenDialog, showSaveDialog: electronStandIn.showSaveDialog },
}));

import { chooseWorkspacePath, parseWorkspacePurpose } from '../../electron/workspace-dialogs';

const lastOptions = (mock: { mock: { calls: unknown[][] } }) => mock.mock.calls.at(-1)![0] as { title: string; filters: { extensions: string[] }[]; defaultPath?: string; properties: string[] };

describe('native file dialogs', () => {
  beforeEach(() => {
    electronStandIn.showOpenDialog.mockClear();
    electronStandIn.showSaveDialog.mockClear();
  });

  it('accepts only the purposes it knows', () => {
    for (const purpose of ['open', 'create', 'open-review', 'open-review-file', 'save-review-file', 'save-report']) expect(parseWorkspacePurpose({ purpose })).toBe(purpose);
    for (const raw of [{ purpose: 'save-anything' }, { purpose: 'toString' }, 'open', null, {}]) expect(parseWorkspacePurpose(raw)).toBeNull();
  });

  it('opens a received workspace for review and an auditor’s review file with their own filters', async () => {
    expect(await chooseWorkspacePath(null, 'open-review')).toBe('/home/me/received.soc2');
    expect(lastOptions(electronStandIn.showOpenDialog)).toMatchObject({ title: 'Open a Received Workspace for Review', filters: [{ extensions: ['soc2'] }], properties: ['openFile'] });
    await chooseWorkspacePath(null, 'open-review-file');
    expect(lastOptions(electronStandIn.showOpenDialog)).toMatchObject({ filters: [{ extensions: ['soc2review'] }] });
  });

  it('saves a review file and a report with the right extension even when the name is typed without it', async () => {
    expect(await chooseWorkspacePath(null, 'save-review-file')).toBe('/home/me/typed name.soc2review');
    expect(lastOptions(electronStandIn.showSaveDialog)).toMatchObject({ defaultPath: '/home/me/Documents/Review.soc2review', filters: [{ extensions: ['soc2review'] }] });
    expect(lastOptions(electronStandIn.showSaveDialog).properties).not.toContain('showOverwriteConfirmation');
    expect(await chooseWorkspacePath(null, 'save-report')).toBe('/home/me/typed name.pdf');
    expect(lastOptions(electronStandIn.showSaveDialog)).toMatchObject({ filters: [{ extensions: ['pdf'] }], properties: ['createDirectory', 'showOverwriteConfirmation'] });
    electronStandIn.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await chooseWorkspacePath(null, 'save-report')).toBeNull();
  });
});
