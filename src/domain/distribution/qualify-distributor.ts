import { toFen, type Fen } from '../money/fen';
import type { Qualification } from './distribution-policy';

export interface QualificationStats {
  /** Paid orders not fully refunded. */
  paidOrderCount: number;
  /** Everything the user has paid for goods, shipping excluded. */
  paidSpendFen: Fen;
  /** Everything refunded of that. */
  refundedFen: Fen;
}

export type QualificationResult =
  | { qualifies: true }
  | { qualifies: false; reason: 'NEEDS_PAID_ORDER' }
  | { qualifies: false; reason: 'SPEND_BELOW_THRESHOLD'; remainingFen: Fen }
  /** The user may apply; staff decide. */
  | { qualifies: false; reason: 'NEEDS_APPLICATION' }
  | { qualifies: false; reason: 'STAFF_ONLY' };

/**
 * Whether a user becomes a distributor automatically now, under the merchant's qualification mode. Called when
 * their stats change (payment, refund); once made a distributor they are not demoted by a later refund — only staff
 * revoke. Spend is net of refunds (CRMEB counted refunded orders in one place and not in another), and the threshold
 * is met at ≥, the one comparison used everywhere (CRMEB mixed > and ≥). Nothing here ever costs the user money or
 * requires a specific product (see compliance).
 */
export function qualifyDistributor(mode: Qualification, stats: QualificationStats): QualificationResult {
  switch (mode.kind) {
    case 'UNCONDITIONAL':
      return { qualifies: true };
    case 'FIRST_PAID_ORDER':
      return stats.paidOrderCount >= 1 ? { qualifies: true } : { qualifies: false, reason: 'NEEDS_PAID_ORDER' };
    case 'SPEND_AT_LEAST': {
      const net = toFen(stats.paidSpendFen - stats.refundedFen);
      if (net < 0) throw new Error('qualifyDistributor: refunded more than paid');
      return net >= mode.thresholdFen
        ? { qualifies: true }
        : { qualifies: false, reason: 'SPEND_BELOW_THRESHOLD', remainingFen: toFen(mode.thresholdFen - net) };
    }
    case 'APPLICATION':
      return { qualifies: false, reason: 'NEEDS_APPLICATION' };
    case 'STAFF_ONLY':
      return { qualifies: false, reason: 'STAFF_ONLY' };
    default: {
      const unknown: never = mode;
      throw new Error(`unknown qualification ${JSON.stringify(unknown)}`);
    }
  }
}
