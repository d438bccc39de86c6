import { PAGES } from '../../src/contracts/pages';
import { buyAndPay } from '../support/money-flow';
import { ADDRESS, aRequestId } from '../support/test-runtime';
import type { MiniProgram } from './support/mini-program';
import { findPath } from './support/render-tree';
import { CUSTOMER, OWNER, startWeappShop, type WeappShop } from './support/weapp-shop';

/**
 * After the payment, in the real mini program: what the order page says about activity prices, cancelled and unpaid
 * orders, the parcel and the automatic receipt, refunds; and the shopper's after-sale from the order page to the
 * refund.
 */
let shop: WeappShop;
beforeAll(async () => {
  shop = await startWeappShop();
}, 120_000);
afterAll(() => shop.close());

const DAY_MS = 24 * 60 * 60 * 1000;
const byId = (phone: MiniProgram, id: string): string => {
  const node = findPath(phone.currentPage!.data, (n) => n.uid === id).at(-1);
  if (!node) throw new Error(`no element #${id}: ${phone.visibleText().slice(0, 600)}`);
  return phone.text(node).trim();
};
const hasId = (phone: MiniProgram, id: string) => findPath(phone.currentPage!.data, (n) => n.uid === id).length > 0;
const openOrder = async (phone: MiniProgram, orderId: string) => {
  await phone.open(PAGES.order, { orderId });
  expect(phone.errors).toEqual([]);
};

test('a 秒杀 line shows the price charged with the list price struck through, and lines, discounts and total agree', async () => {
  const [sale] = (await shop.rt.ok('activities', 'listActivities', {}, CUSTOMER)).flashSales;
  const order = await shop.rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: sale!.id, quantity: 2, address: ADDRESS }, CUSTOMER);
  await shop.rt.pay(order.id);
  const phone = await shop.phone(CUSTOMER);
  await openOrder(phone, order.id);
  expect(byId(phone, 'order-line-price-0')).toBe('¥19.90');
  expect(byId(phone, 'order-line-list-price-0')).toBe('¥35.80');
  expect(byId(phone, 'order-goods')).toBe('¥39.80');
  expect(byId(phone, 'order-total')).toBe('¥39.80');
  // Staff read the same prices.
  const staff = await shop.phone(OWNER);
  await staff.open(PAGES.adminOrder, { orderId: order.id });
  expect(byId(staff, 'admin-line-price-0')).toBe('¥19.90');
  expect(byId(staff, 'admin-line-list-price-0')).toBe('¥35.80');
  expect(byId(staff, 'admin-order-total')).toBe('¥39.80');
});

test('a cancelled order says so without 实付款; an unpaid one counts down to its automatic cancellation', async () => {
  const unpaid = await shop.rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p03-s1', quantity: 1 }], address: ADDRESS }, CUSTOMER);
  const phone = await shop.phone(CUSTOMER);
  await openOrder(phone, unpaid.id);
  expect(byId(phone, 'order-pay-countdown')).toMatch(/^剩余 (30:00|29:5\d) 自动取消$/);
  await shop.rt.ok('orders', 'cancelOrder', { orderId: unpaid.id }, CUSTOMER);
  await openOrder(phone, unpaid.id);
  const text = phone.visibleText();
  expect(text).toContain('已取消');
  expect(text).not.toContain('实付款');
  expect(byId(phone, 'order-total-label')).toBe('订单金额');
});

test('a shipped order shows the carrier, a copyable number, the track and when it is received automatically; the buyer extends once', async () => {
  const order = await buyAndPay(shop.rt, CUSTOMER, [{ skuId: 'p04-s1', quantity: 1 }]);
  await shop.rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF9988776655' }, OWNER);
  shop.rt.advance(12 * 60 * 60 * 1000);
  const phone = await shop.phone(CUSTOMER);
  await openOrder(phone, order.id);
  expect(byId(phone, 'order-tracking-carrier')).toContain('顺丰速运');
  expect(byId(phone, 'order-tracking-no')).toContain('SF9988776655');
  expect(byId(phone, 'order-tracking')).toContain('杭州转运中心');
  await phone.tap('复制');
  expect(phone.calls.filter((c) => c.api === 'setClipboardData').map((c) => (c.args as { data: string }).data)).toContain('SF9988776655');
  expect(byId(phone, 'order-auto-receipt')).toBe('10 天后自动确认收货');
  await phone.tap('延长收货');
  expect(byId(phone, 'order-auto-receipt')).toBe('13 天后自动确认收货');
  expect(hasId(phone, 'extend-receipt')).toBe(false);
  shop.rt.advance(DAY_MS);
});

test('the shopper asks for a refund from the order page, follows it, and reads 已退款 on the order', async () => {
  const order = await buyAndPay(shop.rt, CUSTOMER, [{ skuId: 'p05-s1', quantity: 2 }]);
  const phone = await shop.phone(CUSTOMER);
  await openOrder(phone, order.id);
  await phone.tap('申请售后');
  expect(phone.currentPage?.route).toBe(PAGES.afterSaleApply);
  expect(phone.visibleText()).toContain('仅退款');
  await phone.tap('不想要了');
  await phone.input('after-sale-description', '买多了，退一件');
  await phone.tap('提交申请');
  expect(phone.errors).toEqual([]);
  expect(phone.currentPage?.route).toBe(PAGES.afterSale);
  expect(byId(phone, 'after-sale-status')).toBe('待商家处理');
  const [request] = (await shop.rt.ok('orders', 'listMyAfterSales', { orderId: order.id }, CUSTOMER)).items;
  expect(request).toMatchObject({ kind: 'REFUND_ONLY', units: 1, reason: 'NO_LONGER_WANTED', description: '买多了，退一件' });

  await shop.rt.ok('order-admin', 'approveAfterSale', { afterSaleId: request!.id }, OWNER);
  await phone.open(PAGES.afterSale, { afterSaleId: request!.id });
  expect(byId(phone, 'after-sale-status')).toBe('已退款');
  expect(phone.visibleText()).toContain('商家已同意');
  await openOrder(phone, order.id);
  expect(byId(phone, 'order-line-refund-0')).toMatch(/^部分退款 ¥\d+\.\d\d$/);
});

test('a 退货退款: the shopper reads the return address, sends the parcel from the request page, and may cancel while open', async () => {
  const order = await buyAndPay(shop.rt, CUSTOMER, [{ skuId: 'p06-s1', quantity: 1 }]);
  await shop.rt.ok('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF1122334455' }, OWNER);
  await shop.rt.ok('orders', 'confirmReceipt', { orderId: order.id }, CUSTOMER);
  const request = await shop.rt.ok('orders', 'requestAfterSale', { requestId: aRequestId(), orderId: order.id, lineId: order.lines[0]!.lineId, kind: 'RETURN_REFUND', units: 1, reason: 'QUALITY' }, CUSTOMER);
  await shop.rt.ok('order-admin', 'approveAfterSale', { afterSaleId: request.id }, OWNER);
  const phone = await shop.phone(CUSTOMER);
  await phone.open(PAGES.afterSale, { afterSaleId: request.id });
  expect(phone.errors).toEqual([]);
  expect(phone.visibleText()).toContain('文三路 100 号');
  await phone.tap('圆通速递');
  await phone.input('return-tracking', 'YT5566778899');
  await phone.tap('提交退货物流');
  expect(byId(phone, 'after-sale-status')).toBe('退货寄回中');
  expect(phone.visibleText()).toContain('YT5566778899');
  await phone.tap('撤销申请');
  expect(byId(phone, 'after-sale-status')).toBe('已撤销');
});
