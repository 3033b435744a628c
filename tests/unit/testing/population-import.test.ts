import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { PopulationImportResult } from '../../../core/api/testing-types';
import { tempDir } from '../helpers/temp';
import { testingHost } from './testing-host';

const PROVENANCE = { name: 'Hires, April–September 2026', sourceSystem: 'BambooHR', query: 'Hire date between 2026-04-01 and 2026-09-30', ranBy: 'Priya Shah', ranOn: '2026-10-02', coversFrom: '2026-04-01', coversTo: '2026-09-30' };

function write(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function importFile(env: Awaited<ReturnType<typeof testingHost>>, file: string, extra: Record<string, unknown> = {}) {
  const { jobId } = await env.call('population.import', { ...PROVENANCE, path: file, ...extra });
  return env.finish(jobId);
}

describe('importing a population CSV', () => {
  it('records the rows, row count, file hash and provenance', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const csv = 'Employee,Start date,Manager\nAna Lima,2026-04-06,Jo Park\nBo Chen,2026-05-11,Jo Park\n"Diaz, Carmen",2026-07-01,"Sam ""Ace"" Lee"\n';
    const file = write(dir, 'hires.csv', csv);
    const status = await importFile(env, file);
    expect(status.state).toBe('succeeded');
    const { population, notes } = status.result as PopulationImportResult;
    expect(population).toMatchObject({ ref: 'POP-1', ...PROVENANCE, fileName: 'hires.csv', rowCount: 3, bytes: Buffer.byteLength(csv), encoding: 'utf-8', hadBom: false, delimiter: ',', headers: ['Employee', 'Start date', 'Manager'] });
    expect(population.sha256).toBe(createHash('sha256').update(csv).digest('hex'));
    expect(notes).toEqual([]);
    const page = await env.call('population.rows', { id: population.id });
    expect(page.rows).toEqual([
      { rowNumber: 1, lineNumber: 2, cells: ['Ana Lima', '2026-04-06', 'Jo Park'] },
      { rowNumber: 2, lineNumber: 3, cells: ['Bo Chen', '2026-05-11', 'Jo Park'] },
      { rowNumber: 3, lineNumber: 4, cells: ['Diaz, Carmen', '2026-07-01', 'Sam "Ace" Lee'] },
    ]);
    const log = await env.call('activity.list', {});
    expect(log[0]).toMatchObject({ action: 'population.import' });
    expect(JSON.stringify(log[0])).toContain(population.sha256);
    // The same file again is recognised by its hash, not imported twice.
    const again = await importFile(env, file, { name: 'Hires again' });
    expect(again).toMatchObject({ state: 'failed', error: { code: 'BAD_ARGUMENT' } });
    expect(again.error?.message).toContain('already imported as population POP-1');
    env.host.shutdown();
  });

  it('skips a UTF-8 byte-order mark but hashes the file as received', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ticket;Approved by\nCHG-1;Léa\n', 'utf8')]);
    const status = await importFile(env, write(dir, 'changes.csv', bytes));
    const { population, notes } = status.result as PopulationImportResult;
    expect(population).toMatchObject({ hadBom: true, encoding: 'utf-8', delimiter: ';', headers: ['Ticket', 'Approved by'], rowCount: 1 });
    expect(population.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(notes[0]).toMatch(/byte-order mark/);
    expect((await env.call('population.rows', { id: population.id })).rows[0]!.cells).toEqual(['CHG-1', 'Léa']);
    env.host.shutdown();
  });

  it('reads a file that is not UTF-8 as Windows-1252, and says so with the line', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    // "Zoë Müller", "Renée", "€ 5" and "Dali’s" as Excel's plain CSV on Windows writes them.
    const bytes = Buffer.from([...Buffer.from('Name,Note\nAna,ok\n'), ...[0x5a, 0x6f, 0xeb, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72], 0x2c, 0x80, 0x20, 0x35, 0x0a, ...[0x52, 0x65, 0x6e, 0xe9, 0x65], 0x2c, ...[0x44, 0x61, 0x6c, 0x69, 0x92, 0x73], 0x0a]);
    const file = write(dir, 'leavers.csv', bytes);
    const refused = await importFile(env, file, { encoding: 'utf-8' });
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'BAD_ARGUMENT' } });
    expect(refused.error?.message).toContain('line 3');
    expect(refused.error?.message).toContain('Windows-1252');
    expect(await env.call('population.list', {})).toEqual([]);

    const status = await importFile(env, file);
    const { population, notes } = status.result as PopulationImportResult;
    expect(population.encoding).toBe('windows-1252');
    expect(notes.join(' ')).toMatch(/not valid UTF-8 \(first on line 3, byte 20\).*Windows-1252/);
    expect((await env.call('population.rows', { id: population.id })).rows.map((row) => row.cells)).toEqual([
      ['Ana', 'ok'],
      ['Zoë Müller', '€ 5'],
      ['Renée', 'Dali’s'],
    ]);
    env.host.shutdown();
  });

  it('reads UTF-16 with its byte-order mark (Excel’s “Unicode text”)', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Incident\tSeverity\nINC-7\tHöch\n', 'utf16le')]);
    const { population } = (await importFile(env, write(dir, 'incidents.txt', bytes))).result as PopulationImportResult;
    expect(population).toMatchObject({ encoding: 'utf-16le', hadBom: true, delimiter: '\t', rowCount: 1 });
    expect((await env.call('population.rows', { id: population.id })).rows[0]!.cells).toEqual(['INC-7', 'Höch']);
    env.host.shutdown();
  });

  it('keeps ragged rows as read and reports each with its line, counting lines inside quoted cells', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const csv = ['Change,Summary,Approver', 'CHG-1,"Two-line', 'summary",Jo', 'CHG-2,short', '', 'CHG-3,ok,Jo,EXTRA', 'CHG-4,ok,Jo', '', ''].join('\r\n');
    const status = await importFile(env, write(dir, 'changes.csv', csv));
    const { population, notes } = status.result as PopulationImportResult;
    expect(population.rowCount).toBe(4);
    expect(notes).toEqual([
      '2 rows have a different number of cells from the header. They were kept exactly as read (check them before sampling):',
      'Line 4 (row 2): 2 cells where the header has 3.',
      'Line 6 (row 3): 4 cells where the header has 3.',
      '1 blank line between rows was skipped.',
    ]);
    const rows = (await env.call('population.rows', { id: population.id })).rows;
    expect(rows.map((row) => [row.rowNumber, row.lineNumber, row.cells.length])).toEqual([
      [1, 2, 3],
      [2, 4, 2],
      [3, 6, 4],
      [4, 7, 3],
    ]);
    expect(rows[0]!.cells[1]).toBe('Two-line\r\nsummary');
    expect(population.notes).toEqual(notes);
    env.host.shutdown();
  });

  it('refuses an empty file and a file of blank lines, and accepts a header with no rows', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    expect((await importFile(env, write(dir, 'empty.csv', ''))).error?.message).toMatch(/is empty/);
    expect((await importFile(env, write(dir, 'blank.csv', '\n\n  \n'))).error?.message).toMatch(/no header row/);
    const status = await importFile(env, write(dir, 'none.csv', 'Leaver,Date\n'));
    expect((status.result as PopulationImportResult).population.rowCount).toBe(0);
    expect((status.result as PopulationImportResult).notes.join(' ')).toMatch(/did not occur/);
    expect((await importFile(env, path.join(dir, 'missing.csv'))).error?.message).toMatch(/cannot be found/);
    env.host.shutdown();
  });

  it('imports 100 000 rows streamed, with progress, in bounded memory', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const file = path.join(dir, 'changes-100k.csv');
    const out = fs.openSync(file, 'w');
    fs.writeSync(out, 'Change ID,Opened,Summary,Requested by,Approved by,Deployed\n');
    for (let block = 0; block < 100; block++) {
      const lines: string[] = [];
      for (let i = 1; i <= 1000; i++) {
        const n = block * 1000 + i;
        lines.push(`CHG-${n},2026-0${(n % 6) + 4}-1${n % 9},"Update service ${n % 37}, config ${n}",dev${n % 40}@example.com,lead${n % 7}@example.com,2026-0${(n % 6) + 4}-2${n % 9}`);
      }
      fs.writeSync(out, `${lines.join('\n')}\n`);
    }
    fs.closeSync(out);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const { jobId } = await env.call('population.import', { ...PROVENANCE, name: 'Changes', path: file });
    const seen: number[] = [];
    let peak = before;
    for (;;) {
      const status = await env.call('job.get', { id: jobId });
      peak = Math.max(peak, process.memoryUsage().rss);
      if (status.state !== 'running') {
        expect(status.state).toBe('succeeded');
        expect((status.result as PopulationImportResult).population.rowCount).toBe(100_000);
        break;
      }
      if (status.total) seen.push(status.done / status.total);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(seen.some((fraction) => fraction > 0 && fraction < 1)).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
    // The 9 MB file never sits in memory as a whole, nor its 100 000 rows as objects.
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
    const last = await env.call('population.rows', { id: 1, offset: 99_999, limit: 10 });
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]).toMatchObject({ rowNumber: 100_000, lineNumber: 100_001 });
    expect(last.rows[0]!.cells[0]).toBe('CHG-100000');
    env.host.shutdown();
  }, 60_000);

  it('leaves nothing behind when cancelled', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const file = path.join(dir, 'big.csv');
    fs.writeFileSync(file, `Id,Value\n${Array.from({ length: 200_000 }, (_, i) => `${i},value ${i}`).join('\n')}\n`);
    const { jobId } = await env.call('population.import', { ...PROVENANCE, path: file });
    await env.call('job.cancel', { id: jobId });
    expect(await env.finish(jobId)).toMatchObject({ state: 'cancelled' });
    expect(await env.call('population.list', {})).toEqual([]);
    env.host.shutdown();
    const db = new Database(path.join(dir, 'engagement.soc2'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM population_row').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM activity_log WHERE action = 'population.import'").pluck().get()).toBe(0);
    db.close();
  });

  it('corrects provenance, links controls, and removes a population no sample uses', async () => {
    const dir = tempDir();
    const env = await testingHost(dir);
    const { population } = (await importFile(env, write(dir, 'h.csv', 'Name\nAna\nBo\n'))).result as PopulationImportResult;
    const [control] = await env.call('controls.adopt', { catalogIds: ['ACC-01'] });
    const updated = await env.call('population.update', { id: population.id, patch: { sourceSystem: 'Workday', controlIds: [control!.id] } });
    expect(updated).toMatchObject({ sourceSystem: 'Workday', controls: [{ ref: 'ACC-01' }] });
    expect((await env.fail('population.update', { id: population.id, patch: { coversFrom: '2026-12-01' } })).message).toMatch(/on or after/);
    expect(await env.call('population.remove', { id: population.id })).toBeNull();
    expect(await env.call('population.list', {})).toEqual([]);
    env.host.shutdown();
  });
});
