import type { Platform, RefundCallResult } from './platform';

type PayPort = Pick<Platform, 'unifiedOrder' | 'queryOrder' | 'closeOrder' | 'refund'>;

/**
 * Local WeChat Pay stand-in. Prepay answers "simulated": the client opens the simulated pay page, which runs the
 * real payment-callback handler. Nothing is ever paid behind the shop's back, so a query says NOTPAY (tests swap
 * in their own answer to drive the reconcile job). A refund succeeds at once and, like the real API, answers a
 * repeated refund number with its first result.
 */
export function createLocalPay(): PayPort {
  const refunds = new Map<string, RefundCallResult>();
  return {
    unifiedOrder: async () => ({ kind: 'simulated' }),
    queryOrder: async () => ({ state: 'NOTPAY' }),
    closeOrder: async () => undefined,
    async refund({ outRefundNo }) {
      const earlier = refunds.get(outRefundNo);
      if (earlier) return earlier;
      const result: RefundCallResult = { ok: true, state: 'SUCCESS', refundRef: `local-${outRefundNo}` };
      refunds.set(outRefundNo, result);
      return result;
    },
  };
}
