import { openWorkspace } from '../../../db/open-workspace';
import type { Catalog } from '../../catalog/catalog-schema';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { bundledCatalog } from '../../catalog/load-catalog';
import { defaultActor } from '../../host';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

const KINDS = ['criteria', 'controls', 'policies'] as const;
type Kind = (typeof KINDS)[number];

const CATEGORY_NAMES: Record<string, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  processing_integrity: 'Processing Integrity',
  privacy: 'Privacy',
};

/** The catalog to list: a workspace's own snapshot (read-only, never changed) or the bundled one. */
function loadCatalog(workspaceFile: string | undefined): Catalog {
  if (!workspaceFile) return bundledCatalog();
  const workspace = openWorkspace(workspaceFile, { readOnly: true, actor: defaultActor() });
  try {
    return engagementCatalog(workspace);
  } finally {
    workspace.close();
  }
}

/** One JSON object per item with every field, plus the reverse links a reader would otherwise compute. */
function jsonRecords(catalog: Catalog, kind: Kind): object[] {
  switch (kind) {
    case 'criteria': {
      const seriesName = new Map(catalog.series.map((s) => [s.id, s.name]));
      return catalog.criteria.map((c) => ({ ...c, seriesName: seriesName.get(c.series) ?? '', controls: catalog.controls.filter((k) => k.criteria.includes(c.id)).map((k) => k.id) }));
    }
    case 'controls':
      return catalog.controls;
    case 'policies':
      return catalog.policies.map((p) => ({ ...p, controls: catalog.controls.filter((k) => k.policies.includes(p.id)).map((k) => k.id) }));
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** One line per item with the key fields, in columns so the output reads well and greps well. */
function textLines(catalog: Catalog, kind: Kind): string[] {
  switch (kind) {
    case 'criteria':
      return catalog.criteria.map((c) => [c.id.padEnd(6), (CATEGORY_NAMES[c.category] ?? c.category).padEnd(21), c.series.padEnd(4), (c.cosoPrinciple === null ? '-' : `COSO ${c.cosoPrinciple}`).padEnd(8), c.summary].join(' '));
    case 'controls':
      return catalog.controls.map((c) =>
        [c.id.padEnd(7), c.frequency.padEnd(20), c.nature.padEnd(11), c.automation.padEnd(20), (c.key ? 'key' : 'supporting').padEnd(11), (c.recommended ? 'recommended' : '-').padEnd(12), c.criteria.join(',').padEnd(24), `${c.title} [${c.area}]`].join(' '),
      );
    case 'policies':
      return catalog.policies.map((p) => [p.id.padEnd(9), `review ${p.reviewMonths}m`.padEnd(11), `${p.criteria.length} criteria`.padEnd(12), p.title].join(' '));
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** `catalog criteria|controls|policies [--json] [--workspace <file.soc2>]`: one record per item. */
export function runCatalog(rest: string[], options: { json: boolean; workspace: string | undefined }, io: CliIo): number {
  const kind = rest[0];
  if (rest.length !== 1 || !(KINDS as readonly string[]).includes(kind ?? '')) throw new CliUsageError('catalog needs one of: criteria, controls, policies');
  const catalog = loadCatalog(options.workspace);
  if (options.json) for (const record of jsonRecords(catalog, kind as Kind)) io.out(JSON.stringify(record));
  else for (const line of textLines(catalog, kind as Kind)) io.out(line.trimEnd());
  return EXIT.ok;
}
