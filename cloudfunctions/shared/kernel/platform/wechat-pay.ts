import { randomBytes } from 'node:crypto';
import type { Platform } from './platform';
import { payFailureText, payOutcome } from './wechat-pay-outcome';

/* eslint-disable @typescript-eslint/no-explicit-any -- the wx-server-sdk ships loose types */

type PayPort = Pick<Platform, 'unifiedOrder' | 'queryOrder' | 'closeOrder' | 'refund'>;

/** The deployed function that receives each kind of notify (cloudPay calls it with SOURCE wx_paycallback). */
export const PAY_NOTIFY_FUNCTION = 'payment-callback';
export const REFUND_NOTIFY_FUNCTION = 'refund-callback';

/**
 * WeChat Pay through CloudBase's cloudPay (免证书, the env's bound merchant number as sub_mch_id; platform-facts §4).
 * Amounts are integer 分 as the API wants; outTradeNo is the order id (≤ 32 of [0-9A-Za-z_-]); the refund number is
 * the RefundDoc id, reused on every retry. cloudPay converts camelCase ↔ snake_case both ways.
 */
export function createWechatPay(cloud: any): PayPort {
  const subMchId = () => {
    const id = process.env.WX_SUB_MCH_ID;
    if (!id) throw new Error('WX_SUB_MCH_ID is not set: bind the merchant number in the CloudBase console and set it in cloudbaserc.json');
    return id;
  };
  const envId = () => String(cloud.getWXContext().ENV ?? process.env.TCB_ENV ?? '');
  const nonceStr = () => randomBytes(16).toString('hex');

  return {
    // The payer is the user whose call triggered the function: cloudPay fills it in (no openid among its documented
    // parameters), so `openid` is not passed on.
    async unifiedOrder({ outTradeNo, totalFen, body }) {
      const res = await cloud.cloudPay.unifiedOrder({
        functionName: PAY_NOTIFY_FUNCTION,
        envId: envId(),
        subMchId: subMchId(),
        nonceStr: nonceStr(),
        body: truncateBytes(body, 128),
        outTradeNo,
        totalFee: totalFen,
        spbillCreateIp: cloud.getWXContext().CLIENTIP || '127.0.0.1',
        tradeType: 'JSAPI',
      });
      if (payOutcome(res).kind !== 'ok' || !res.payment) throw new Error(`cloudPay.unifiedOrder failed: ${payFailureText(res)}`);
      return { kind: 'wechat', payment: res.payment };
    },
    async queryOrder({ outTradeNo }) {
      const res = await cloud.cloudPay.queryOrder({ subMchId: subMchId(), nonceStr: nonceStr(), outTradeNo });
      const outcome = payOutcome(res);
      if (outcome.kind === 'not-exist') return { state: 'NOTEXIST' };
      if (outcome.kind !== 'ok') return { state: 'UNKNOWN', detail: payFailureText(res) };
      if (res.tradeState === 'SUCCESS') return { state: 'PAID', transactionId: String(res.transactionId), totalFen: Number(res.totalFee) as never };
      if (res.tradeState === 'CLOSED' || res.tradeState === 'REVOKED') return { state: 'CLOSED' };
      if (res.tradeState === 'REFUND') return { state: 'REFUND' };
      if (res.tradeState === 'NOTPAY' || res.tradeState === 'PAYERROR') return { state: 'NOTPAY', detail: res.tradeState };
      return { state: 'UNKNOWN', detail: String(res.tradeState) }; // USERPAYING: ask again next run
    },
    async closeOrder({ outTradeNo }) {
      const res = await cloud.cloudPay.closeOrder({ subMchId: subMchId(), nonceStr: nonceStr(), outTradeNo });
      // Already closed, or never created (the payer never opened the pay sheet): either way it can no longer be paid.
      const outcome = payOutcome(res).kind;
      if (outcome === 'ok' || outcome === 'closed' || outcome === 'not-exist') return;
      throw new Error(`cloudPay.closeOrder failed: ${payFailureText(res)}`); // e.g. 订单已支付: the caller must not cancel
    },
    async refund({ outRefundNo, outTradeNo, totalFen, refundFen }) {
      const res = await cloud.cloudPay.refund({
        functionName: REFUND_NOTIFY_FUNCTION,
        envId: envId(),
        subMchId: subMchId(),
        nonceStr: nonceStr(),
        outTradeNo,
        outRefundNo,
        totalFee: totalFen,
        refundFee: refundFen,
      });
      return payOutcome(res).kind === 'ok' ? { ok: true, state: 'ACCEPTED', refundRef: String(res.refundId ?? outRefundNo) } : { ok: false, reason: payFailureText(res) };
    },
  };
}

function truncateBytes(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out;
}
