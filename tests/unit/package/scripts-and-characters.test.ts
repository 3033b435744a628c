import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontCoverage } from '../../../core/package/pdf/font-coverage';
import { fontCoverage, fontPath } from '../../../core/package/pdf/fonts';
import { MISSING_GLYPH_MARKER, TextGuard } from '../../../core/package/pdf/text-guard';
import { updateEngagement } from '../../../db/queries/engagement';
import { insertPbcRequest } from '../../../db/queries/pbc-requests';
import { tempDir } from '../helpers/temp';
import { buildDraft, flat, newEngagement, pdfPages } from './package-helpers';

describe('text in any Latin, Greek or Cyrillic script', () => {
  it('comes out of the PDF intact, and a character no shipped font can draw is reported and shown as the marker', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir, 'Ωμέγα Λογιστική Α.Ε.');
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { systemName: 'Система учёта «Полюс»', preparedBy: 'Łódź Doradztwo Sp. z o.o.', cpaFirm: 'Ærøskøbing & Şişli Revision' }, workspace.now()));
    workspace.write({ action: 'pbc.add', subject: 'request' }, (db) =>
      insertPbcRequest(db, { reference: 'R-1', request: 'Provide the 監査 log and the مرحبا notice; café written with a combining accent: cafe\u0301.', status: 'open', owner: 'Ζωή Παπαδοπούλου', dueDate: null, linkedEvidence: [], notes: '', source: 'manual' }, workspace.now()),
    );
    const result = await buildDraft(workspace, path.join(dir, 'out'));
    workspace.close();

    const text = flat(pdfPages(result.pdfPath).join('\n'));
    for (const expected of ['Ωμέγα Λογιστική Α.Ε.', 'Система учёта «Полюс»', 'Łódź Doradztwo Sp. z o.o.', 'Ærøskøbing & Şişli Revision', 'Ζωή', 'Παπαδοπούλου', 'accent: café.']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('監');
    expect(text).toContain(`the ${MISSING_GLYPH_MARKER}${MISSING_GLYPH_MARKER} log`);
    const reported = result.unsupportedCharacters.map((c) => c.codePoint);
    expect(reported).toEqual(expect.arrayContaining(['U+76E3', 'U+67FB', 'U+0645', 'U+0631']));
    expect(result.unsupportedCharacters.find((c) => c.codePoint === 'U+76E3')).toMatchObject({ character: '監', where: ['Exceptions, gaps and fieldwork'] });
    expect(reported.every((code) => !code.startsWith('U+03') && !code.startsWith('U+04'))).toBe(true);
  });
});

describe('font coverage and the text guard', () => {
  it('reads the cmap of each shipped font', () => {
    const sans = fontCoverage('sans');
    for (const char of 'AzÆŁşΩωЖжё€–“') expect(sans.has(char.codePointAt(0)!), char).toBe(true);
    expect(sans.has(0x76e3)).toBe(false);
    expect(FontCoverage.fromFile(fontPath('mono')).has('Ж'.codePointAt(0)!)).toBe(true);
    for (const role of ['sans', 'bold', 'mono'] as const) expect(fontCoverage(role).has(MISSING_GLYPH_MARKER.codePointAt(0)!), role).toBe(true);
  });

  it('normalises, drops controls, and records each unsupported character once with its count and where', () => {
    const guard = new TextGuard();
    guard.section = 'Cover';
    expect(guard.clean('e\u0301\u0007x\ty', 'sans')).toBe('éx y');
    expect(guard.clean('日本 and 日', 'sans')).toBe(`${MISSING_GLYPH_MARKER}${MISSING_GLYPH_MARKER} and ${MISSING_GLYPH_MARKER}`);
    guard.section = 'Evidence index';
    guard.clean('שלום', 'bold');
    const found = guard.unsupported();
    expect(found.find((c) => c.character === '日')).toEqual({ character: '日', codePoint: 'U+65E5', occurrences: 2, where: ['Cover'] });
    // Hebrew has glyphs in the font but would print reversed (no bidirectional layout): reported too.
    expect(found.find((c) => c.codePoint === 'U+05E9')?.where).toEqual(['Evidence index']);
  });
});
