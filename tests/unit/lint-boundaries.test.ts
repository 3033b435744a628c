import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints a snippet as if it lived at `file`, returning the messages of the boundary rules only. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('lint enforces the process boundaries', () => {
  it('keeps Node, electron, db/ and core/ runtime code out of the renderer', async () => {
    const file = 'renderer/src/screens/Example.tsx';
    expect(await boundaryErrors(file, "import fs from 'node:fs';\nexport const a = fs;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import path from 'path';\nexport const a = path;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { openWorkspace } from '../../../db/open-workspace';\nexport const a = openWorkspace;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import type { Workspace } from '../../../db/workspace';\nexport type A = Workspace;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { createCoreHost } from '../../../core/host';\nexport const a = createCoreHost;")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { apiSchemas } from '../../../core/api/contract';\nexport const a = apiSchemas;")).toHaveLength(1);
  });

  it('allows the renderer type-only imports of the API contract', async () => {
    const file = 'renderer/src/screens/Example.tsx';
    expect(await boundaryErrors(file, "import type { ApiMethod } from '../../../core/api/contract';\nexport type A = ApiMethod;")).toEqual([]);
    expect(await boundaryErrors(file, "import type { WorkspaceSummary } from '../../../core/api/types';\nexport type A = WorkspaceSummary;")).toEqual([]);
  });

  it('keeps electron and UI code out of db/ and core/, and core/ out of db/', async () => {
    expect(await boundaryErrors('core/example.ts', "import { app } from 'electron';\nexport const a = app;")).toHaveLength(1);
    expect(await boundaryErrors('core/example.ts', "import { App } from '../renderer/src/app/App';\nexport const a = App;")).toHaveLength(1);
    expect(await boundaryErrors('db/example.ts', "import { BrowserWindow } from 'electron';\nexport const a = BrowserWindow;")).toHaveLength(1);
    expect(await boundaryErrors('db/example.ts', "import { APP_VERSION } from '../core/paths';\nexport const a = APP_VERSION;")).toHaveLength(1);
    expect(await boundaryErrors('core/example.ts', "import fs from 'node:fs';\nimport { openWorkspace } from '../db/open-workspace';\nexport const a = [fs, openWorkspace];")).toEqual([]);
  });
});
