import { settleAfterMs } from '../../../src/domain/commission/settle-after';
import { DEFAULT_FREEZE_DAYS } from '../../../src/domain/distribution/distribution-policy';
import type { OrderDoc } from '../docs';

/**
 * What receiving an order writes: the receipt time and when its commission may settle (the freeze period of the
 * policy the order was paid under starts now). Shared by the buyer's confirmReceipt and the store's pickup
 * verification, so both start the after-sale window the same way.
 */
export function receiptPatch(order: Pick<OrderDoc, 'policySnapshot'>, receivedAt: string): { receivedAt: string; settleAfter: string } {
  const freezeDays = order.policySnapshot?.freezeDays ?? DEFAULT_FREEZE_DAYS;
  return { receivedAt, settleAfter: new Date(settleAfterMs(receivedAt, freezeDays)).toISOString() };
}
