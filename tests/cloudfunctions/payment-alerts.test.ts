import type { PaymentAlertView } from '../../src/contracts/finance';
import type { PaymentAlertDoc } from '../../cloudfunctions/shared/kernel/docs/docs';
import type { RefundCallResult, RefundInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { invokeFunction } from '../../server/local-runtime';
import { toFen } from '../../src/domain/money/fen';
import { FaultyStore } from '../support/faulty-store';
import { doublePaidOrder } from '../support/payment-alert-fixtures';
import { snapshotStore } from '../support/snapshot-store';
import { ADDRESS, createTestRuntime, type TestRuntime } from '../support/test-runtime';
import { createStaff } from '../support/withdrawal-fixtures';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const list = (payload: object = {}) => rt.ok('finance', 'listPaymentAlerts', payload, 'dev_staff');
const refundAlert = (alertId: string, openid = 'dev_staff') => rt.call<PaymentAlertView>('finance', 'refundPaymentAlert', { alertId }, openid);
const dismiss = (alertId: string, note: string) => rt.call<PaymentAlertView>('finance', 'dismissPaymentAlert', { alertId, note }, 'dev_staff');
const alertDoc = async (id: string) => (await rt.store.get(COLLECTIONS.paymentAlerts, id)) as PaymentAlertDoc;
const refundNotify = (event: object) => invokeFunction(rt, 'refund-callback', event, { openid: null, source: 'wx_paycallback' }) as Promise<{ errcode: number; errmsg: string }>;
const payNotify = (outTradeNo: string, transactionId: string, totalFee: number) =>
  invokeFunction(rt, 'payment-callback', { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo, transactionId, totalFee }, { openid: null, source: 'wx_paycallback' }) as Promise<{ errmsg: string }>;

/** Records every refund asked of the platform, answering with `answer` (default: accepted). */
function recordRefunds(answer: (input: RefundInput) => Promise<RefundCallResult> | RefundCallResult = () => ({ ok: true, state: 'ACCEPTED', refundRef: 'wxr-alert' })) {
  const sent: RefundInput[] = [];
  rt.platform.refund = async (input) => (sent.push(input), answer(input));
  return sent;
}

describe('a double payment (buyer and friend both paid) becomes an alert staff refund', () => {
  test('listed open with its trade number and amounts; the refund goes once against that number for the whole amount; the notify is recorded once', async () => {
    const { order, friendNo, alertId } = await doublePaidOrder(rt);
    const open = await list();
    expect(open).toMatchObject({ openCount: 1, nextCursor: null });
    expect(open.items).toEqual([
      expect.objectContaining({ id: alertId, kind: 'UNPAYABLE_ORDER', state: 'OPEN', orderId: order.id, hasOrder: true, outTradeNo: friendNo, transactionId: `4200${friendNo}`, expectedFen: order.totalFen, notifiedFen: order.totalFen, refundNo: null }),
    ]);

    const sent = recordRefunds();
    const refunded = await refundAlert(alertId);
    expect(refunded).toMatchObject({ ok: true, data: { state: 'REFUNDED', channelState: 'ACCEPTED', refundRequestedBy: 'dev_staff', failureReason: null } });
    const refundNo = (refunded.ok && refunded.data.refundNo) as string;
    expect(refundNo).toMatch(/^PA[0-9A-Za-z]{24}$/);
    expect(sent).toEqual([{ outRefundNo: refundNo, outTradeNo: friendNo, totalFen: order.totalFen, refundFen: order.totalFen }]);
    // Who asked, and the recorded outcome, are both in the audit log.
    const audits = await rt.store.find(COLLECTIONS.auditLog, { target: alertId }, { limit: 10 });
    expect(audits.map((a) => a.action).sort()).toEqual(['refundPaymentAlert', 'sendPaymentAlertRefund']);

    // A second press is refused and sends nothing (no second number, no second refund).
    const before = await snapshotStore(rt.store);
    expect(await refundAlert(alertId)).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.ALREADY_REFUNDED' });
    expect(sent).toHaveLength(1);
    expect(await snapshotStore(rt.store)).toEqual(before);
    expect(await list()).toMatchObject({ openCount: 0, items: [] });
    expect((await list({ state: 'ALL' })).items).toEqual([expect.objectContaining({ id: alertId, state: 'REFUNDED' })]);

    // The refund notify: wrong amount, wrong trade number and unknown alert number change nothing.
    const notify = { returnCode: 'SUCCESS', reqInfo: { outRefundNo: refundNo, outTradeNo: friendNo, refundStatus: 'SUCCESS', refundFee: order.totalFen, refundId: 'wxr-alert' } };
    expect(await refundNotify({ ...notify, reqInfo: { ...notify.reqInfo, refundFee: order.totalFen - 1 } })).toMatchObject({ errcode: 409 });
    expect(await refundNotify({ ...notify, reqInfo: { ...notify.reqInfo, outTradeNo: order.id } })).toMatchObject({ errcode: 404 });
    expect(await refundNotify({ ...notify, reqInfo: { ...notify.reqInfo, outRefundNo: 'PA000000000000000000000000' } })).toMatchObject({ errcode: 404 });
    expect(await snapshotStore(rt.store)).toEqual(before);

    expect(await refundNotify(notify)).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
    expect(await alertDoc(alertId)).toMatchObject({ state: 'REFUNDED', channelState: 'SUCCESS', channelRef: 'wxr-alert', channelReason: null });
    const after = await snapshotStore(rt.store);
    expect(await refundNotify(notify)).toEqual({ errcode: 0, errmsg: 'ALREADY_RECORDED' });
    expect(await snapshotStore(rt.store)).toEqual(after);
  });

  test('a refused refund stays REFUNDING with the reason; the retry re-sends the same number and completes', async () => {
    const { order, alertId } = await doublePaidOrder(rt);
    const sent = recordRefunds(() => ({ ok: false, reason: 'NOTENOUGH 基本账户余额不足' }));
    expect(await refundAlert(alertId)).toMatchObject({ ok: true, data: { state: 'REFUNDING', failureReason: 'NOTENOUGH 基本账户余额不足' } });
    // A started refund cannot be dismissed: the money may be on its way back.
    expect(await dismiss(alertId, '已在商户平台退款')).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.REFUND_IN_PROGRESS' });
    rt.platform.refund = async (input) => (sent.push(input), { ok: true, state: 'ACCEPTED', refundRef: 'wxr2' });
    expect(await refundAlert(alertId)).toMatchObject({ ok: true, data: { state: 'REFUNDED', failureReason: null } });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]).toMatchObject({ refundFen: order.totalFen });
  });

  test('a call that throws leaves it REFUNDING (outcome unknown); the retry re-sends the same number', async () => {
    const { alertId } = await doublePaidOrder(rt);
    const numbers: string[] = [];
    rt.platform.refund = async (input) => {
      numbers.push(input.outRefundNo);
      throw new Error('cloudPay.refund timeout');
    };
    expect(await refundAlert(alertId)).toMatchObject({ ok: true, data: { state: 'REFUNDING', failureReason: 'cloudPay.refund timeout' } });
    expect((await list()).openCount).toBe(0);
    rt.platform.refund = async (input) => (numbers.push(input.outRefundNo), { ok: true, state: 'SUCCESS', refundRef: 'wxr3' });
    expect(await refundAlert(alertId)).toMatchObject({ ok: true, data: { state: 'REFUNDED', channelState: 'SUCCESS' } });
    expect(new Set(numbers).size).toBe(1);
    expect(numbers).toHaveLength(2);
  });

  test('a notify that overtakes the call is kept: the call\'s answer does not overwrite it', async () => {
    const { order, friendNo, alertId } = await doublePaidOrder(rt);
    rt.platform.refund = async (input) => {
      const reqInfo = { outRefundNo: input.outRefundNo, outTradeNo: friendNo, refundStatus: 'SUCCESS', refundFee: order.totalFen, refundId: 'wxr-fast' };
      expect(await refundNotify({ returnCode: 'SUCCESS', reqInfo })).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
      return { ok: true, state: 'ACCEPTED', refundRef: 'wxr-fast' };
    };
    expect(await refundAlert(alertId)).toMatchObject({ ok: true, data: { state: 'REFUNDED', channelState: 'SUCCESS' } });
    expect(await alertDoc(alertId)).toMatchObject({ state: 'REFUNDED', channelState: 'SUCCESS' });
  });

  test('a notify saying the refund closed keeps the reason for staff', async () => {
    const { order, friendNo, alertId } = await doublePaidOrder(rt);
    recordRefunds();
    const refundNo = (await alertRefund(alertId)).refundNo as string;
    const reqInfo = { outRefundNo: refundNo, outTradeNo: friendNo, refundStatus: 'REFUNDCLOSE', refundFee: order.totalFen };
    expect(await refundNotify({ returnCode: 'SUCCESS', reqInfo })).toEqual({ errcode: 0, errmsg: 'CLOSED' });
    expect((await list({ state: 'ALL' })).items[0]).toMatchObject({ state: 'REFUNDED', channelState: 'CLOSED', channelReason: expect.stringContaining('商户平台') });
  });
});

async function alertRefund(alertId: string): Promise<PaymentAlertView> {
  return rt.ok('finance', 'refundPaymentAlert', { alertId }, 'dev_staff');
}

describe('dismiss', () => {
  test('OPEN → DISMISSED with the note, audited; then neither refund nor dismiss again', async () => {
    const { alertId } = await doublePaidOrder(rt);
    const sent = recordRefunds();
    expect(await dismiss(alertId, '   ')).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    expect(await dismiss(alertId, '已在商户平台退款')).toMatchObject({ ok: true, data: { state: 'DISMISSED', dismissedBy: 'dev_staff', dismissNote: '已在商户平台退款' } });
    expect((await rt.store.find(COLLECTIONS.auditLog, { target: alertId }, { limit: 5 })).map((a) => a.action)).toEqual(['dismissPaymentAlert']);
    const before = await snapshotStore(rt.store);
    expect(await refundAlert(alertId)).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.ALREADY_DISMISSED' });
    expect(await dismiss(alertId, '再次')).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.ALREADY_DISMISSED' });
    expect(await snapshotStore(rt.store)).toEqual(before);
    expect(sent).toEqual([]);
    expect(await list()).toMatchObject({ openCount: 0, items: [] });
  });

  test('an unknown alert is refused with a typed code', async () => {
    expect(await refundAlert('UNKNOWN_ORDER:T-none')).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.NOT_FOUND' });
    expect(await dismiss('UNKNOWN_ORDER:T-none', '无')).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.NOT_FOUND' });
  });
});

describe('listPaymentAlerts', () => {
  test('newest first, paged, every kind; an unknown order has no link; staff without finance are refused', async () => {
    const { alertId } = await doublePaidOrder(rt);
    rt.advance(60_000);
    expect(await payNotify('NOSUCHORDER1', 'T-unknown', 500)).toMatchObject({ errmsg: 'ORDER_NOT_FOUND' });
    rt.advance(60_000);
    const pending = await rt.ok('orders', 'createOrder', { requestId: 'alert-list-1', lines: [{ skuId: 'p11-s1', quantity: 1 }], address: ADDRESS }, 'dev_customer');
    expect(await payNotify(pending.id, 'T-short', pending.totalFen - 1)).toMatchObject({ errmsg: 'AMOUNT_MISMATCH' });

    const first = await list({ limit: 2 });
    expect(first.openCount).toBe(3);
    expect(first.items.map((a) => a.kind)).toEqual(['AMOUNT_MISMATCH', 'UNKNOWN_ORDER']);
    expect(first.items[0]).toMatchObject({ orderId: pending.id, hasOrder: true, expectedFen: pending.totalFen, notifiedFen: toFen(pending.totalFen - 1) });
    expect(first.items[1]).toMatchObject({ orderId: 'NOSUCHORDER1', hasOrder: false, expectedFen: null, notifiedFen: 500 });
    expect(first.nextCursor).toBe(2);
    const second = await list({ limit: 2, cursor: 2 });
    expect(second).toMatchObject({ nextCursor: null, items: [expect.objectContaining({ id: alertId })] });

    const noFinance = await createStaff(rt, ['orders']);
    expect(await rt.call('finance', 'listPaymentAlerts', {}, noFinance)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
  });

  test('an older alert without its trade number is refunded against the order id', async () => {
    const old: PaymentAlertDoc = { _id: 'AMOUNT_MISMATCH:T-old', kind: 'AMOUNT_MISMATCH', orderId: 'ORDEROLD1', transactionId: 'T-old', expectedFen: toFen(1000), notifiedFen: toFen(900), createdAt: '2026-11-01T00:00:00.000Z' };
    await rt.store.insert(COLLECTIONS.paymentAlerts, old);
    const sent = recordRefunds();
    expect(await refundAlert(old._id)).toMatchObject({ ok: true, data: { state: 'REFUNDED', outTradeNo: 'ORDEROLD1' } });
    expect(sent).toEqual([expect.objectContaining({ outTradeNo: 'ORDEROLD1', totalFen: 900, refundFen: 900 })]);
  });
});

describe('crash-safety', () => {
  test('a crash at any write of the refund, then a retry: refunded once, under one number', async () => {
    await rt.close();
    // Writes of a refund: OPEN → REFUNDING and its audit (one transaction), then the outcome and its audit; 5 = no crash.
    const crashPoints = [1, 2, 3, 4, 5];
    for (const k of crashPoints) {
      let faulty!: FaultyStore;
      const crt = await createTestRuntime({ wrapStore: (s) => (faulty = new FaultyStore(s)) });
      try {
        const { order, alertId } = await doublePaidOrder(crt);
        // The channel answers a repeated number with its first result and never refunds it twice.
        const answered = new Map<string, RefundInput>();
        const calls: string[] = [];
        crt.platform.refund = async (input) => {
          calls.push(input.outRefundNo);
          if (!answered.has(input.outRefundNo)) answered.set(input.outRefundNo, input);
          return { ok: true, state: 'ACCEPTED', refundRef: `wx-${input.outRefundNo}` };
        };
        faulty.failAt = faulty.writes + k;
        const crashed = await crt.call<PaymentAlertView>('finance', 'refundPaymentAlert', { alertId }, 'dev_staff');
        faulty.failAt = null;
        expect({ k, crashed: !crashed.ok }).toEqual({ k, crashed: k < 5 });
        const retried = await crt.call<PaymentAlertView>('finance', 'refundPaymentAlert', { alertId }, 'dev_staff');
        // If the first attempt got through whole (no crash at this point), the retry is refused as already refunded.
        if (crashed.ok) expect(retried).toMatchObject({ ok: false, code: 'PAYMENT_ALERT.ALREADY_REFUNDED' });
        else expect(retried).toMatchObject({ ok: true, data: { state: 'REFUNDED' } });
        const saved = (await crt.store.get(COLLECTIONS.paymentAlerts, alertId)) as PaymentAlertDoc;
        expect({ k, state: saved.state }).toEqual({ k, state: 'REFUNDED' });
        expect([...answered.keys()]).toEqual([saved.refundNo]);
        expect([...answered.values()].reduce((sum, r) => sum + r.refundFen, 0)).toBe(order.totalFen);
        expect(new Set(calls).size).toBe(1);
      } finally {
        await crt.close();
      }
    }
    rt = await createTestRuntime(); // afterEach closes it
  });
});
