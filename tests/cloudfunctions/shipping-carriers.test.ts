import type { OrderView } from '../../src/contracts/orders';
import { newShipForm, OTHER_CARRIER, toShipPayload } from '../../src/packages/admin/pages/order/ship-form';
import type { ShippingInfoInput } from '../../cloudfunctions/shared/kernel/platform/platform';
import { buyAndPay } from '../support/money-flow';
import { recordShippingUploads } from '../support/record-shipping-uploads';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/**
 * 发货信息录入 needs WeChat's carrier code (`delivery_id`), not a carrier's name: staff pick the carrier from the
 * list (code + name), the upload sends the code, people see the name, and a refused upload can be retried.
 */
let rt: TestRuntime;
let uploads: ShippingInfoInput[];
beforeEach(async () => {
  rt = await createTestRuntime();
  uploads = recordShippingUploads(rt);
});
afterEach(() => rt.close());

const paidOrder = () => buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
const ship = (payload: object) => rt.call<OrderView>('order-admin', 'shipOrder', payload, 'dev_staff');
const detail = (orderId: string) => rt.ok('order-admin', 'getOrderDetail', { orderId }, 'dev_staff');

test('a carrier picked from the list: the upload sends its code, staff and buyer see its name', async () => {
  const order = await paidOrder();
  expect(await ship({ orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1234567890' })).toMatchObject({ ok: true, data: { status: 'SHIPPED' } });
  expect(uploads).toEqual([expect.objectContaining({ carrierCode: 'SF', trackingNo: 'SF1234567890' })]);
  const seen = await detail(order.id);
  expect(seen.order.shipment).toEqual({ carrierCode: 'SF', carrier: '顺丰速运', trackingNo: 'SF1234567890' });
  expect(seen.shippingUpload).toMatchObject({ state: 'SENT', reason: null });
  expect((await rt.ok('orders', 'getOrder', { orderId: order.id }, 'dev_customer')).shipment).toEqual({ carrierCode: 'SF', carrier: '顺丰速运', trackingNo: 'SF1234567890' });
});

test('a carrier outside the list needs its code and name; a free-text name alone is refused with nothing changed', async () => {
  const order = await paidOrder();
  expect(await ship({ orderId: order.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' })).toMatchObject({ ok: false, code: 'COMMON.INVALID_PAYLOAD' });
  expect(await ship({ orderId: order.id, carrierCode: 'ZZKD', trackingNo: 'ZZ1234567890' })).toMatchObject({ ok: false, code: 'ORDER.UNKNOWN_CARRIER' });
  expect((await detail(order.id)).order.status).toBe('PAID');
  expect(uploads).toEqual([]);
  expect(await ship({ orderId: order.id, carrierCode: 'ZZKD', carrierName: '某某快递', trackingNo: 'ZZ1234567890' })).toMatchObject({ ok: true });
  expect(uploads).toEqual([expect.objectContaining({ carrierCode: 'ZZKD' })]);
  expect((await detail(order.id)).order.shipment).toEqual({ carrierCode: 'ZZKD', carrier: '某某快递', trackingNo: 'ZZ1234567890' });
});

test('a refused upload is shown to staff with WeChat\'s reason, and a retry sends the same code again once it is fixed', async () => {
  const order = await paidOrder();
  rt.platform.uploadShippingInfo = async (input) => (uploads.push(input), { ok: false, reason: '10060001 支付单不存在' });
  await ship({ orderId: order.id, carrierCode: 'ZTO', trackingNo: 'ZT000111222' });
  expect((await detail(order.id)).shippingUpload).toMatchObject({ state: 'FAILED', reason: '10060001 支付单不存在' });

  rt.platform.uploadShippingInfo = async (input) => (uploads.push(input), { ok: true });
  expect(await rt.call('order-admin', 'retryShippingUpload', { orderId: order.id }, 'dev_staff')).toMatchObject({ ok: true, data: { state: 'SENT', reason: null } });
  expect(uploads.map((u) => u.carrierCode)).toEqual(['ZTO', 'ZTO']);
  expect((await detail(order.id)).shippingUpload).toMatchObject({ state: 'SENT' });
  // Nothing left to retry: a second retry is refused and sends nothing.
  expect(await rt.call('order-admin', 'retryShippingUpload', { orderId: order.id }, 'dev_staff')).toMatchObject({ ok: false, code: 'ORDER.SHIPPING_UPLOAD_NOT_RETRYABLE' });
  expect(uploads).toHaveLength(2);
});

test('retrying needs the orders permission', async () => {
  const order = await paidOrder();
  expect(await rt.call('order-admin', 'retryShippingUpload', { orderId: order.id }, 'dev_customer')).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' });
});

test('ship form: the default pick (顺丰速运) and a typed 其他 carrier both ship, each upload carrying the carrier code', async () => {
  const first = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
  const picked = toShipPayload(first.id, { ...newShipForm(), trackingNo: ' SF1234567890 ' });
  if (!('payload' in picked)) throw new Error(picked.problem);
  expect(picked.payload).toEqual({ orderId: first.id, carrierCode: 'SF', trackingNo: 'SF1234567890' });
  await rt.ok('order-admin', 'shipOrder', picked.payload, 'dev_staff');

  const second = await buyAndPay(rt, 'dev_customer', [{ skuId: 'p11-s1', quantity: 1 }]);
  const other = toShipPayload(second.id, { picked: OTHER_CARRIER, otherCode: 'DBKD', otherName: '德邦快递', trackingNo: 'DB0001112223' });
  if (!('payload' in other)) throw new Error(other.problem);
  await rt.ok('order-admin', 'shipOrder', other.payload, 'dev_staff');
  expect(uploads.map((u) => u.carrierCode)).toEqual(['SF', 'DBKD']);
  expect((await rt.ok('order-admin', 'getOrderDetail', { orderId: second.id }, 'dev_staff')).order.shipment).toEqual({ carrierCode: 'DBKD', carrier: '德邦快递', trackingNo: 'DB0001112223' });
});

test('ship form: names what to fix before sending', () => {
  expect(toShipPayload('O1', { ...newShipForm(), trackingNo: 'S1' })).toEqual({ problem: '请填写快递单号（4–40 位字母、数字或 -）' });
  expect(toShipPayload('O1', { picked: OTHER_CARRIER, otherCode: '', otherName: 'x', trackingNo: 'SF1234' })).toEqual({ problem: '请填写运力编码（微信「运力 id 列表」中的编码，字母或数字）' });
  expect(toShipPayload('O1', { picked: OTHER_CARRIER, otherCode: 'DBKD', otherName: ' ', trackingNo: 'SF1234' })).toEqual({ problem: '请填写快递公司名称' });
});
