import type { LevelBeneficiary } from '../distribution/resolve-beneficiaries';
import {
  calculateLineCommission,
  type CommissionLine,
  type LineCommissionDraft,
  type LineCommissionPolicy,
  type LineCommissionSkip,
} from './calculate-line-commission';

/**
 * Every commission entry (and every skipped level, with its reason) an order creates at payment: the beneficiaries
 * are resolved once per order (they depend on the buyer, not the line), then each paid line is calculated on its own
 * base. Entry ids derive from line ids, so a repeated line id would make two entries one idempotency key: a bug.
 */
export function calculateOrderCommission(input: {
  lines: readonly CommissionLine[];
  beneficiaries: readonly LevelBeneficiary[];
  policy: LineCommissionPolicy;
  gradeOf: Readonly<Record<string, string | null>>;
}): { entries: LineCommissionDraft[]; skipped: LineCommissionSkip[] } {
  const seen = new Set<string>();
  const entries: LineCommissionDraft[] = [];
  const skipped: LineCommissionSkip[] = [];
  for (const line of input.lines) {
    if (seen.has(line.lineId)) throw new Error(`calculateOrderCommission: duplicate line id ${line.lineId}`);
    seen.add(line.lineId);
    const result = calculateLineCommission({ ...input, line });
    entries.push(...result.entries);
    skipped.push(...result.skipped);
  }
  return { entries, skipped };
}
