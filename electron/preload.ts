import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiArgs, ApiMethod, ApiResult } from '../core/api/contract';
import type { ApiResponse } from '../core/api/errors';

/*
 * Runs in the sandboxed renderer before the page. A sandboxed preload can `require('electron')` and a
 * handful of built-ins, but not other files, so this file must stay self-contained: only `import type`
 * from the rest of the project (erased when compiled). tests/unit/electron-preload.test.ts checks the
 * compiled output requires nothing but 'electron', and that the lists below match their sources.
 */

/**
 * Every API method, in contract order. A copy, because this file cannot import the contract at run
 * time; the type check below fails the build if one is missing, and a unit test checks the order.
 */
export const API_METHOD_NAMES = [
  'host.info',
  'workspace.list',
  'workspace.create',
  'workspace.open',
  'workspace.openDemo',
  'workspace.current',
  'workspace.close',
  'engagement.get',
  'engagement.update',
  'activity.list',
  'activity.verify',
  'job.get',
  'job.cancel',
  'catalog.get',
  'catalog.policyPreview',
  'library.list',
  'library.inspect',
  'library.save',
  'workspace.createFromLibrary',
  'scope.summary',
  'scope.guidance',
  'scope.confirm',
  'profile.get',
  'profile.update',
  'description.list',
  'description.update',
  'cuec.list',
  'cuec.add',
  'cuec.update',
  'cuec.remove',
  'csoc.add',
  'csoc.update',
  'csoc.remove',
  'system.list',
  'system.add',
  'system.update',
  'system.remove',
  'system.previewCsv',
  'system.importCsv',
  'system.exportCsv',
  'vendor.list',
  'vendor.add',
  'vendor.update',
  'vendor.remove',
  'vendor.previewCsv',
  'vendor.importCsv',
  'vendor.exportCsv',
  'assessment.list',
  'assessment.update',
  'assessment.setStatus',
  'remediation.list',
  'remediation.add',
  'remediation.update',
  'remediation.remove',
  'controls.list',
  'controls.adopt',
  'controls.setStatus',
  'controls.setMapping',
  'readiness.get',
  'dashboard.get',
  'gaps.exportCsv',
  'controls.overview',
  'controls.adoptRecommended',
  'controls.create',
  'controls.update',
  'controls.bulkUpdate',
  'controls.retire',
  'controls.restore',
  'controls.setCriteria',
  'controls.setPolicies',
  'controls.setSystems',
  'controls.schedule',
  'coverage.get',
  'controls.attention',
  'policy.list',
  'policy.get',
  'policy.createFromTemplates',
  'policy.create',
  'policy.update',
  'policy.saveDraft',
  'policy.approve',
  'policy.remove',
  'policy.previewAcknowledgements',
  'policy.importAcknowledgements',
  'policy.exportPdf',
  'checklist.get',
  'checklist.waive',
  'checklist.unwaive',
  'auditDraft.get',
  'auditDraft.save',
  'auditDraft.reset',
  'seal.create',
  'seal.list',
  'package.build',
  'package.folder',
  'pbc.list',
  'pbc.add',
  'pbc.update',
  'pbc.remove',
  'pbc.previewCsv',
  'pbc.importCsv',
  'auditException.list',
  'auditException.add',
  'auditException.respond',
  'auditException.setStatus',
  'finalReport.get',
  'finalReport.record',
  'finalReport.clear',
  'review.open',
  'review.current',
  'review.report',
  'review.exportReport',
  'review.evidence',
  'review.setReviewer',
  'review.addRequest',
  'review.addNote',
  'review.drawSample',
  'review.removeItem',
  'review.save',
  'review.close',
  'review.listFiles',
  'review.import',
  'review.imported',
  'evidence.overview',
  'evidence.import',
  'evidence.list',
  'evidence.get',
  'evidence.update',
  'evidence.remove',
  'evidence.export',
  'evidence.read',
  'population.list',
  'population.import',
  'population.rows',
  'population.update',
  'population.remove',
  'readinessTest.list',
  'readinessTest.get',
  'readinessTest.save',
  'readinessTest.conclude',
  'sample.draw',
  'sample.remove',
  'sample.setResult',
  'readinessException.add',
  'readinessException.update',
  'readinessException.remove',
  'sampleSize.get',
  'sampleSize.set',
  'periodCoverage.get',
  'periodCoverage.markNotOccurred',
  'periodCoverage.clearNotOccurred',
] as const satisfies readonly ApiMethod[];

// When a method is added to the contract, the build fails here naming it, until it is listed above.
type UnlistedMethod = Exclude<ApiMethod, (typeof API_METHOD_NAMES)[number]>;
const everyMethodListed: [UnlistedMethod] extends [never] ? true : `add to API_METHOD_NAMES in electron/preload.ts: ${UnlistedMethod}` = true;
void everyMethodListed;

/** Same values as electron/ipc-channels.ts (which this file cannot import). */
export const PRELOAD_CHANNELS = {
  api: 'soc2:api',
  chooseWorkspace: 'soc2:choose-workspace',
  openExternal: 'soc2:open-external',
  menuCommand: 'soc2:menu-command',
  shellReady: 'soc2:shell-ready',
} as const;

/** `window.soc2api`: one function per API method, each resolving to the ApiResponse. */
export type Soc2Api = { [M in ApiMethod]: (args?: ApiArgs<M>) => Promise<ApiResponse<ApiResult<M>>> };

/** `window.soc2shell`: what the page needs from the desktop shell besides the API. */
export interface Soc2Shell {
  /** Native open/save dialog; the purposes are those of electron/workspace-dialogs.ts (which this file cannot import). */
  chooseWorkspace(request: { purpose: 'open' | 'create' | 'open-review' | 'open-review-file' | 'save-review-file' | 'save-report' }): Promise<string | null>;
  openExternal(url: string): Promise<boolean>;
  /** Subscribes to menu commands ('new', 'open', 'step:gaps', 'open-path:<path>', ...); returns the unsubscribe. */
  onMenuCommand(callback: (command: string) => void): () => void;
}

// Built from the list, one named function each: the page gets no generic invoke and cannot reach
// any other channel, whatever string it makes up.
function buildApi(): Soc2Api {
  const api: Record<string, (args?: unknown) => Promise<unknown>> = {};
  for (const name of API_METHOD_NAMES) {
    api[name] = (args?: unknown) => ipcRenderer.invoke(PRELOAD_CHANNELS.api, name, args);
  }
  return api as Soc2Api;
}

const shell: Soc2Shell = {
  chooseWorkspace: (request) => ipcRenderer.invoke(PRELOAD_CHANNELS.chooseWorkspace, { purpose: request?.purpose }),
  openExternal: (url) => ipcRenderer.invoke(PRELOAD_CHANNELS.openExternal, String(url)),
  onMenuCommand: (callback) => {
    if (typeof callback !== 'function') throw new TypeError('onMenuCommand needs a function');
    // The IPC event (with its `sender`) stays on this side; the page only ever sees the string.
    const listener = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string') callback(command);
    };
    ipcRenderer.on(PRELOAD_CHANNELS.menuCommand, listener);
    ipcRenderer.send(PRELOAD_CHANNELS.shellReady);
    return () => {
      ipcRenderer.removeListener(PRELOAD_CHANNELS.menuCommand, listener);
    };
  },
};

contextBridge.exposeInMainWorld('soc2api', buildApi());
contextBridge.exposeInMainWorld('soc2shell', shell);
