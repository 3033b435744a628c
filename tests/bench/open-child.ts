import path from 'node:path';
import Database from 'better-sqlite3';
import { createCoreHost } from '../../core/host';

/**
 * The measuring half of the open benchmark, in a fresh process (nothing cached in it): times opening
 * the workspace and the calls the dashboard and the evidence list make first, then, separately, the
 * two SQLite checks, for the record.
 */
async function main(): Promise<void> {
  const workspace = process.argv[2]!;
  const host = createCoreHost({ mode: 'test', dataDir: path.dirname(workspace), settingsDir: path.join(path.dirname(workspace), '.settings'), actor: 'bench', log: () => undefined });
  // Load every module the calls use before timing (a running app has them loaded already).
  await host.call('host.info', {});
  const started = process.hrtime.bigint();
  const open = await host.call('workspace.open', { path: workspace });
  const opened = process.hrtime.bigint();
  const summary = await host.call('workspace.current', {});
  const page = await host.call('evidence.list', { offset: 0, limit: 100 });
  const finished = process.hrtime.bigint();
  if (!open.ok || !summary.ok || !page.ok) throw new Error(JSON.stringify([open, summary, page]).slice(0, 500));
  const total = (page.value as { total: number }).total;
  host.shutdown();

  const db = new Database(workspace, { readonly: true });
  const time = (pragma: string) => {
    const t = process.hrtime.bigint();
    db.pragma(pragma);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const quickMs = time('quick_check');
  const fullMs = time('integrity_check');
  db.close();
  process.stdout.write(`${JSON.stringify({ openMs: Number(opened - started) / 1e6, totalMs: Number(finished - started) / 1e6, items: total, quickMs, fullMs })}\n`);
}

void main();
