import { listSeals } from '../../db/queries/seals';
import { Workspace } from '../../db/workspace';
import { checkSeals } from '../seal/verify-workspace';
import { hasTable, type ContentCheck } from './content-check';
import type { CheckFailure } from './verification-report';

const TITLE = 'Sealed snapshots';
const DESCRIPTION =
  'Each seal’s stored snapshot is decompressed and checked against its recorded SHA-256, its manifest is rebuilt from it and must hash to the seal’s fingerprint, and the activity log must still hold the entry the seal was made at and record the seal itself.';

/**
 * Seals are verified by the seal feature's own check (core/seal), so there is one definition of what
 * makes a seal intact. That check words each problem as "Seal <n>: <problem>"; it is split here so
 * the report can name the failing seal on its own line.
 */
export const sealCheck: ContentCheck = {
  id: 'seals',
  run(db) {
    if (!hasTable(db, 'seal')) return { id: 'seals', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'this workspace format has no seals', failures: [] };
    const seals = listSeals(db);
    if (seals.length === 0) return { id: 'seals', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'no seal has been made in this workspace', failures: [] };
    // A view of the already-open connection; never closed here (the verifier owns the connection).
    const view = new Workspace(db, 'verification', true, 'verifier', () => new Date());
    const result = checkSeals(view);
    const failures: CheckFailure[] = result.ok
      ? []
      : result.details.map((detail) => {
          const match = /^Seal (\d+): ([\s\S]*)$/.exec(detail);
          return match ? { subject: `Seal ${match[1]}`, problem: match[2]!, item: { kind: 'seal' as const, ref: match[1]! } } : { subject: 'Seals', problem: detail };
        });
    const latest = seals[seals.length - 1]!;
    return {
      id: 'seals',
      title: TITLE,
      description: DESCRIPTION,
      status: result.ok ? 'passed' : 'failed',
      covered: `${seals.length} seal${seals.length === 1 ? '' : 's'}: ${seals.map((seal) => `Seal ${seal.version} (${seal.sealedAt.slice(0, 10)})`).join(', ')}; latest fingerprint ${latest.fingerprint}`,
      failures,
    };
  },
};
