import type { PaperSize } from '../../../db/queries/seals';

/**
 * The package's visual language: the app's own colour roles (renderer/src/styles/tokens.css, light
 * theme) and one type scale, so the PDF reads as part of the same product.
 */
export const COLOURS = {
  text: '#1b2330',
  muted: '#4f5b6b',
  border: '#d5d9e0',
  surfaceMuted: '#eef0f4',
  zebra: '#f6f7f9',
  accent: '#2f4fb5',
  accentSoft: '#e7ecfb',
  ok: '#1c6b3c',
  okSoft: '#e3f3e8',
  warn: '#8a5300',
  warnSoft: '#fdf1dc',
  danger: '#a4262c',
  dangerSoft: '#fbe7e8',
} as const;

export const TYPE = {
  title: 24,
  h1: 16,
  h2: 12,
  h3: 10,
  body: 9,
  small: 7.5,
  table: 7.5,
  footer: 6.5,
} as const;

/** Page sizes in PDF points (1/72 inch). */
export const PAPER: Record<PaperSize, { width: number; height: number; label: string }> = {
  a4: { width: 595.28, height: 841.89, label: 'A4' },
  letter: { width: 612, height: 792, label: 'US Letter' },
};

export const MARGINS = { top: 62, bottom: 54, left: 54, right: 54 } as const;
