import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawSampleRows, newSeed } from '../../../core/review/auditor-sampling';

describe('the auditor’s sample draw', () => {
  it('is reproducible from its seed and lists distinct rows in order', () => {
    const first = drawSampleRows('a1b2c3', 250, 25);
    expect(drawSampleRows('a1b2c3', 250, 25)).toEqual(first);
    expect(first).toHaveLength(25);
    expect(new Set(first).size).toBe(25);
    expect([...first].sort((a, b) => a - b)).toEqual(first);
    expect(first.every((row) => row >= 1 && row <= 250)).toBe(true);
    expect(drawSampleRows('another seed', 250, 25)).not.toEqual(first);
  });

  it('can be recomputed by anyone: the rows with the smallest SHA-256 of "<seed>:<row>"', () => {
    const keys = Array.from({ length: 40 }, (_, i) => ({ row: i + 1, key: createHash('sha256').update(`s:${i + 1}`).digest('hex') }));
    const expected = keys.sort((a, b) => a.key.localeCompare(b.key)).slice(0, 5).map((k) => k.row).sort((a, b) => a - b);
    expect(drawSampleRows('s', 40, 5)).toEqual(expected);
  });

  it('takes the whole population when asked for all of it, and refuses impossible sizes', () => {
    expect(drawSampleRows('x', 4, 4)).toEqual([1, 2, 3, 4]);
    expect(() => drawSampleRows('x', 4, 5)).toThrow(RangeError);
    expect(() => drawSampleRows('x', 0, 1)).toThrow(RangeError);
    expect(newSeed()).toMatch(/^[0-9a-f]{16}$/);
  });
});
