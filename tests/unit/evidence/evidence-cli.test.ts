import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../core/cli/main';
import { createCoreHost } from '../../../core/host';
import { openWorkspace } from '../../../db/open-workspace';
import { listAllEvidence } from '../../../db/queries/evidence';
import { tempDir } from '../helpers/temp';

async function workspaceWithControl(dir: string): Promise<string> {
  const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
  const file = path.join(dir, 'acme.soc2');
  await host.call('workspace.create', { path: file, organisationName: 'Acme Ltd' });
  await host.call('controls.adopt', { catalogIds: ['ACC-04'] });
  host.shutdown();
  return file;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('npm run soc2 -- evidence add', () => {
  it('adds files with their control and date, printing IDs on stdout and progress on stderr', async () => {
    const dir = tempDir();
    const workspace = await workspaceWithControl(dir);
    fs.writeFileSync(path.join(dir, 'review.csv'), 'user,decision\nada,keep\n');
    fs.writeFileSync(path.join(dir, 'sign off.pdf'), '%PDF-1.4 not really');
    const added = await cli(['evidence', 'add', workspace, path.join(dir, 'review.csv'), path.join(dir, 'sign off.pdf'), '--control', 'ACC-04', '--as-of', '2026-06-30']);
    expect(added).toMatchObject({ code: 0, out: ['EV-0001\tadded\treview.csv', 'EV-0002\tadded\tsign off.pdf'] });
    expect(added.err.join('\n')).toMatch(/Adding 1 of 2: review\.csv/);
    const again = await cli(['evidence', 'add', workspace, path.join(dir, 'review.csv'), '--control', 'ACC-04']);
    expect(again).toMatchObject({ code: 0, out: ['EV-0001\tduplicate\treview.csv'] });

    const opened = openWorkspace(workspace, { actor: 'tester', readOnly: true });
    expect(listAllEvidence(opened.db).map((item) => [item.ref, item.controls, item.coversTo, item.method])).toEqual([
      ['EV-0001', ['ACC-04'], '2026-06-30', 'export'],
      ['EV-0002', ['ACC-04'], '2026-06-30', 'document'],
    ]);
    opened.close();
  });

  it('exits 2 with a reason for bad usage, unknown controls and missing files, adding nothing', async () => {
    const dir = tempDir();
    const workspace = await workspaceWithControl(dir);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'a');
    const cases: [string[], RegExp][] = [
      [['evidence', 'add', workspace], /at least one file/],
      [['evidence', 'remove', workspace, file], /needs an action/],
      [['evidence', 'add', workspace, file, '--as-of', '30/06/2026'], /expected a date as YYYY-MM-DD/],
      [['evidence', 'add', workspace, file, '--control', 'ZZZ-01'], /ZZZ-01 is not a control of this engagement/],
      [['evidence', 'add', workspace, file, path.join(dir, 'missing.csv')], /missing\.csv does not exist/],
    ];
    for (const [args, reason] of cases) {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.err.join('\n')).toMatch(reason);
      expect(result.out).toEqual([]);
    }
    const opened = openWorkspace(workspace, { actor: 'tester', readOnly: true });
    expect(listAllEvidence(opened.db)).toEqual([]);
    opened.close();
  });
});
