import { applyRateFloor, multiplyFen, toFen, type Bps, type Fen } from '../money/fen';
import { findOverride, type DistributionPolicy } from '../distribution/distribution-policy';
import type { LevelBeneficiary, SkipReason } from '../distribution/resolve-beneficiaries';

/** How one level's amount was worked out; stored on the entry so a refund can recompute it on what was kept. */
export type CommissionBasis = { kind: 'RATE'; rateBps: Bps } | { kind: 'FIXED_PER_UNIT'; perUnitFen: Fen };

/** Where the basis came from, in precedence order: SKU override > product override > grade > policy. */
export type BasisSource = 'SKU' | 'PRODUCT' | 'GRADE' | 'POLICY';

export interface CommissionLine {
  lineId: string;
  productId: string;
  skuId: string;
  quantity: number;
  /** What the shopper actually paid for this line after every discount, shipping excluded: the commission base. */
  paidFen: Fen;
}

export interface LineCommissionDraft {
  /** `${lineId}:L${level}` — deterministic so a retried write of the same entry is a no-op. */
  id: string;
  lineId: string;
  level: number;
  beneficiaryId: string;
  baseFen: Fen;
  quantity: number;
  basis: CommissionBasis;
  source: BasisSource;
  amountFen: Fen;
}

export type LineSkipReason =
  | SkipReason
  /** The product or SKU is set to pay no commission. */
  | 'NO_COMMISSION_PRODUCT'
  /** The rate or fixed amount gives less than 1 分. */
  | 'ROUNDS_TO_ZERO'
  /** Lower levels already take the whole line amount. */
  | 'LINE_CAP_REACHED';

export interface LineCommissionSkip {
  lineId: string;
  level: number;
  candidateId: string | null;
  reason: LineSkipReason;
}

export type LineCommissionPolicy = Pick<DistributionPolicy, 'levels' | 'ratesBps' | 'productOverrides' | 'grades'>;

/**
 * The commission entries one paid line creates, plus a record of every level that earned nothing and why (for the
 * distributor's "why didn't I earn" view). Beneficiaries come from resolveBeneficiaries; the policy and each
 * beneficiary's grade are the snapshots taken at payment.
 *
 * - The rate of a level is the grade rate of the distributor who receives it (人人商城: D earns L1 at D's grade rate,
 *   C earns L2 at C's grade rate), unless the product or SKU overrides it for everyone.
 * - A fixed amount is per unit and multiplied by the quantity (yudao once paid it once per line).
 * - A line never pays out more than was paid for it, see computeLevelAmounts.
 */
export function calculateLineCommission(input: {
  line: CommissionLine;
  beneficiaries: readonly LevelBeneficiary[];
  policy: LineCommissionPolicy;
  /** Each beneficiary's grade id at payment; absent, null or a grade no longer in the policy = the policy rates. */
  gradeOf: Readonly<Record<string, string | null>>;
}): { entries: LineCommissionDraft[]; skipped: LineCommissionSkip[] } {
  const { line, beneficiaries, policy, gradeOf } = input;
  assertLine(line);
  if (beneficiaries.length !== policy.levels || beneficiaries.some((b, i) => b.level !== i + 1)) {
    throw new Error('calculateLineCommission: expected one beneficiary result per policy level, in order');
  }
  const found = findOverride(policy.productOverrides, line.productId, line.skuId);
  const skipped: LineCommissionSkip[] = [];
  const skip = (level: number, candidateId: string | null, reason: LineSkipReason) =>
    skipped.push({ lineId: line.lineId, level, candidateId, reason });

  const planned: Array<{ level: number; beneficiaryId: string; basis: CommissionBasis; source: BasisSource }> = [];
  for (const b of beneficiaries) {
    if (!('beneficiaryId' in b)) {
      skip(b.level, b.candidateId, b.skipped);
      continue;
    }
    if (found?.override.kind === 'NONE') {
      skip(b.level, b.beneficiaryId, 'NO_COMMISSION_PRODUCT');
      continue;
    }
    const { basis, source } = basisFor(b.level, b.beneficiaryId, found, policy, gradeOf);
    planned.push({ level: b.level, beneficiaryId: b.beneficiaryId, basis, source });
  }

  const amounts = computeLevelAmounts(line.paidFen, line.quantity, planned.map((p) => p.basis));
  const entries: LineCommissionDraft[] = [];
  planned.forEach((p, i) => {
    const amountFen = amounts[i]?.amountFen ?? toFen(0);
    if (amountFen === 0) {
      // Zero entries are left out of the ledger: they would only be noise. The reason is kept instead.
      skip(p.level, p.beneficiaryId, (amounts[i]?.uncappedFen ?? 0) > 0 ? 'LINE_CAP_REACHED' : 'ROUNDS_TO_ZERO');
      return;
    }
    entries.push({
      id: `${line.lineId}:L${p.level}`,
      lineId: line.lineId,
      level: p.level,
      beneficiaryId: p.beneficiaryId,
      baseFen: line.paidFen,
      quantity: line.quantity,
      basis: p.basis,
      source: p.source,
      amountFen,
    });
  });
  skipped.sort((a, b) => a.level - b.level);
  return { entries, skipped };
}

/**
 * Each level's amount on a base, in level order: a rate is floored to the 分 (the merchant never pays more than the
 * configured rate), a fixed amount is multiplied by the quantity, and every level is capped at what the lower levels
 * left of the paid amount. The cap matters because rates come from each receiver's own grade (a grade-A level 1 plus
 * a grade-B level 2 may exceed 100% although each grade alone is within it) and because a fixed amount cannot be
 * checked against a price when it is configured. Nearer levels are paid first: they did the selling.
 * Exported so a refund recomputes the kept commission by exactly the same rule.
 */
export function computeLevelAmounts(
  paidFen: Fen,
  quantity: number,
  bases: readonly CommissionBasis[],
): Array<{ uncappedFen: Fen; amountFen: Fen }> {
  let left = toFen(paidFen);
  if (left < 0) throw new Error('computeLevelAmounts: negative base');
  return bases.map((basis) => {
    const uncappedFen =
      basis.kind === 'RATE'
        ? applyRateFloor(paidFen, basis.rateBps)
        : quantity === 0
          ? toFen(0)
          : multiplyFen(basis.perUnitFen, quantity);
    const amountFen = toFen(Math.min(uncappedFen, left));
    left = toFen(left - amountFen);
    return { uncappedFen, amountFen };
  });
}

function basisFor(
  level: number,
  beneficiaryId: string,
  found: ReturnType<typeof findOverride>,
  policy: LineCommissionPolicy,
  gradeOf: Readonly<Record<string, string | null>>,
): { basis: CommissionBasis; source: BasisSource } {
  const i = level - 1;
  if (found?.override.kind === 'RATE') {
    return { basis: { kind: 'RATE', rateBps: at(found.override.ratesBps, i) }, source: found.source };
  }
  if (found?.override.kind === 'FIXED_PER_UNIT') {
    return { basis: { kind: 'FIXED_PER_UNIT', perUnitFen: at(found.override.amountsFen, i) }, source: found.source };
  }
  const gradeId = Object.prototype.hasOwnProperty.call(gradeOf, beneficiaryId) ? gradeOf[beneficiaryId] : null;
  const grade = gradeId == null ? undefined : policy.grades.find((g) => g.id === gradeId);
  if (grade) return { basis: { kind: 'RATE', rateBps: at(grade.ratesBps, i) }, source: 'GRADE' };
  return { basis: { kind: 'RATE', rateBps: at(policy.ratesBps, i) }, source: 'POLICY' };
}

function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  // The policy was validated (one value per level) before it was stored, so a gap is a bug, not a user error.
  if (x === undefined) throw new Error(`calculateLineCommission: no value for level ${i + 1} in the policy`);
  return x;
}

function assertLine(line: CommissionLine): void {
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new Error(`calculateLineCommission: line ${line.lineId} has quantity ${line.quantity}`);
  }
  if (toFen(line.paidFen) < 0) throw new Error(`calculateLineCommission: line ${line.lineId} has a negative amount`);
}
