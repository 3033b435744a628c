import { createHash } from 'node:crypto';

/**
 * Policy text as stored: line endings unified to LF, so the same words saved from Windows and from
 * macOS have the same fingerprint. Trailing whitespace is part of the text and kept.
 */
export function normalisePolicyText(markdown: string): string {
  return markdown.replace(/\r\n?/g, '\n');
}

/** SHA-256 of the stored text (UTF-8), as printed in the policy register and the package. */
export function policyTextHash(markdown: string): string {
  return createHash('sha256').update(normalisePolicyText(markdown), 'utf8').digest('hex');
}
