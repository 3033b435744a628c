import { activityHead, verifyActivityChain } from '../../../db/activity-log';
import { openWorkspace } from '../../../db/open-workspace';
import { getEngagement, getMeta } from '../../../db/queries/engagement';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations/index';
import { defaultActor } from '../../host';
import { EXIT, type CliIo } from '../cli-io';

const CATEGORY_NAMES: Record<string, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

/** `info <file> [--json]`: what a workspace holds, read without changing a byte. */
export function runInfo(file: string, json: boolean, io: CliIo): number {
  const workspace = openWorkspace(file, { readOnly: true, actor: defaultActor() });
  try {
    const report = workspace.read((db) => {
      const meta = getMeta(db);
      const engagement = getEngagement(db);
      const chain = verifyActivityChain(db);
      return {
        file: workspace.filePath,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        workspaceId: meta['workspace_id'],
        createdAt: meta['created_at'],
        createdByApp: meta['created_by_app'],
        catalogVersion: meta['catalog_version'],
        engagement,
        activityLog: { entries: chain.entries, head: activityHead(db).hash, chainIntact: chain.ok, problems: chain.problems },
      };
    });
    if (json) {
      io.out(JSON.stringify(report, null, 2));
    } else {
      const e = report.engagement;
      const when = e.reportType === 'type1' ? `Type I as of ${e.asOfDate ?? '(date not set)'}` : `Type II, ${e.periodStart ?? '?'} to ${e.periodEnd ?? '?'}`;
      io.out(`Workspace     ${report.file}`);
      io.out(`Organisation  ${e.organisationName}`);
      io.out(`System        ${e.systemName || '(not named yet)'}`);
      io.out(`Report        ${when}`);
      io.out(`Categories    ${e.categories.map((c) => CATEGORY_NAMES[c] ?? c).join(', ')}`);
      io.out(`CPA firm      ${e.cpaFirm || '(not recorded)'}`);
      io.out(`Format        version ${report.schemaVersion}, catalog ${report.catalogVersion}, created ${report.createdAt} by app ${report.createdByApp}`);
      io.out(`Activity log  ${report.activityLog.entries} entries, chain ${report.activityLog.chainIntact ? 'intact' : 'BROKEN'}, head ${report.activityLog.head}`);
      for (const problem of report.activityLog.problems) io.out(`  entry ${problem.seq}: ${problem.problem}`);
    }
    return report.activityLog.chainIntact ? EXIT.ok : EXIT.checkFailed;
  } finally {
    workspace.close();
  }
}
