import fs from 'node:fs';
import { fontPath, FONT_ROLES, type FontRole } from '../../package/pdf/fonts';
import { TextGuard } from '../../package/pdf/text-guard';

/** Font names registered in a document, by role. */
export type PolicyFonts = Record<FontRole, string>;

const STANDARD: PolicyFonts = { sans: 'Helvetica', bold: 'Helvetica-Bold', mono: 'Courier' };

/**
 * Registers the DejaVu fonts shipped in assets/fonts (embedded, so the PDF looks the same everywhere
 * and prints any Latin, Greek or Cyrillic name). Should the files be missing from an unusual build,
 * the PDF falls back to the built-in standard fonts, which cover Western European text only; the
 * returned guard then passes text through unchanged.
 */
export function registerPolicyFonts(doc: PDFKit.PDFDocument): { fonts: PolicyFonts; clean: (text: string, role: FontRole) => string; unsupported: () => string[] } {
  const present = FONT_ROLES.every((role) => fs.existsSync(fontPath(role)));
  if (!present) return { fonts: STANDARD, clean: (text) => text, unsupported: () => [] };
  for (const role of FONT_ROLES) doc.registerFont(`policy-${role}`, fontPath(role));
  const guard = new TextGuard();
  return {
    fonts: { sans: 'policy-sans', bold: 'policy-bold', mono: 'policy-mono' },
    clean: (text, role) => guard.clean(text, role),
    unsupported: () => guard.unsupported().map((entry) => `${entry.character} (${entry.codePoint})`),
  };
}
