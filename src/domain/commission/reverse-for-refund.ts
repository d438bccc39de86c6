import { DomainError } from '../shared/domain-error';
import { toFen, type Fen } from '../money/fen';
import { computeLevelAmounts, type CommissionBasis } from './calculate-line-commission';
import type { CommissionEntry } from './commission-entry-lifecycle';

export interface RefundOfLine {
  refundId: string;
  /** Money refunded for this line by this refund. */
  fen: Fen;
  /** Units returned by this refund; 0 for a money-only refund (仅退款 part of the price). */
  units: number;
}

export interface RefundReversal {
  /** New REVERSAL (parent PENDING) and CLAWBACK (parent SETTLED or WITHDRAWN) entries, amounts < 0. */
  corrections: CommissionEntry[];
  /** PENDING commissions that now net to 0: move each, with all its REVERSAL entries, to REVERSED. */
  fullyReversedParentIds: string[];
  keptFen: Fen;
  keptUnits: number;
  /** This refund's corrections already exist in `entries`: a replay, nothing to write. */
  alreadyApplied: boolean;
}

/**
 * The commission corrections a (partial) refund of one line needs.
 *
 * Rounding rule: after any refunds, each level keeps exactly the commission the line would have paid had the shopper
 * bought only what they kept: floor(keptFen × rate / 10000) for a rate, perUnit × keptUnits for a fixed amount,
 * capped in level order at keptFen (computeLevelAmounts, the rule used at payment), and never more than the level
 * already has. The correction is the difference, so a refund takes back the ceiling of its proportional share.
 * Example: 10% on 1000 分 = 100; refunding 333 keeps floor(66.7) = 66, a correction of −34 (not −33).
 *
 * Why recompute instead of reversing a proportional share with largest-remainder rounding: the kept commission is a
 * function of what was kept only, so any sequence of partial refunds ends at the same entries, the sum of a line's
 * entries always equals the commission on what was kept, to the 分, and no level is ever pushed below zero. A
 * proportional split rounded per refund drifts by a 分 per step, and largest remainder across levels can even raise
 * one level when the refunded total grows (the Alabama paradox). Per level the result is still "in proportion".
 *
 * A fixed per-unit commission belongs to the units kept: a money-only refund lowers it only through the cap.
 * `refundedBefore` is the sum of this line's EARLIER refunds, this one excluded.
 */
export function reverseForRefund(input: {
  line: { lineId: string; paidFen: Fen; quantity: number };
  /** Every ledger entry of this line so far (all kinds and statuses). */
  entries: readonly CommissionEntry[];
  refundedBefore: { fen: Fen; units: number };
  refund: RefundOfLine;
}): RefundReversal {
  const { line, entries, refundedBefore, refund } = input;
  assertAmounts(refund.fen, refund.units, 'refund');
  assertAmounts(refundedBefore.fen, refundedBefore.units, 'refundedBefore');
  const keptFen = toFen(line.paidFen - refundedBefore.fen - refund.fen);
  const keptUnits = line.quantity - refundedBefore.units - refund.units;
  if (keptFen < 0 || keptUnits < 0) {
    throw new DomainError('REFUND.EXCEEDS_LINE', '退款金额或数量超过了该商品实付');
  }

  const parents = entries
    .filter((e) => e.kind === 'COMMISSION' && e.lineId === line.lineId)
    .sort((a, b) => a.level - b.level);
  const bases = parents.map((p): CommissionBasis => {
    if (p.basis === null) throw new Error(`reverseForRefund: commission ${p.id} has no basis`);
    return p.basis;
  });
  const kept = computeLevelAmounts(keptFen, keptUnits, bases);

  const corrections: CommissionEntry[] = [];
  const fullyReversedParentIds: string[] = [];
  let replayed = 0;
  parents.forEach((parent, i) => {
    const children = entries.filter((e) => e.parentEntryId === parent.id);
    const id = `${parent.id}:R${refund.refundId}`;
    const net = children.reduce((sum, c) => sum + c.amountFen, parent.amountFen as number);
    if (children.some((c) => c.id === id)) {
      replayed++;
      if (parent.status === 'PENDING' && net === 0) fullyReversedParentIds.push(parent.id);
      return;
    }
    if (parent.status === 'REVERSED') return;
    const target = Math.min(net, kept[i]?.amountFen ?? 0);
    const delta = net - target;
    if (delta <= 0) return;
    const pending = parent.status === 'PENDING';
    corrections.push({
      id,
      kind: pending ? 'REVERSAL' : 'CLAWBACK',
      // A reversal shares its parent's (pending) status; a clawback is settled money taken back.
      status: pending ? 'PENDING' : 'SETTLED',
      beneficiaryId: parent.beneficiaryId,
      lineId: parent.lineId,
      level: parent.level,
      amountFen: toFen(-delta),
      parentEntryId: parent.id,
      basis: null,
    });
    if (pending && target === 0) fullyReversedParentIds.push(parent.id);
  });
  // Levels are independent, so a replay after a partial write (which a transaction should prevent) still completes
  // exactly the missing corrections.
  return { corrections, fullyReversedParentIds, keptFen, keptUnits, alreadyApplied: replayed > 0 && corrections.length === 0 };
}

function assertAmounts(fen: Fen, units: number, what: string): void {
  if (toFen(fen) < 0 || !Number.isSafeInteger(units) || units < 0) {
    throw new Error(`reverseForRefund: ${what} must be a non-negative amount and unit count`);
  }
}
