import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { PaperSize } from '../../../db/queries/seals';
import type { PackageData } from '../data/package-data';
import { renderCover } from '../sections/cover';
import { reportTypeText } from '../sections/format';
import { PACKAGE_SECTIONS } from '../sections/index';
import type { PackageInfo } from '../sections/section';
import { fontPath, FONT_ROLES } from './fonts';
import { PackagePdf, type PackagePdfOptions } from './package-pdf';
import { TextGuard, type UnsupportedCharacter } from './text-guard';
import { TextWrapper } from './wrap-text';

export interface RenderPdfOptions {
  data: PackageData;
  info: PackageInfo;
  paper: PaperSize;
  date: Date;
  filePath: string;
  checkpoint(): Promise<void>;
  onSection?(index: number, count: number, title: string, pass: 'measure' | 'draw'): void;
}

export interface RenderedPdf {
  pages: number;
  bytes: number;
  unsupported: UnsupportedCharacter[];
}

/** Measures text with the shipped fonts, through a PDF document that is never written. */
function fontMeasurer(): TextWrapper {
  const doc = new PDFDocument({ autoFirstPage: false });
  for (const role of FONT_ROLES) doc.registerFont(role, fontPath(role));
  return new TextWrapper((text, role) => doc.font(role).fontSize(1).widthOfString(text));
}

/** Cover, contents and every section, in order: the same calls in both passes. */
async function layOut(pdf: PackagePdf, options: RenderPdfOptions, pass: 'measure' | 'draw'): Promise<void> {
  renderCover(pdf, options.data, options.info);
  const tocEntries = PACKAGE_SECTIONS.reduce((sum, section) => sum + 1 + section.tocEntries(options.data), 0);
  pdf.reserveToc(pdf.tocPagesFor(tocEntries));
  for (const [index, section] of PACKAGE_SECTIONS.entries()) {
    options.onSection?.(index, PACKAGE_SECTIONS.length, section.title, pass);
    pdf.section(section.title, /^\d+$/.test(section.number) ? section.number : null);
    await section.render({ pdf, data: options.data, info: options.info, checkpoint: options.checkpoint });
    await options.checkpoint();
  }
}

/**
 * Lays the package out twice: a measuring pass that finds the page of every contents entry and the
 * page count, then the drawing pass that writes the PDF to `filePath`, page by page, with the
 * contents and every "page X of Y" footer already known.
 */
export async function renderPackagePdf(options: RenderPdfOptions): Promise<RenderedPdf> {
  const { data, info } = options;
  const e = data.engagement;
  const wrapper = fontMeasurer();
  const common: Omit<PackagePdfOptions, 'mode' | 'guard' | 'layout'> = {
    paper: options.paper,
    wrapper,
    date: options.date,
    title: `${e.organisationName} — ${reportTypeText(e)} readiness package (${info.versionLabel})`,
    author: e.preparedBy.trim() || e.organisationName,
    subject: `SOC 2 readiness package for ${e.systemName || e.organisationName}`,
    keywords: `SOC 2, ${reportTypeText(e)}, fingerprint ${info.fingerprint}`,
    creator: `SOC 2 Workbench ${info.appVersion}`,
    headerLeft: `${e.organisationName}${e.systemName ? ` — ${e.systemName}` : ''}`,
    headerRight: e.preparedBy.trim() ? `Prepared by ${e.preparedBy.trim()}` : reportTypeText(e),
    fingerprint: info.fingerprint,
    versionLabel: info.versionLabel,
  };

  const measure = new PackagePdf({ ...common, mode: 'measure', guard: new TextGuard() });
  await layOut(measure, options, 'measure');

  // Only the drawing pass records unsupported characters, so each is counted once.
  const guard = new TextGuard();
  const pdf = new PackagePdf({ ...common, mode: 'draw', guard, layout: { toc: measure.tocEntries, pages: measure.pageNumber } });
  const output = fs.createWriteStream(options.filePath);
  pdf.pipe(output);
  try {
    await layOut(pdf, options, 'draw');
    const pages = await pdf.finish(output);
    return { pages, bytes: fs.statSync(options.filePath).size, unsupported: guard.unsupported() };
  } catch (error) {
    output.destroy();
    fs.rmSync(options.filePath, { force: true });
    throw error;
  }
}
