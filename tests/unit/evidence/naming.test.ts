import { describe, expect, it } from 'vitest';
import { periodLabel, slug, suggestNames } from '../../../core/evidence/naming';
import { guessMethod, mediaTypeOf, previewKind } from '../../../core/evidence/media-type';

describe('evidence naming suggestions', () => {
  it('names periods in the shortest exact words', () => {
    expect(periodLabel('2026-04-01', '2026-06-30')).toBe('2026-Q2');
    expect(periodLabel('2026-10-01', '2026-12-31')).toBe('2026-Q4');
    expect(periodLabel('2026-05-01', '2026-05-31')).toBe('2026-05');
    expect(periodLabel('2024-02-01', '2024-02-29')).toBe('2024-02');
    expect(periodLabel('2026-01-01', '2026-12-31')).toBe('2026');
    expect(periodLabel('2026-07-01', '2026-12-31')).toBe('2026-H2');
    expect(periodLabel(null, '2026-06-30')).toBe('2026-06-30');
    expect(periodLabel('2026-04-02', '2026-06-30')).toBe('2026-04-02_to_2026-06-30');
    expect(periodLabel('2026-05-01', '2026-07-31')).toBe('2026-05-01_to_2026-07-31');
    expect(periodLabel(null, null)).toBe('');
  });

  it('makes safe lower-case words of any text', () => {
    expect(slug('Quarterly Access Review — sign-off of the Okta groups')).toBe('quarterly-access-review-sign');
    expect(slug('Zugriffsprüfung für Ärzte')).toBe('zugriffsprufung-fur-arzte');
    expect(slug('日本語')).toBe('');
  });

  it('follows control_type_system_period.ext and leaves out what is unknown', () => {
    const base = { fileName: 'export (3).CSV', controls: ['ACC-04'], description: 'Access review', method: 'export', sourceSystem: 'Okta', coversFrom: '2026-04-01', coversTo: '2026-06-30' };
    expect(suggestNames(base)).toEqual(['ACC-04_access-review_okta_2026-Q2.csv', 'ACC-04_export-3_okta_2026-Q2.csv']);
    expect(suggestNames({ ...base, controls: [], sourceSystem: '', coversFrom: null, coversTo: null, description: '' })).toEqual(['export-3.csv']);
    expect(suggestNames({ ...base, controls: ['ACC-04', 'CHG-01'], description: '' })[1]).toBe('CHG-01_export-3_okta_2026-Q2.csv');
    // A name that already follows the pattern is not mined for words again.
    expect(suggestNames({ ...base, fileName: 'ACC-04_access-review_okta_2026-Q2.csv', description: 'Access review', sourceSystem: 'Okta' })).toEqual([]);
  });

  it('recognises media types by extension, then by content, and previews markup only as text', () => {
    expect(mediaTypeOf('shot.PNG', Buffer.alloc(0))).toBe('image/png');
    expect(mediaTypeOf('no-extension', Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(mediaTypeOf('mystery', Buffer.from([1, 2, 3]))).toBe('application/octet-stream');
    expect(previewKind('image/svg+xml')).toBe('text');
    expect(previewKind('text/html')).toBe('text');
    expect(previewKind('application/zip')).toBe('none');
    expect(guessMethod('image/jpeg')).toBe('screenshot');
    expect(guessMethod('application/zip')).toBeNull();
  });
});
