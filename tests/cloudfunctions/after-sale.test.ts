import type { AfterSaleView, OrderView } from '../../src/contracts/orders';
import type { FnAction, FnPayload } from '../../src/contracts/api/apis';
import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { DAY_MS, boundShopper, buyAndPay, expectLedgerClean, refund, runSettlement, shipAndReceive } from '../support/money-flow';
import { snapshotStore } from '../support/snapshot-store';
import { aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => (rt = await createTestRuntime()));
afterEach(() => rt.close());

const STAFF = 'dev_staff';
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const balance = (openid: string) => rt.ok('commission', 'getMyBalance', {}, openid);
const getOrder = (orderId: string, buyer: string) => rt.ok('orders', 'getOrder', { orderId }, buyer);
const ship = (orderId: string) => rt.ok('order-admin', 'shipOrder', { orderId, carrierCode: 'SF', trackingNo: 'SF1234567890' }, STAFF);

function ask(order: OrderView, buyer: string, fields: Partial<{ kind: string; units: number; reason: string; description: string; photos: string[]; requestId: string; lineIndex: number }> = {}) {
  const { lineIndex = 0, ...rest } = fields;
  return rt.call<AfterSaleView>('orders', 'requestAfterSale', {
    requestId: aRequestId(),
    orderId: order.id,
    lineId: order.lines[lineIndex]?.lineId,
    kind: 'REFUND_ONLY',
    units: 1,
    reason: 'NO_LONGER_WANTED',
    ...rest,
  }, buyer);
}
async function asked(order: OrderView, buyer: string, fields: Parameters<typeof ask>[2] = {}): Promise<AfterSaleView> {
  const res = await ask(order, buyer, fields);
  if (!res.ok) throw new Error(`requestAfterSale: ${res.code} ${res.message}`);
  return res.data;
}
const staff = <K extends FnAction<'order-admin'>>(action: K, payload: FnPayload<'order-admin', K>) => rt.ok('order-admin', action, payload, STAFF);
const steps = (a: { timeline: Array<{ status: string; actor: string }> }) => a.timeline.map((s) => `${s.actor}:${s.status}`);

describe('仅退款 before shipment', () => {
  test('a full request is approved in one step: refunded through the refund path, the order CLOSED and unshippable, commission reversed', async () => {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p01-s1', quantity: 2 }]); // 7980 → 798
    await rt.ok('orders', 'recordSubscriptions', { accepted: ['REFUND_RESULT'] }, shopper);
    const request = await asked(order, shopper, { units: 2, reason: 'ORDERED_BY_MISTAKE', description: '拍错规格了' });
    expect(request).toMatchObject({ status: 'REQUESTED', kind: 'REFUND_ONLY', units: 2, fen: 7980, reason: 'ORDERED_BY_MISTAKE', description: '拍错规格了' });
    expect((await getOrder(order.id, shopper)).afterSale[order.lines[0]!.lineId]).toMatchObject({ open: true, afterSaleId: request.id });
    // Staff see it among the open requests.
    const open = await staff('listAfterSales', { status: 'OPEN' });
    expect(open.items.map((a) => [a.id, a.buyerName !== '', a.orderStatus])).toEqual([[request.id, true, 'PAID']]);

    const approved = await staff('approveAfterSale', { afterSaleId: request.id });
    expect(approved).toMatchObject({ status: 'REFUNDED', refund: { fen: 7980, channelState: 'SUCCESS' } });
    expect(steps(approved)).toEqual(['BUYER:REQUESTED', 'STAFF:APPROVED', 'STAFF:REFUNDED']);
    const closed = await getOrder(order.id, shopper);
    expect(closed.status).toBe('CLOSED');
    expect(closed.afterSale[order.lines[0]!.lineId]).toMatchObject({ refundedFen: 7980, refundedUnits: 2, open: false });
    expect(await rt.call('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' }, STAFF)).toMatchObject({ ok: false, code: 'ORDER.INVALID_TRANSITION' });
    expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 0 });
    // The shopper reads the result, and was told.
    expect(await rt.ok('orders', 'getAfterSale', { afterSaleId: request.id }, shopper)).toMatchObject({ status: 'REFUNDED', refund: { fen: 7980 } });
    const outbox = await rt.store.find(COLLECTIONS.outbox, { userId: shopper }, { limit: 10 });
    expect(outbox.filter((m) => m.template === 'REFUND_RESULT').map((m) => [m.state, m.data.amount, m.data.status])).toEqual([['SENT', '¥79.80', '退款成功']]);
    // Approving again changes nothing.
    const before = await snapshotStore(rt.store);
    expect(await staff('approveAfterSale', { afterSaleId: request.id })).toMatchObject({ status: 'REFUNDED' });
    expect(await snapshotStore(rt.store)).toEqual(before);
    await expectLedgerClean(rt);
  });
});

describe('退货退款 with tracking', () => {
  test('request with photos → approved → the shopper sends it back → staff confirm → refunded, the distributor sees the reversal; settlement waits meanwhile', async () => {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p11-s1', quantity: 2 }]); // 15800 → 1580
    await shipAndReceive(rt, order, shopper);
    expect(await ask(order, shopper, { kind: 'REFUND_ONLY' })).toMatchObject({ ok: false, code: 'AFTER_SALE.KIND_NOT_ALLOWED' });
    const { url } = await rt.ok('orders', 'uploadAfterSalePhoto', { contentType: 'image/png', dataBase64: ONE_PIXEL_PNG }, shopper);
    const request = await asked(order, shopper, { kind: 'RETURN_REFUND', units: 1, reason: 'DAMAGED', description: '外箱压坏，果子有磕碰', photos: [url] });
    expect(request).toMatchObject({ status: 'REQUESTED', fen: 7900, photos: [url], returnAddress: null });

    rt.advance(8 * DAY_MS); // past the window: the open request still holds settlement
    expect(await runSettlement(rt)).toMatchObject({ settledOrders: 0, skippedOpenAfterSale: 1 });

    const approved = await staff('approveAfterSale', { afterSaleId: request.id });
    expect(approved).toMatchObject({ status: 'APPROVED', refund: null });
    const mine = await rt.ok('orders', 'getAfterSale', { afterSaleId: request.id }, shopper);
    expect(mine.returnAddress).toContain('文三路 100 号');

    expect(await rt.call('orders', 'submitReturnShipment', { afterSaleId: request.id, carrierCode: 'ZZZ', trackingNo: 'ZZ12345678' }, shopper)).toMatchObject({ ok: false, code: 'ORDER.UNKNOWN_CARRIER' });
    const returning = await rt.ok('orders', 'submitReturnShipment', { afterSaleId: request.id, carrierCode: 'YTO', trackingNo: 'YT9876543210' }, shopper);
    expect(returning).toMatchObject({ status: 'RETURNING', returnShipment: { carrierCode: 'YTO', carrier: '圆通速递', trackingNo: 'YT9876543210' } });

    const done = await staff('confirmReturnReceived', { afterSaleId: request.id });
    expect(done).toMatchObject({ status: 'REFUNDED', refund: { fen: 7900 } });
    expect(steps(done)).toEqual(['BUYER:REQUESTED', 'STAFF:APPROVED', 'BUYER:RETURNING', 'STAFF:RETURNED', 'STAFF:REFUNDED']);
    const entries = await rt.store.find(COLLECTIONS.commissionEntries, { orderId: order.id }, { limit: 20 });
    expect(entries.filter((e) => e.kind === 'REVERSAL').map((e) => e.amountFen)).toEqual([-790]);
    expect((await getOrder(order.id, shopper)).status).toBe('RECEIVED'); // one unit kept

    expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
    expect(await balance('dev_distributor')).toMatchObject({ pendingFen: 0, settledFen: 790 });
    await expectLedgerClean(rt);
  });
});

describe('reject and cancel', () => {
  test('staff reject with a reason the shopper reads; the order may settle and the shopper may ask again inside the window', async () => {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 2 }]);
    await shipAndReceive(rt, order, shopper);
    const request = await asked(order, shopper, { kind: 'RETURN_REFUND', reason: 'QUALITY' });
    expect(await rt.call('order-admin', 'rejectAfterSale', { afterSaleId: request.id, reason: '' }, STAFF)).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
    const rejected = await staff('rejectAfterSale', { afterSaleId: request.id, reason: '照片看不出质量问题，请补充' });
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '照片看不出质量问题，请补充' });
    expect(steps(rejected)).toEqual(['BUYER:REQUESTED', 'STAFF:REJECTED']);
    expect((await getOrder(order.id, shopper)).afterSale[order.lines[0]!.lineId]).toMatchObject({ open: false });
    expect(await rt.call('order-admin', 'approveAfterSale', { afterSaleId: request.id }, STAFF)).toMatchObject({ ok: false, code: 'AFTER_SALE.INVALID_TRANSITION' });
    rt.advance(60_000);
    const again = await asked(order, shopper, { kind: 'RETURN_REFUND', reason: 'QUALITY', description: '补充了照片' });
    expect(again.id).not.toBe(request.id);
    const mine = await rt.ok('orders', 'listMyAfterSales', { orderId: order.id }, shopper);
    expect(mine.items.map((a) => a.status)).toEqual(['REQUESTED', 'REJECTED']);
  });

  test('the shopper cancels while open (also after approval); staff can no longer act on it; settlement is free again', async () => {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 2 }]);
    await shipAndReceive(rt, order, shopper);
    const first = await asked(order, shopper, { kind: 'RETURN_REFUND', reason: 'SEVEN_DAYS' });
    expect(await rt.call('orders', 'cancelAfterSale', { afterSaleId: first.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'AFTER_SALE.NOT_FOUND' });
    const cancelled = await rt.ok('orders', 'cancelAfterSale', { afterSaleId: first.id }, shopper);
    expect(steps(cancelled)).toEqual(['BUYER:REQUESTED', 'BUYER:CANCELLED']);
    expect(await rt.ok('orders', 'cancelAfterSale', { afterSaleId: first.id }, shopper)).toMatchObject({ status: 'CANCELLED' }); // repeat: no-op
    expect(await rt.call('order-admin', 'approveAfterSale', { afterSaleId: first.id }, STAFF)).toMatchObject({ ok: false, code: 'AFTER_SALE.INVALID_TRANSITION' });

    const second = await asked(order, shopper, { kind: 'RETURN_REFUND', reason: 'SEVEN_DAYS' });
    await staff('approveAfterSale', { afterSaleId: second.id });
    expect(await rt.ok('orders', 'cancelAfterSale', { afterSaleId: second.id }, shopper)).toMatchObject({ status: 'CANCELLED' });
    rt.advance(8 * DAY_MS);
    expect(await runSettlement(rt)).toMatchObject({ settledOrders: 1 });
    await expectLedgerClean(rt);
  });
});

describe('refused requests change nothing', () => {
  test('window closed, wrong kind or reason, too many units, a second open request, rejected text, foreign photos, foreign orders', async () => {
    const shopper = await boundShopper(rt);
    const paid = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 1 }, { skuId: 'p06-s1', quantity: 1 }]);
    const received = await buyAndPay(rt, shopper, [{ skuId: 'p06-s1', quantity: 1 }]);
    await shipAndReceive(rt, received, shopper);
    await asked(paid, shopper, { lineIndex: 1 });
    const before = await snapshotStore(rt.store);
    const refusals: Array<[Parameters<typeof ask>[0], Parameters<typeof ask>[2], string, string?]> = [
      [paid, { kind: 'RETURN_REFUND', reason: 'DAMAGED' }, 'AFTER_SALE.KIND_NOT_ALLOWED'],
      [paid, { reason: 'DAMAGED' }, 'AFTER_SALE.INVALID_REASON'],
      [paid, { units: 2 }, 'REFUND.EXCEEDS_LINE'],
      [paid, { lineIndex: 1 }, 'ORDER.AFTER_SALE_OPEN'],
      [paid, { description: '这是违禁词' }, 'AFTER_SALE.CONTENT_REJECTED'],
      [paid, { photos: ['/files/uploads/after-sales/someone-else/abc.png'] }, 'AFTER_SALE.INVALID_PHOTO'],
      [paid, { photos: Array.from({ length: 7 }, () => '/files/uploads/x.png') }, 'COMMON.INVALID_PAYLOAD'],
      [paid, {}, 'ORDER.NOT_FOUND', 'dev_customer'],
    ];
    for (const [order, fields, code, who] of refusals) expect([code, await ask(order, who ?? shopper, fields)]).toEqual([code, expect.objectContaining({ ok: false, code })]);
    expect(await snapshotStore(rt.store)).toEqual(before);

    rt.advance(7 * DAY_MS);
    expect(await ask(received, shopper, { kind: 'RETURN_REFUND', reason: 'SEVEN_DAYS' })).toMatchObject({ ok: false, code: 'ORDER.AFTER_SALE_CLOSED' });
    await runSettlement(rt);
    expect((await getOrder(received.id, shopper)).status).toBe('COMPLETED');
    expect(await ask(received, shopper, { kind: 'RETURN_REFUND', reason: 'SEVEN_DAYS' })).toMatchObject({ ok: false, code: 'ORDER.AFTER_SALE_CLOSED' });
  });

  test('a retried submit returns the same request; the buyer cannot skip steps; only staff decide', async () => {
    const shopper = await boundShopper(rt);
    const order = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 1 }]);
    await ship(order.id);
    const requestId = aRequestId();
    const first = await asked(order, shopper, { requestId, kind: 'RETURN_REFUND', reason: 'WRONG_ITEM' });
    expect((await asked(order, shopper, { requestId, kind: 'RETURN_REFUND', reason: 'WRONG_ITEM' })).id).toBe(first.id);
    expect(await rt.store.count(COLLECTIONS.afterSales, {})).toBe(1);
    expect(await rt.call('orders', 'submitReturnShipment', { afterSaleId: first.id, carrierCode: 'SF', trackingNo: 'SF0000011111' }, shopper)).toMatchObject({ ok: false, code: 'AFTER_SALE.INVALID_TRANSITION' });
    expect(await rt.call('order-admin', 'confirmReturnReceived', { afterSaleId: first.id }, STAFF)).toMatchObject({ ok: false, code: 'AFTER_SALE.INVALID_TRANSITION' });
    for (const action of ['approveAfterSale', 'confirmReturnReceived']) expect(await rt.call('order-admin', action, { afterSaleId: first.id }, shopper)).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
    expect(await rt.call('orders', 'getAfterSale', { afterSaleId: first.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'AFTER_SALE.NOT_FOUND' });
  });
});

test('a staff refund of a line with an open request resolves the request as refunded; the order detail lists the requests', async () => {
  const shopper = await boundShopper(rt);
  const order = await buyAndPay(rt, shopper, [{ skuId: 'p05-s1', quantity: 2 }]);
  await ship(order.id);
  const request = await asked(order, shopper, { reason: 'NOT_RECEIVED' });
  await refund(rt, order, 0, 1);
  const resolved = await rt.ok('orders', 'getAfterSale', { afterSaleId: request.id }, shopper);
  expect(resolved).toMatchObject({ status: 'REFUNDED', refund: { fen: expect.any(Number) } });
  const detail = await staff('getOrderDetail', { orderId: order.id });
  expect(detail.afterSales.map((a) => [a.id, a.status])).toEqual([[request.id, 'REFUNDED']]);
  await expectLedgerClean(rt);
});
