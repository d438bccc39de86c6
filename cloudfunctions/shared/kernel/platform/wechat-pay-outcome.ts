/* eslint-disable @typescript-eslint/no-explicit-any -- a cloudPay reply is untyped */

/**
 * What a cloudPay reply says. wx-server-sdk 4.0.2 stamps `errCode: 0` on every pay reply, overwriting WeChat Pay's
 * own `err_code` (ORDERNOTEXIST, ORDERCLOSED, …), so the business error can only be told by `errCodeDes`, which
 * WeChat Pay v2 fills with a fixed description per code (platform-facts §4; the API's error tables).
 * - `not-exist`: WeChat Pay has no order under this number (the payer never opened the pay sheet);
 * - `closed`: the order was closed before; `paid`: closing is refused because it was paid;
 * - `failed`: any other refusal, or the call itself failed (`return_code` FAIL: signature, parameters).
 */
export type PayOutcome = { kind: 'ok' } | { kind: 'not-exist' } | { kind: 'closed' } | { kind: 'paid' } | { kind: 'failed' };

const NOT_EXIST = /此交易订单号不存在|订单不存在|order\s*not\s*exist|ORDERNOTEXIST/i;
const CLOSED = /订单已关闭|order\s*(is\s*)?closed|ORDERCLOSED/i;
const PAID = /订单已支付|order\s*(is\s*)?paid|ORDERPAID/i;

export function payOutcome(res: any): PayOutcome {
  if (res?.returnCode !== 'SUCCESS') return { kind: 'failed' };
  if (res?.resultCode === 'SUCCESS') return { kind: 'ok' };
  // errCode survives only from an SDK that does not overwrite it; the description is what 4.0.2 leaves.
  const text = `${typeof res?.errCode === 'string' ? res.errCode : ''} ${res?.errCodeDes ?? ''}`;
  if (NOT_EXIST.test(text)) return { kind: 'not-exist' };
  if (CLOSED.test(text)) return { kind: 'closed' };
  if (PAID.test(text)) return { kind: 'paid' };
  return { kind: 'failed' };
}

/** WeChat Pay's own words for a failed reply: the business description, else the communication message. */
export function payFailureText(res: any): string {
  const text = res?.returnCode === 'SUCCESS' ? res?.errCodeDes || res?.returnMsg : res?.returnMsg || res?.errCodeDes;
  return String(text || (res === undefined ? 'no reply' : 'unknown'));
}
