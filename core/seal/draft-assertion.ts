import { categoryList, organisation, periodPhrase, systemName, type DraftFacts } from './draft-facts';

/**
 * A first draft of management's written assertion, generated from the workspace for management to
 * edit, adopt and sign. It is management's statement about its own system; the app never writes the
 * auditor's opinion. Placeholders in [square brackets] are what only management can fill in.
 */
export function generateAssertion(facts: DraftFacts): string {
  const org = organisation(facts);
  const system = systemName(facts);
  const period = periodPhrase(facts.engagement);
  const categories = categoryList(facts.engagement);
  const type2 = facts.engagement.reportType === 'type2';
  const subservice = facts.scope?.subservice ?? [];
  const carvedOut = subservice.filter((s) => s.method !== 'inclusive');
  const included = subservice.filter((s) => s.method === 'inclusive');
  const cuecs = facts.scope?.cuecs ?? [];

  const lines: string[] = [
    `# Assertion of the management of ${org}`,
    '',
    `We, the management of ${org}, have prepared the accompanying description of ${system} (the "description") ${period}. We prepared it using the description criteria for a service organisation's system in a SOC 2 examination (DC 200), so that readers of the report can understand the system and the risks that could affect whether its controls achieve our service commitments and system requirements relating to ${categories}.`,
    '',
  ];
  if (carvedOut.length > 0) {
    lines.push(
      `${org} relies on ${carvedOut.map((s) => s.name).join(', ')} as subservice organisation${carvedOut.length > 1 ? 's' : ''}. The description covers only ${org}'s own controls and leaves out those of ${carvedOut.length > 1 ? 'these organisations' : 'this organisation'} (the carve-out method). It identifies the controls we assume ${carvedOut.length > 1 ? 'they operate' : 'it operates'} alongside ours (complementary subservice organisation controls), which are needed for our service commitments and system requirements to be achieved.`,
      '',
    );
  }
  if (included.length > 0) {
    lines.push(`The description includes the relevant controls of ${included.map((s) => s.name).join(', ')} (the inclusive method).`, '');
  }
  if (cuecs.length > 0) {
    lines.push(
      `The description also identifies controls that our customers are expected to operate (complementary user entity controls). Our service commitments and system requirements can be achieved only if those controls are suitably designed${type2 ? ' and operate effectively' : ''} together with ours.`,
      '',
    );
  }
  lines.push('We confirm, to the best of our knowledge and belief, that:', '');
  lines.push(`1. The description presents ${system} as it was designed and implemented ${period}, in accordance with the description criteria.`);
  lines.push(
    `2. The controls stated in the description were suitably designed ${period} to provide reasonable assurance that our service commitments and system requirements would be achieved on the basis of the applicable trust services criteria, if those controls operated as described${carvedOut.length > 0 || cuecs.length > 0 ? ' and the complementary controls identified in the description operated as assumed' : ''}.`,
  );
  if (type2) {
    lines.push(
      `3. The controls stated in the description operated effectively ${period} to provide reasonable assurance that our service commitments and system requirements were achieved on the basis of the applicable trust services criteria${carvedOut.length > 0 || cuecs.length > 0 ? ', provided the complementary controls identified in the description also operated effectively throughout that period' : ''}.`,
    );
  }
  lines.push('', '[Name and title of the signing officer]', '', org, '', '[Date of signature]');
  return lines.join('\n');
}
