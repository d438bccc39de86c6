import type { RefundInput, UnifiedOrderInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { toFen } from '../../src/domain/money/fen';
import { buyAndPay, refund } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const MINUTE = 60_000;
const newOrder = (buyer = 'dev_customer', quantity = 2) =>
  rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p11-s1', quantity }], address: ADDRESS }, buyer);
const stock = async () => (await rt.store.get(COLLECTIONS.skus, 'p11-s1'))!.stock;
const reconcile = () => invokeFunction(rt, 'reconcile', {}, { openid: null, source: 'wx_trigger' }) as Promise<{ ok: boolean; data: Record<string, number> }>;
const refundNotify = (event: object, source = 'wx_paycallback') => invokeFunction(rt, 'refund-callback', event, { openid: null, source }) as Promise<{ errcode: number; errmsg: string }>;

describe('prepayOrder', () => {
  test('locally it sends the buyer to the simulated pay page; in WeChat it passes the stored total to unifiedOrder', async () => {
    const order = await newOrder();
    expect(await rt.ok('orders', 'prepayOrder', { orderId: order.id }, 'dev_customer')).toEqual({ kind: 'simulated' });

    const asked: UnifiedOrderInput[] = [];
    const payment = { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'MD5', paySign: 's' };
    rt.platform.unifiedOrder = async (input) => (asked.push(input), { kind: 'wechat', payment });
    expect(await rt.ok('orders', 'prepayOrder', { orderId: order.id }, 'dev_customer')).toEqual({ kind: 'wechat', payment });
    expect(asked).toEqual([{ outTradeNo: order.id, totalFen: order.totalFen, body: expect.stringContaining(order.lines[0]!.title), openid: 'dev_customer' }]);
    expect(order.id).toMatch(/^[0-9A-Za-z_-]{1,32}$/);
  });

  test("someone else's order, a paid order and an expired order cannot be prepaid", async () => {
    const order = await newOrder();
    expect(await rt.call('orders', 'prepayOrder', { orderId: order.id }, 'dev_distributor')).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' });
    const paid = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
    expect(await rt.call('orders', 'prepayOrder', { orderId: paid.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
    rt.advance(24 * 60 * MINUTE);
    expect(await rt.call('orders', 'prepayOrder', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.PAY_EXPIRED' });
  });

  test('a platform failure is a clear, typed error', async () => {
    const order = await newOrder();
    rt.platform.unifiedOrder = async () => {
      throw new Error('cloudPay.unifiedOrder failed: 商户号未授权');
    };
    expect(await rt.call('orders', 'prepayOrder', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'ORDER.PAY_UNAVAILABLE' });
  });
});

describe('reconcile timer', () => {
  test('an order WeChat says is paid (notify lost) becomes PAID through the same path, once', async () => {
    const order = await newOrder();
    rt.platform.queryOrder = async () => ({ state: 'PAID', transactionId: `4200${order.id}`, totalFen: order.totalFen });
    expect((await reconcile()).data).toMatchObject({ checked: 0 }); // too young to ask about
    rt.advance(6 * MINUTE);
    expect((await reconcile()).data).toMatchObject({ checked: 1, paid: 1 });
    expect(await rt.store.get(COLLECTIONS.orders, order.id)).toMatchObject({ status: 'PAID', transactionId: `4200${order.id}` });
    expect((await reconcile()).data).toMatchObject({ checked: 0 });
    // The late notify for the same payment changes nothing.
    const before = await snapshotStore(rt.store);
    expect(await rt.pay(order.id)).toMatchObject({ errcode: 0, errmsg: 'ALREADY_PAID' });
    expect(await snapshotStore(rt.store)).toEqual(before);
  });

  test('a query with a wrong amount raises an alert and leaves the order unpaid', async () => {
    const order = await newOrder();
    rt.platform.queryOrder = async () => ({ state: 'PAID', transactionId: 'T1', totalFen: toFen(1) });
    rt.advance(6 * MINUTE);
    expect((await reconcile()).data).toMatchObject({ checked: 1, paid: 0, alerts: 1 });
    expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('PENDING_PAY');
    expect(await rt.store.get(COLLECTIONS.paymentAlerts, 'AMOUNT_MISMATCH:T1')).toMatchObject({ orderId: order.id });
  });

  test('an unpaid order past its deadline is closed at WeChat Pay and cancelled with its stock returned', async () => {
    const start = await stock();
    const order = await newOrder('dev_customer', 2);
    expect(await stock()).toBe(start - 2);
    const closed: string[] = [];
    rt.platform.closeOrder = async ({ outTradeNo }) => void closed.push(outTradeNo);
    rt.advance(6 * MINUTE);
    expect((await reconcile()).data).toMatchObject({ checked: 1, cancelled: 0 }); // not yet expired
    rt.advance(24 * 60 * MINUTE);
    expect((await reconcile()).data).toMatchObject({ checked: 1, cancelled: 1 });
    expect(closed).toEqual([order.id]);
    expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('CANCELLED');
    expect(await stock()).toBe(start);
  });

  test('when WeChat cannot close the order (e.g. just paid) it is not cancelled', async () => {
    const order = await newOrder();
    rt.platform.closeOrder = async () => {
      throw new Error('cloudPay.closeOrder failed: ORDERPAID');
    };
    rt.advance(25 * 60 * MINUTE);
    expect((await reconcile()).data).toMatchObject({ checked: 1, cancelled: 0, errors: 1 });
    expect((await rt.store.get(COLLECTIONS.orders, order.id))?.status).toBe('PENDING_PAY');
  });

  test('clients cannot invoke it', async () => {
    expect(await invokeFunction(rt, 'reconcile', {}, { openid: 'dev_customer', source: 'wx_client' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });
});

describe('refunds reach WeChat Pay after the ledger commits', () => {
  test('the refund is sent once with the refund id as out_refund_no and the result is recorded', async () => {
    const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 2 }]);
    const sent: RefundInput[] = [];
    rt.platform.refund = async (input) => (sent.push(input), { ok: true, state: 'ACCEPTED', refundRef: 'wxr1' });
    const requestId = aRequestId();
    const result = await refund(rt, order, 0, 1, { requestId });
    expect(result.refundId).toMatch(/^R[0-9A-Za-z]{1,31}$/);
    expect(sent).toEqual([{ outRefundNo: result.refundId, outTradeNo: order.id, totalFen: order.totalFen, refundFen: result.fen }]);
    expect(await rt.store.get(COLLECTIONS.refunds, result.refundId)).toMatchObject({ channelState: 'ACCEPTED', channelRef: 'wxr1' });
    await refund(rt, order, 0, 1, { requestId }); // a retried submit: no second call
    expect(sent).toHaveLength(1);
  });

  test('a failed call is recorded, not thrown, and a retry of the same refund re-sends the same number', async () => {
    const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
    const numbers: string[] = [];
    rt.platform.refund = async (input) => (numbers.push(input.outRefundNo), { ok: false, reason: 'NOTENOUGH 余额不足' });
    const requestId = aRequestId();
    const result = await refund(rt, order, 0, 1, { requestId });
    expect(await rt.store.get(COLLECTIONS.refunds, result.refundId)).toMatchObject({ channelState: 'FAILED', channelReason: 'NOTENOUGH 余额不足' });
    rt.platform.refund = async (input) => (numbers.push(input.outRefundNo), { ok: true, state: 'ACCEPTED', refundRef: 'wxr2' });
    await refund(rt, order, 0, 1, { requestId });
    expect(numbers).toEqual([result.refundId, result.refundId]);
    expect((await rt.store.get(COLLECTIONS.refunds, result.refundId))?.channelState).toBe('ACCEPTED');
  });

  test('the refund notify records success once, and refuses a wrong source, amount or refund', async () => {
    const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 2 }]);
    rt.platform.refund = async () => ({ ok: true, state: 'ACCEPTED', refundRef: 'wxr1' });
    const result = await refund(rt, order, 0, 1);
    const notify = { returnCode: 'SUCCESS', reqInfo: { outRefundNo: result.refundId, outTradeNo: order.id, refundStatus: 'SUCCESS', refundFee: result.fen, refundId: 'wxr1' } };

    const before = await snapshotStore(rt.store);
    expect(await refundNotify(notify, 'wx_client')).toMatchObject({ errcode: 403 });
    expect(await refundNotify({ ...notify, reqInfo: { ...notify.reqInfo, refundFee: result.fen + 1 } })).toMatchObject({ errcode: 409 });
    expect(await refundNotify({ ...notify, reqInfo: { ...notify.reqInfo, outRefundNo: 'Rnope' } })).toMatchObject({ errcode: 404 });
    expect(await snapshotStore(rt.store)).toEqual(before);

    expect(await refundNotify(notify)).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
    expect((await rt.store.get(COLLECTIONS.refunds, result.refundId))?.channelState).toBe('SUCCESS');
    const after = await snapshotStore(rt.store);
    expect(await refundNotify(notify)).toEqual({ errcode: 0, errmsg: 'ALREADY_RECORDED' });
    expect(await snapshotStore(rt.store)).toEqual(after);
  });

  test('locally a refund succeeds at once', async () => {
    const order = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
    const result = await refund(rt, order, 0, 1);
    expect(await rt.store.get(COLLECTIONS.refunds, result.refundId)).toMatchObject({ channelState: 'SUCCESS', channelRef: `local-${result.refundId}` });
  });
});
