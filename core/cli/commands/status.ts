import { openWorkspace } from '../../../db/open-workspace';
import { listRemediationItems } from '../../../db/queries/remediation-items';
import type { ScoreGroup } from '../../api/gap-types';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { isOverdue, summariseOpenGaps } from '../../gaps/open-gaps';
import { defaultActor } from '../../host';
import { readScopeSummary } from '../../scope/read-scope';
import { readScoringInput } from '../../scoring/read-scoring-input';
import { scoreReadiness } from '../../scoring/score-readiness';
import { computeStepProgress } from '../../steps/progress';
import { readStepFacts } from '../../steps/read-step-facts';
import { EXIT, type CliIo } from '../cli-io';

const percent = (value: number | null) => (value === null ? '  n/a' : `${value.toFixed(1).padStart(5)} %`);
const STATE = { complete: 'complete', 'in-progress': 'in progress', 'not-started': 'not started' } as const;

function scoreLine(group: ScoreGroup, indent = '  '): string {
  return `${indent}${group.name.padEnd(42)} design ${percent(group.design.percent)}  operating ${percent(group.operating.percent)}  (${group.assessed}/${group.criteria} assessed)`;
}

/** `status <file> [--json]`: readiness scores, step completion and open gaps, read without changing a byte. */
export function runStatus(file: string, json: boolean, io: CliIo): number {
  const workspace = openWorkspace(file, { readOnly: true, actor: defaultActor() });
  try {
    const catalog = engagementCatalog(workspace);
    const today = workspace.now().slice(0, 10);
    const report = workspace.read((db) => {
      const scope = readScopeSummary(db, catalog);
      const readiness = scoreReadiness(readScoringInput(db, catalog));
      const items = listRemediationItems(db);
      const open = items.filter((item) => item.status !== 'done');
      return {
        file: workspace.filePath,
        organisation: scope.organisationName,
        system: scope.systemName,
        steps: computeStepProgress(readStepFacts(db, catalog)),
        readiness: { overall: readiness.overall, byCategory: readiness.byCategory, bySeries: readiness.bySeries, evidenceAvailable: readiness.evidenceAvailable, notes: readiness.notes },
        openGaps: {
          ...summariseOpenGaps(items, today),
          items: open.map((item) => ({ id: item.id, criterionId: item.criterionId, title: item.title, severity: item.severity, owner: item.owner, dueDate: item.dueDate, status: item.status, overdue: isOverdue(item, today) })),
        },
        scopeChanges: scope.changes,
      };
    });
    if (json) {
      io.out(JSON.stringify(report, null, 2));
      return EXIT.ok;
    }
    io.out(`${report.organisation} — ${report.system || '(system not named yet)'}`);
    io.out('');
    io.out('Steps');
    report.steps.forEach((step, index) => io.out(`  ${index + 1}. ${step.title.padEnd(26)} ${STATE[step.state].padEnd(12)} next: ${step.next}`));
    io.out('');
    io.out('Readiness (points earned / criteria that apply)');
    io.out(scoreLine(report.readiness.overall));
    for (const group of report.readiness.byCategory) io.out(scoreLine(group));
    io.out('  By series:');
    for (const group of report.readiness.bySeries) io.out(scoreLine(group, '    '));
    for (const note of report.readiness.notes) io.out(`  Note: ${note}`);
    io.out('');
    const gaps = report.openGaps;
    io.out(`Open gaps: ${gaps.total} (high ${gaps.bySeverity.high}, medium ${gaps.bySeverity.medium}, low ${gaps.bySeverity.low}; ${gaps.overdue} overdue)`);
    const order = { high: 0, medium: 1, low: 2 } as const;
    for (const item of [...gaps.items].sort((a, b) => order[a.severity] - order[b.severity])) {
      io.out(`  [${item.severity.padEnd(6)}] ${(item.criterionId ?? '—').padEnd(6)} ${item.title} — ${item.owner || 'no owner'}${item.dueDate ? `, due ${item.dueDate}` : ''}${item.overdue ? ' (OVERDUE)' : ''}`);
    }
    if (report.scopeChanges.length > 0) {
      io.out('');
      io.out(`Scope changed since it was confirmed (${report.scopeChanges.length}):`);
      for (const change of report.scopeChanges) io.out(`  ${change.at.slice(0, 10)} ${change.summary}`);
    }
    return EXIT.ok;
  } finally {
    workspace.close();
  }
}
