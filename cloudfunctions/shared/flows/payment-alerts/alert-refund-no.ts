import { stableId } from '../scenes/scene-id';

/**
 * out_refund_no of a payment alert's refund: 'PA' + 24 base62 of the alert id — the same on every retry (WeChat
 * requires that), within WeChat's ≤ 64 of [0-9A-Za-z_-] whatever the transaction id holds, and never clashing with a
 * line refund's number (those start with 'R'), so the refund notify can tell the two apart without a lookup.
 */
export const ALERT_REFUND_PREFIX = 'PA';

export function alertRefundNo(alertId: string): string {
  return ALERT_REFUND_PREFIX + stableId(['payment-alert-refund', alertId], 24);
}

export function isAlertRefundNo(outRefundNo: string): boolean {
  return outRefundNo.startsWith(ALERT_REFUND_PREFIX);
}
