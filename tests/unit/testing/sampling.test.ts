import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawSample, SAMPLE_ALGORITHM } from '../../../core/testing/draw-sample';

describe('seeded sampling', () => {
  it('gives the same rows for the same seed and population, every time', () => {
    const first = drawSample(10_000, 25, 'Q3-2026');
    const again = drawSample(10_000, 25, 'Q3-2026');
    expect(again).toEqual(first);
    expect(first.algorithm).toBe(SAMPLE_ALGORITHM);
    expect(drawSample(10_000, 25, 'Q3-2027').rows).not.toEqual(first.rows);
  });

  it('samples without replacement: distinct rows within the population, in row order', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const { rows } = drawSample(30, 30, seed);
      expect(rows).toEqual(Array.from({ length: 30 }, (_, index) => index + 1));
      const some = drawSample(1000, 60, seed).rows;
      expect(new Set(some).size).toBe(60);
      expect(some.every((row) => row >= 1 && row <= 1000)).toBe(true);
      expect([...some].sort((x, y) => x - y)).toEqual(some);
    }
  });

  it('can be redone by hand: the rows with the smallest SHA-256("<seed>:<row>")', () => {
    const keys = Array.from({ length: 200 }, (_, index) => ({ row: index + 1, key: createHash('sha256').update(`7f3a9c21:${index + 1}`).digest('hex') }));
    const expected = keys
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .slice(0, 10)
      .map((entry) => entry.row)
      .sort((a, b) => a - b);
    expect(drawSample(200, 10, '7f3a9c21').rows).toEqual(expected);
  });

  it('spreads over the population rather than clustering (each row about equally likely)', () => {
    const hits = new Array<number>(20).fill(0);
    for (let seed = 0; seed < 2000; seed++) for (const row of drawSample(20, 5, `s${seed}`).rows) hits[row - 1]! += 1;
    // Expected 500 each; a fair draw stays well within ±20 %.
    expect(Math.min(...hits)).toBeGreaterThan(400);
    expect(Math.max(...hits)).toBeLessThan(600);
  });

  it('makes up a seed when none is given, and refuses impossible draws with what to do', () => {
    const made = drawSample(50, 5);
    expect(made.seed).toMatch(/^[0-9a-f]{16}$/);
    expect(drawSample(50, 5, made.seed).rows).toEqual(made.rows);
    expect(() => drawSample(4, 5, 'x')).toThrow('A sample of 5 cannot be drawn from 4 rows: choose 4 or fewer.');
    expect(() => drawSample(0, 1, 'x')).toThrow(/nothing to sample/);
    expect(() => drawSample(10, 2, 'has space')).toThrow(/A seed is 1–64 letters/);
  });
});
