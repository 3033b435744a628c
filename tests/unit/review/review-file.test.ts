import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewFile } from '../../../core/review/read-review-file';
import { REVIEW_FORMAT, serialiseReviewFile, type ReviewFile } from '../../../core/review/review-format';
import { ReviewRecord } from '../../../core/review/review-record';
import { saveReviewFile } from '../../../core/review/save-review-file';
import { tempDir } from '../helpers/temp';
import { NOW, sampleReview } from './review-fixtures';


function write(dir: string, content: unknown, name = 'r.soc2review'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('the review file format', () => {
  it('reads back exactly what was saved', () => {
    const dir = tempDir();
    const review = sampleReview();
    const file = path.join(dir, 'acme review.soc2review');
    saveReviewFile(file, review);
    expect(fs.readFileSync(file, 'utf8')).toBe(serialiseReviewFile(review));
    expect(readReviewFile(file)).toEqual(review);
  });

  it('refuses files that are not review files, with REVIEW_* codes and no change to the file', () => {
    const dir = tempDir();
    const valid = sampleReview();
    const cases: [unknown, string, RegExp][] = [
      ['not json {', 'REVIEW_INVALID', /not a JSON document/],
      [{ ...valid, format: 'something-else' }, 'REVIEW_INVALID', /format marker/],
      [{ ...valid, formatVersion: 2 }, 'REVIEW_FROM_NEWER_VERSION', /newer version/],
      [{ ...valid, reviewId: 'not-a-uuid' }, 'REVIEW_INVALID', /reviewId/],
      [{ ...valid, extra: true }, 'REVIEW_INVALID', /a field is not valid/],
      [{ ...valid, workspace: { ...valid.workspace, fileSha256: 'xyz' } }, 'REVIEW_INVALID', /fileSha256/],
      [{ ...valid, workspace: { ...valid.workspace, sealVersion: 2 } }, 'REVIEW_INVALID', /given together/],
      [{ ...valid, requests: [...valid.requests, valid.requests[0]] }, 'REVIEW_INVALID', /own id/],
      [{ ...valid, requests: [{ ...valid.requests[0]!, dueDate: '2026-02-30' }] }, 'REVIEW_INVALID', /calendar date/],
    ];
    for (const [content, code, message] of cases) {
      const file = write(dir, content);
      const before = fs.readFileSync(file);
      expect(() => readReviewFile(file), JSON.stringify(content).slice(0, 60)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
      expect(fs.readFileSync(file)).toEqual(before);
    }
    expect(() => readReviewFile(path.join(dir, 'missing.soc2review'))).toThrow(expect.objectContaining({ code: 'REVIEW_NOT_FOUND' }));
    expect(() => readReviewFile(write(dir, valid, 'r.json'))).toThrow(expect.objectContaining({ code: 'REVIEW_INVALID' }));
    const huge = path.join(dir, 'huge.soc2review');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 21 * 1024 * 1024);
    expect(() => readReviewFile(huge)).toThrow(expect.objectContaining({ code: 'REVIEW_INVALID', message: expect.stringMatching(/limit/) }));
  });

  it('refuses a sample whose rows do not match its size or repeat', () => {
    const dir = tempDir();
    const sample = { id: randomUUID(), populationRef: 'POP-1', populationSha256: 'd'.repeat(64), seed: 's', algorithm: 'sha256-rank/1', size: 2, rows: [3, 9], drawnBy: 'Dana', drawnAt: NOW };
    expect(readReviewFile(write(dir, sampleReview({ samples: [sample] }))).samples).toHaveLength(1);
    expect(() => readReviewFile(write(dir, sampleReview({ samples: [{ ...sample, rows: [3] }] })))).toThrow(expect.objectContaining({ code: 'REVIEW_INVALID' }));
    expect(() => readReviewFile(write(dir, sampleReview({ samples: [{ ...sample, rows: [9, 3] }] })))).toThrow(expect.objectContaining({ code: 'REVIEW_INVALID' }));
  });
});

describe('saving the review file', () => {
  it('replaces the file in one step: a reader of the old file never sees a half-written one, and no temporary file is left', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.soc2review');
    const first = sampleReview();
    saveReviewFile(file, first);
    const oldHandle = fs.openSync(file, 'r');
    const second = { ...first, requests: [...first.requests, { id: randomUUID(), reference: 'R-2', request: 'Change tickets', dueDate: null, createdAt: NOW }] };
    saveReviewFile(file, second);
    // The old file's bytes stay whole under the old handle (renamed over, not rewritten in place).
    expect(fs.readFileSync(oldHandle, 'utf8')).toBe(serialiseReviewFile(first));
    fs.closeSync(oldHandle);
    expect(readReviewFile(file)).toEqual(second);
    expect(fs.readdirSync(dir)).toEqual(['r.soc2review']);
  });

  it('never writes a document it would refuse, and leaves the last good file as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.soc2review');
    saveReviewFile(file, sampleReview());
    const before = fs.readFileSync(file);
    expect(() => saveReviewFile(file, { ...sampleReview(), format: 'nope' } as unknown as ReviewFile)).toThrow();
    expect(fs.readFileSync(file)).toEqual(before);
    expect(fs.readdirSync(dir)).toEqual(['r.soc2review']);
  });

  it('saves every edit at once and keeps the screen and the file in step when a save fails', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.soc2review');
    const record = new ReviewRecord(sampleReview({ requests: [], notes: [] }), file, false, () => NOW);
    expect(fs.existsSync(file)).toBe(false);
    record.addRequest({ reference: 'R-1', request: 'Q3 access review', dueDate: null });
    expect(readReviewFile(file).requests.map((r) => r.request)).toEqual(['Q3 access review']);
    const note = record.addNote({ target: { kind: 'criterion', ref: 'CC6.1' }, text: 'Explain the MFA exception.' });
    expect(readReviewFile(file).notes).toEqual([note]);
    record.removeItem(note.id);
    expect(readReviewFile(file).notes).toEqual([]);

    const gone = new ReviewRecord(sampleReview({ requests: [] }), path.join(dir, 'no such folder', 'r.soc2review'), false, () => NOW);
    expect(() => gone.addRequest({ reference: '', request: 'x', dueDate: null })).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT', message: expect.stringMatching(/could not be saved/) }));
    expect(gone.document.requests).toEqual([]);
    expect(gone.saved).toBe(false);
  });

  it('saves as another file without replacing an existing one', () => {
    const dir = tempDir();
    const record = new ReviewRecord(sampleReview({ requests: [] }), path.join(dir, 'a.soc2review'), false, () => NOW);
    record.addRequest({ reference: '', request: 'first', dueDate: null });
    fs.writeFileSync(path.join(dir, 'taken.soc2review'), 'someone else’s');
    expect(() => record.saveAs(path.join(dir, 'taken.soc2review'))).toThrow(expect.objectContaining({ message: expect.stringMatching(/never replaced/) }));
    expect(fs.readFileSync(path.join(dir, 'taken.soc2review'), 'utf8')).toBe('someone else’s');
    record.saveAs(path.join(dir, 'b.soc2review'));
    record.addRequest({ reference: '', request: 'second', dueDate: null });
    expect(readReviewFile(path.join(dir, 'b.soc2review')).requests).toHaveLength(2);
    expect(readReviewFile(path.join(dir, 'a.soc2review')).requests).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.soc2review'), 'utf8')).format).toBe(REVIEW_FORMAT);
  });
});
