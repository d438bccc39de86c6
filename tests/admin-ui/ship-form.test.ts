import type { AdminOrderDetail } from '../../src/contracts/orders';
import type { ShippingInfoInput } from '../../cloudfunctions/shared/platform/platform';
import { newShipForm, OTHER_CARRIER, toShipPayload } from '../../src/packages/admin/pages/order/ship-form';
import { buyAndPay } from '../support/money-flow';
import { createTestRuntime, type TestRuntime } from '../support/test-runtime';

/** The staff ship form: what it sends is what shipOrder accepts, and the upload gets WeChat's carrier code. */
let rt: TestRuntime;
let uploads: ShippingInfoInput[];
beforeEach(async () => {
  rt = await createTestRuntime();
  uploads = [];
  rt.platform.uploadShippingInfo = async (input) => (uploads.push(input), { ok: true });
});
afterEach(() => rt.close());

test('the default pick (顺丰速运) and a typed 其他 carrier both ship, each upload carrying the carrier code', async () => {
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
  expect((await rt.ok<AdminOrderDetail>('order-admin', 'getOrderDetail', { orderId: second.id }, 'dev_staff')).order.shipment).toEqual({ carrierCode: 'DBKD', carrier: '德邦快递', trackingNo: 'DB0001112223' });
});

test('the form names what to fix before sending', () => {
  expect(toShipPayload('O1', { ...newShipForm(), trackingNo: 'S1' })).toEqual({ problem: '请填写快递单号（4–40 位字母、数字或 -）' });
  expect(toShipPayload('O1', { picked: OTHER_CARRIER, otherCode: '', otherName: 'x', trackingNo: 'SF1234' })).toEqual({ problem: '请填写运力编码（微信「运力 id 列表」中的编码，字母或数字）' });
  expect(toShipPayload('O1', { picked: OTHER_CARRIER, otherCode: 'DBKD', otherName: ' ', trackingNo: 'SF1234' })).toEqual({ problem: '请填写快递公司名称' });
});
