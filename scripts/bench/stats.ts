/** How the bench sums up repeated timings. Each returns NaN for no values. */

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The p-th percentile, nearest rank. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))] ?? NaN;
};

/** "12–48": the lowest and highest, rounded. */
export const spread = (values: number[]): string => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
