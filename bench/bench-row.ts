/** One line of the benchmark table: a figure next to its target. */
export interface BenchRow {
  area: string;
  metric: string;
  value: number;
  unit: string;
  /** e.g. '≤ 12'; empty when the figure is informational. */
  target: string;
  /** null when there is no target. */
  met: boolean | null;
}

export const row = (area: string, metric: string, value: number, unit: string, target?: { max?: number; min?: number }): BenchRow => ({
  area,
  metric,
  value: Math.round(value * 100) / 100,
  unit,
  target: target?.max !== undefined ? `≤ ${target.max}` : target?.min !== undefined ? `≥ ${target.min}` : '',
  met: target ? (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min) : null,
});
