import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWorkspace } from '../../db/create-workspace';
import type { Benchmark } from './bench-types';
import { MIB, runChild } from './bench-helpers';
import { fillWithEvidence } from './build-large-workspace';

const ITEMS = 10_000;
const BYTES = 2048 * MIB;

interface ChildResult {
  openMs: number;
  totalMs: number;
  items: number;
  quickMs: number;
  fullMs: number;
}

/**
 * A workspace holding 2 GiB of evidence in 10 000 items: opening it and answering the first calls of
 * the dashboard and the evidence list must take under a second, whatever the evidence adds up to.
 */
export const openLargeWorkspaceBenchmark: Benchmark = {
  name: 'open-large-workspace',
  description: `open a workspace with ${ITEMS.toLocaleString('en')} evidence items (2 GiB) and show the dashboard`,
  async run(log) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-bench-open-'));
    try {
      const file = path.join(dir, 'large.soc2');
      log('building the workspace…');
      const workspace = createWorkspace(file, { organisationName: 'Bench', actor: 'bench', appVersion: 'bench', catalogVersion: 'bench' });
      fillWithEvidence(workspace, ITEMS, BYTES);
      workspace.close();
      log(`workspace file: ${(fs.statSync(file).size / MIB).toFixed(0)} MB`);
      const result = await runChild<ChildResult>(path.join(__dirname, 'open-child.ts'), [file]);
      return [
        { measure: 'open + summary + first evidence page', value: `${result.totalMs.toFixed(0)} ms`, target: '< 1000 ms', ok: result.totalMs < 1000 && result.items === ITEMS },
        { measure: 'of which opening (checks included)', value: `${result.openMs.toFixed(0)} ms`, target: '', ok: null },
        { measure: 'for reference: PRAGMA quick_check', value: `${result.quickMs.toFixed(0)} ms`, target: '', ok: null },
        { measure: 'for reference: PRAGMA integrity_check', value: `${result.fullMs.toFixed(0)} ms`, target: '', ok: null },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
