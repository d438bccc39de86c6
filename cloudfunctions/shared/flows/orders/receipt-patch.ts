import { afterSaleWindowEndsMs } from '../../../../src/domain/after-sale/after-sale-window';
import { settleAfterMs } from '../../../../src/domain/commission/settle-after';
import { DEFAULT_FREEZE_DAYS } from '../../../../src/domain/distribution/distribution-policy';
import type { OrderDoc } from '../../kernel/docs/docs';
import { defaultReviewDueAt } from '../../../../src/domain/review/review-rules';

export interface ReceiptPatch {
  receivedAt: string;
  receivedBy: NonNullable<OrderDoc['receivedBy']>;
  afterSaleEndsAt: string;
  settleAfter: string;
  /** 评价: lines still without a review get the default one then. */
  reviewDueAt: string;
}

/**
 * What receiving an order writes: the receipt time, when the shopper's after-sale window closes (the shop's
 * after-sale days, fixed now so a later settings change does not move it) and when its commission may settle (after
 * that window and the freeze period of the policy the order was paid under). Shared by the buyer's confirmReceipt,
 * the store's pickup verification and the automatic receipt, so all three start the window the same way (and the
 * wait for the default review).
 */
export function receiptPatch(order: Pick<OrderDoc, 'policySnapshot'>, receivedAt: string, afterSaleDays: number, receivedBy: ReceiptPatch['receivedBy']): ReceiptPatch {
  const freezeDays = order.policySnapshot?.freezeDays ?? DEFAULT_FREEZE_DAYS;
  return {
    receivedAt,
    receivedBy,
    afterSaleEndsAt: new Date(afterSaleWindowEndsMs(receivedAt, afterSaleDays)).toISOString(),
    settleAfter: new Date(settleAfterMs(receivedAt, { freezeDays, afterSaleDays })).toISOString(),
    reviewDueAt: defaultReviewDueAt(receivedAt),
  };
}
