import type { Guidance } from '../catalog/catalog-schema';
import { categoryList, notApplicable, organisation, periodPhrase, systemName, type DraftFacts } from './draft-facts';

/**
 * A first draft of the system description (the "Section III" of a SOC 2 report), assembled from the
 * workspace: the DC1–DC9 sections as written in step 1, completed with what other steps recorded (the
 * inventory, CUECs, subservice organisations, criteria not applicable). Sections not written yet keep
 * the catalog's prompt in [square brackets] so management sees what is missing.
 */
export function generateDescription(facts: DraftFacts, guidance: Pick<Guidance, 'descriptionCriteria'>): string {
  const org = organisation(facts);
  const system = systemName(facts);
  const type2 = facts.engagement.reportType === 'type2';
  const written = new Map((facts.scope?.description ?? []).map((section) => [section.id, section.body.trim()]));
  const out: string[] = [`# ${org}'s description of ${system} ${periodPhrase(facts.engagement)}`, ''];

  for (const dc of guidance.descriptionCriteria) {
    if (dc.typeIIOnly && !type2) continue;
    out.push(`## ${dc.id}. ${dc.title}`, '');
    const body = written.get(dc.id);
    out.push(body ? body : `[To be written: ${dc.prompt}]`, '');
    out.push(...extraFor(dc.id, facts, org));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function extraFor(id: string, facts: DraftFacts, org: string): string[] {
  const scope = facts.scope;
  switch (id) {
    case 'DC3': {
      const components = scope?.components ?? [];
      if (components.length === 0) return [];
      return [
        '### In-scope system components',
        '',
        ...components.map((c) => `- **${c.name}** (${c.type}, ${c.environment}; owner: ${c.owner || 'not recorded'}; data: ${c.dataClassification})`),
        '',
      ];
    }
    case 'DC5': {
      const active = (facts.controls ?? []).filter((c) => !c.retired);
      return [
        `The report covers the trust services criteria for ${categoryList(facts.engagement)}: ${facts.criteria.length} criteria in all.${active.length > 0 ? ` ${org} has ${active.length} controls in place or planned to address them.` : ''} Each criterion and the controls that address it are listed in the criteria coverage matrix; each control's owner, frequency and nature are in the control matrix.`,
        '',
      ];
    }
    case 'DC6': {
      const cuecs = scope?.cuecs ?? [];
      if (cuecs.length === 0) return [];
      return ['### Complementary user entity controls', '', ...cuecs.map((c) => `- ${c.control}${c.criteria.length ? ` (${c.criteria.join(', ')})` : ''}`), ''];
    }
    case 'DC7': {
      const subservice = scope?.subservice ?? [];
      if (subservice.length === 0) return [];
      const lines = ['### Subservice organisations', ''];
      for (const s of subservice) {
        lines.push(`- **${s.name}**${s.service ? ` — ${s.service}` : ''} (${s.method ?? 'carve-out or inclusive not chosen yet'})`);
        for (const csoc of s.csocs) lines.push(`  - ${csoc.control}${csoc.criteria.length ? ` (${csoc.criteria.join(', ')})` : ''}`);
      }
      lines.push('');
      return lines;
    }
    case 'DC8': {
      const na = notApplicable(facts);
      if (na.length === 0) return [];
      return ['### Criteria not applicable', '', ...na.map((n) => `- **${n.id}**: ${n.reason}`), ''];
    }
    default:
      return [];
  }
}
