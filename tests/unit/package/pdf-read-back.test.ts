import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageResultView } from '../../../core/api/audit-types';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { openWorkspace } from '../../../db/open-workspace';
import { buildDraft, flat, pdfPages, run, runStatus, suiteDir } from './package-helpers';

const SECTIONS = [
  '1. Readiness summary',
  '2. Scope, management’s assertion and system description',
  '3. Criteria coverage matrix',
  '4. Control matrix',
  '5. Control details and internal readiness testing',
  '6. Policy register',
  '7. Evidence index',
  '8. Exceptions, gaps and fieldwork',
  '9. Activity log and how to verify this package',
  'Appendix A: policies in full',
];

/** The demo package, read back with the poppler tools and qpdf: what an auditor's own tools see. */
describe('the package PDF, read back', () => {
  let result: PackageResultView;
  let pages: string[];
  const folder = suiteDir('soc2-pdf-');

  beforeAll(async () => {
    const dir = folder.path();
    const workspace = openWorkspace(buildDemoWorkspace({ outDir: dir }), { actor: 'tester' });
    try {
      result = await buildDraft(workspace, path.join(dir, 'out'));
    } finally {
      workspace.close();
    }
    pages = pdfPages(result.pdfPath);
  });

  it('is a valid A4 PDF with its metadata, and qpdf finds no error', () => {
    const info = run('pdfinfo', [result.pdfPath]);
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}\\n`));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Brightwave Analytics, Inc\. — SOC 2 Type II readiness package/);
    expect(info).toMatch(/Author:\s+Meridian Readiness Partners/);
    const check = runStatus('qpdf', ['--check', result.pdfPath]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds every font it uses (the shipped DejaVu fonts, subset)', () => {
    const rows = run('pdffonts', [result.pdfPath]).trim().split('\n').slice(2);
    expect(rows.length).toBe(3);
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    const names = rows.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansMono']);
  });

  it('prints the fingerprint and "page X of Y" in the footer of every page', () => {
    expect(pages).toHaveLength(result.pages);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(result.fingerprint);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${result.pages}`);
    });
    // The consultant's firm is on the cover and in the running header.
    expect(pages[0]).toContain('Prepared by Meridian Readiness Partners');
    expect(pages[4]).toContain('Prepared by Meridian Readiness Partners');
  });

  it('has a table of contents whose page numbers match where each section starts, and matching bookmarks', () => {
    const contents = pages[1]!;
    expect(contents).toContain('Contents');
    const listed = new Map<string, number>();
    for (const title of SECTIONS) {
      const line = contents.split('\n').find((l) => l.trim().startsWith(title));
      expect(line, title).toBeDefined();
      listed.set(title, Number(/(\d+)\s*$/.exec(line!)![1]));
    }
    for (const [title, page] of listed) expect(flat(pages[page - 1]!), `${title} on page ${page}`).toContain(title);

    const outline = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', result.pdfPath])) as { outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[] };
    expect(outline.outlines.map((o) => o.title)).toEqual(SECTIONS);
    for (const item of outline.outlines) expect(item.destpageposfrom1, item.title).toBe(listed.get(item.title));
    expect(outline.outlines[0]!.kids.length).toBeGreaterThan(0);
  });

  it('carries real content: scope, the criteria coverage of every in-scope criterion, and the verification steps', () => {
    const text = flat(pages.join('\n'));
    expect(text).toContain('Brightwave Insights Platform');
    for (const id of ['CC1.1', 'CC9.2', 'A1.3', 'C1.2', 'PI1.5', 'P8.1']) expect(text).toContain(id);
    expect(text).toContain('Internal readiness testing');
    expect(text).toContain('sha256sum -c SHA256SUMS');
    expect(text).not.toMatch(/auditor['’]s opinion is|we express an opinion|in our opinion/i);
  });

  it('renders with pdftoppm (the cover, the contents and a table page)', () => {
    const out = path.join(path.dirname(result.pdfPath), 'png');
    fs.mkdirSync(out);
    run('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '3', result.pdfPath, path.join(out, 'p')]);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(3);
    for (const file of files) expect(fs.statSync(path.join(out, file)).size).toBeGreaterThan(2000);
  });
});
