import type { PackageData } from '../data/package-data';
import { periodText, reportTypeText } from '../sections/format';

/** README.txt: what the ZIP holds and how to check it, for someone who opens it without the app. */
export function packageReadme(data: PackageData, zipName: string, versionLabel: string): Buffer {
  const e = data.engagement;
  const text = [
    `SOC 2 readiness package: ${e.organisationName}${e.systemName ? ` — ${e.systemName}` : ''}`,
    `${reportTypeText(e)}, ${periodText(e).toLowerCase()}. ${versionLabel}.`,
    '',
    'This ZIP accompanies the package PDF of the same name. It holds:',
    '  evidence/<control>/   the evidence files, one folder per control (items flagged for redaction are withheld)',
    '  tables/               the control matrix, criteria coverage, evidence index, populations, samples, gaps,',
    '                        the auditor request (PBC) list, exceptions and the readiness checklist, as CSV',
    '  populations/          population listings, when recorded',
    '  drafts/               management\'s draft assertion and system description (Markdown)',
    '  manifest.json         every other file with its size and SHA-256',
    '  SHA256SUMS            the same hashes in the format of the sha256sum tool',
    '',
    'How to verify:',
    `  1. The SHA-256 of manifest.json is the package fingerprint printed in every footer of the PDF:`,
    `       unzip -p "${zipName}" manifest.json | sha256sum`,
    '  2. Extract the ZIP and check every file:',
    '       sha256sum -c SHA256SUMS',
    `  3. Or: npm run soc2 -- verify "${zipName}"`,
    '',
    'Everything here was prepared by management for the CPA firm\'s examination. Readiness testing in it is',
    'internal; it is not the auditor\'s testing, and the package contains no auditor\'s opinion.',
    '',
  ].join('\r\n');
  return Buffer.from(text, 'utf8');
}
