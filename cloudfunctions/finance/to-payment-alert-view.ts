import type { PaymentAlertView } from '../../src/contracts/finance';
import type { PaymentAlertDoc } from '../shared/kernel/docs/docs';
import { alertState } from '../shared/flows/payment-alerts/alert-state';

export function toPaymentAlertView(a: PaymentAlertDoc): PaymentAlertView {
  return {
    id: a._id,
    kind: a.kind,
    state: alertState(a),
    orderId: a.orderId,
    hasOrder: a.kind !== 'UNKNOWN_ORDER',
    outTradeNo: a.outTradeNo ?? a.orderId,
    transactionId: a.transactionId,
    expectedFen: a.expectedFen,
    notifiedFen: a.notifiedFen,
    createdAt: a.createdAt,
    refundNo: a.refundNo ?? null,
    refundRequestedBy: a.refundRequestedBy ?? null,
    refundRequestedAt: a.refundRequestedAt ?? null,
    refundedAt: a.refundedAt ?? null,
    failureReason: a.failureReason ?? null,
    channelState: a.channelState ?? null,
    channelReason: a.channelReason ?? null,
    dismissedBy: a.dismissedBy ?? null,
    dismissedAt: a.dismissedAt ?? null,
    dismissNote: a.dismissNote ?? null,
  };
}
