/**
 * IPC channel names used by main. preload.ts cannot import this file (a sandboxed preload may only
 * `require('electron')`), so it repeats the names; tests/unit/electron-preload.test.ts fails if the
 * two ever differ.
 */
export const IPC_CHANNELS = {
  /** renderer → main: one API call, `(method, args)`, answered with an ApiResponse. */
  api: 'soc2:api',
  /** renderer → main: native open/save dialog for a .soc2 file. */
  chooseWorkspace: 'soc2:choose-workspace',
  /** renderer → main: open an https link after the user confirms. */
  openExternal: 'soc2:open-external',
  /** main → renderer: a menu command or shell event ('open', 'step:gaps', 'open-path:<path>', ...). */
  menuCommand: 'soc2:menu-command',
  /** renderer → main: the page is listening for menu commands, so queued ones can be delivered. */
  shellReady: 'soc2:shell-ready',
} as const;
