/** One figure the benchmark prints: `npm run bench` shows these as a table, `--json FILE` writes them. */
export interface BenchRow {
  /** Stable key, used as the JSON name: "detect.table.callprep_mb_s". */
  name: string;
  value: number;
  unit: string;
  /** What it is, in words, for the table. */
  label: string;
  /** The target, when there is one: "≥ 10x", "< 50 ms". */
  target?: string;
}

export type BenchSection = () => Promise<BenchRow[]>;
