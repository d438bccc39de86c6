import { applyRateFloor, type Bps, type Fen } from '../money/fen';
import { assertCommissionPolicy, type CommissionPolicy } from './commission-policy';

export interface PaidLine {
  lineId: string;
  paidFen: Fen;
}

export interface CommissionDraft {
  /** `${lineId}:L${level}` — deterministic so a retried write of the same entry is a no-op. */
  id: string;
  lineId: string;
  level: number;
  beneficiaryId: string;
  baseFen: Fen;
  rateBps: Bps;
  amountFen: Fen;
}

/**
 * The commission entries an order creates at payment, from the upline and policy snapshotted on the order.
 * Each level's amount is floored to the 分 on its own, so the merchant never pays more than the configured rate.
 * Zero amounts are left out: a ledger entry of 0 would only be noise.
 */
export function calculateCommissions(input: {
  lines: readonly PaidLine[];
  /** The buyer's ancestors, nearest first (snapshot). */
  upline: readonly string[];
  policy: CommissionPolicy;
}): CommissionDraft[] {
  const { lines, upline, policy } = input;
  assertCommissionPolicy(policy);
  const earningLevels = Math.min(policy.levels, upline.length);
  const drafts: CommissionDraft[] = [];
  const seenLineIds = new Set<string>();
  for (const line of lines) {
    // Ids derive from line ids; a repeated line id would make two entries collide as one idempotency key.
    if (seenLineIds.has(line.lineId)) {
      throw new Error(`calculateCommissions: duplicate line id ${line.lineId}`);
    }
    seenLineIds.add(line.lineId);
    for (let level = 1; level <= earningLevels; level++) {
      const beneficiaryId = upline[level - 1];
      const rateBps = policy.ratesBps[level - 1];
      if (beneficiaryId === undefined || rateBps === undefined) {
        throw new Error('calculateCommissions: level outside the checked policy and upline');
      }
      const amountFen = applyRateFloor(line.paidFen, rateBps);
      if (amountFen === 0) continue;
      drafts.push({
        id: `${line.lineId}:L${level}`,
        lineId: line.lineId,
        level,
        beneficiaryId,
        baseFen: line.paidFen,
        rateBps,
        amountFen,
      });
    }
  }
  return drafts;
}
