/** One benchmark: runs, then returns rows for the table (and whether each met its target). */
export interface BenchRow {
  measure: string;
  value: string;
  target: string;
  /** null when the row is information, not a target. */
  ok: boolean | null;
}

export interface Benchmark {
  name: string;
  description: string;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

/** A benchmark that reports in sentences (one row each) and one overall verdict. */
export interface LineBenchResult {
  name: string;
  lines: string[];
  ok: boolean;
}

export function fromLines(name: string, description: string, run: () => Promise<LineBenchResult>): Benchmark {
  return {
    name,
    description,
    async run() {
      const result = await run();
      return [...result.lines.map((line) => ({ measure: line, value: '', target: '', ok: null })), { measure: 'all targets', value: result.ok ? 'met' : 'missed', target: 'met', ok: result.ok }];
    },
  };
}
