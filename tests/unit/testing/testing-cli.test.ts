import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../../../core/cli/main';
import { drawSample } from '../../../core/testing/draw-sample';
import { sha256File, tempDir } from '../helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function workspaceWithControls(dir: string): string {
  const file = path.join(dir, 'acme.soc2');
  expect(runCli(['new', file, '--org', 'Acme Ltd'], { out: () => {}, err: () => {} })).toBe(0);
  return file;
}

describe('population and sample on the command line', () => {
  it('adds a population with its provenance and draws a recorded, reproducible sample from it', async () => {
    const dir = tempDir();
    const workspace = workspaceWithControls(dir);
    const csv = path.join(dir, 'terminations.csv');
    fs.writeFileSync(csv, `Employee,Last day,Access removed\n${Array.from({ length: 60 }, (_, i) => `E${i + 1},2026-05-${String((i % 28) + 1).padStart(2, '0')},2026-05-${String((i % 28) + 1).padStart(2, '0')}`).join('\n')}\n`);

    const added = await cli(['population', 'add', workspace, csv, '--name', 'Leavers Q2', '--source', 'Workday', '--range', '2026-04-01..2026-06-30', '--ran-by', 'Priya Shah']);
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).toBe(`POP-1  Leavers Q2  60 rows  utf-8  sha256 ${sha256File(csv)}`);
    expect(added.err).toContain('100 %');

    // The control must be an active control of the engagement.
    expect((await cli(['sample', workspace, '--control', 'HR-08', '--population', 'POP-1'])).err).toMatch(/no active control with that ID/);
    await adopt(workspace, 'HR-08');

    const sample = await cli(['sample', workspace, '--control', 'HR-08', '--population', 'POP-1', '--seed', 'leavers-q2']);
    expect(sample.code).toBe(0);
    expect(sample.out).toContain('Internal readiness testing — sample for HR-08');
    expect(sample.out).toContain('Seed      leavers-q2');
    expect(sample.out).toContain('Size      6   population of 60 rows, 51–250 rows → 10 % rounded up = 6');
    const printed = sample.out
      .split('\n')
      .filter((line) => /^\d+\t/.test(line))
      .map((line) => Number(line.split('\t')[1]));
    expect(printed).toEqual(drawSample(60, 6, 'leavers-q2').rows);
    expect(sample.out).toContain(`#\trow\tline\tEmployee\tLast day\tAccess removed`);

    const json = JSON.parse((await cli(['sample', workspace, '--control', 'HR-08', '--population', '1', '--seed', 'leavers-q2', '--size', '3', '--json'])).out) as { seed: string; items: { rowNumber: number }[]; label: string };
    expect(json).toMatchObject({ label: 'Internal readiness testing', seed: 'leavers-q2' });
    expect(json.items.map((item) => item.rowNumber)).toEqual(drawSample(60, 3, 'leavers-q2').rows);
  });

  it('refuses bad usage with a one-line reason and exit code 2', async () => {
    const dir = tempDir();
    const workspace = workspaceWithControls(dir);
    expect(await cli(['population', 'add', workspace, 'x.csv', '--source', 'HR'])).toMatchObject({ code: 2, err: expect.stringMatching(/needs --name/) });
    expect(await cli(['population', 'add', workspace, 'x.csv', '--name', 'n', '--source', 'HR', '--range', '2026-06-01'])).toMatchObject({ code: 2, err: expect.stringMatching(/--range takes <from>..<to>/) });
    expect(await cli(['population', 'add', workspace, path.join(dir, 'missing.csv'), '--name', 'n', '--source', 'HR'])).toMatchObject({ code: 2, err: expect.stringMatching(/BAD_ARGUMENT: The file missing.csv cannot be found/) });
    expect(await cli(['sample', workspace])).toMatchObject({ code: 2, err: expect.stringMatching(/needs --control/) });
    expect(await cli(['sample', workspace, '--control', 'X', '--population', 'P7'])).toMatchObject({ code: 2, err: expect.stringMatching(/population ID such as POP-3/) });
  });

  it('runs through npm run soc2', () => {
    const dir = tempDir();
    const workspace = workspaceWithControls(dir);
    const csv = path.join(dir, 'hires.csv');
    fs.writeFileSync(csv, 'Name,Start\nAna,2026-04-02\n');
    const result = spawnSync('npm', ['run', '--silent', 'soc2', '--', 'population', 'add', workspace, csv, '--name', 'Hires', '--source', 'BambooHR'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^POP-1 {2}Hires {2}1 row {2}utf-8/);
  });
});

/** Adopts a library control through the API, as the app would. */
async function adopt(workspace: string, catalogId: string): Promise<void> {
  const { createCoreHost } = await import('../../../core/host');
  const dir = path.dirname(workspace);
  const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
  expect(await host.call('workspace.open', { path: workspace })).toMatchObject({ ok: true });
  expect(await host.call('controls.adopt', { catalogIds: [catalogId] })).toMatchObject({ ok: true });
  host.shutdown();
}
