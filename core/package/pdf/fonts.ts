import path from 'node:path';
import { ASSETS_DIR } from '../../paths';
import { FontCoverage } from './font-coverage';

/**
 * The fonts every package is set in. They ship in the repository (assets/fonts, DejaVu, see its
 * LICENSE) and are embedded in each PDF, so the output never depends on the fonts of the machine.
 */
export const FONT_FILES = {
  sans: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type FontRole = keyof typeof FONT_FILES;

export const FONT_ROLES = Object.keys(FONT_FILES) as FontRole[];

export function fontPath(role: FontRole): string {
  return path.join(ASSETS_DIR, 'fonts', FONT_FILES[role]);
}

const coverage = new Map<FontRole, FontCoverage>();

export function fontCoverage(role: FontRole): FontCoverage {
  let found = coverage.get(role);
  if (!found) {
    found = FontCoverage.fromFile(fontPath(role));
    coverage.set(role, found);
  }
  return found;
}
