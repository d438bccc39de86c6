import type { OrderView } from '../../src/contracts/orders';
import { orderPriceBreakdown } from '../../src/domain/order/order-price-breakdown';
import { seedDemoMarketing } from '../../server/seed/seed-demo-marketing';
import { ADDRESS, aRequestId, createTestRuntime, type TestRuntime } from '../support/test-runtime';

let rt: TestRuntime;
beforeEach(async () => {
  rt = await createTestRuntime();
  await seedDemoMarketing((fn, action, payload) => rt.ok(fn, action, payload, 'dev_staff'), rt.now());
});
afterEach(() => rt.close());

const BUYER = 'dev_customer';

/** What every order page shows must add up: the lines at their shown prices, minus discounts, plus shipping, is the total. */
function expectAddsUp(order: OrderView) {
  const b = orderPriceBreakdown(order);
  const linesFen = order.lines.reduce((sum, l, i) => sum + (b.lines[i]?.chargedUnitFen ?? 0) * l.quantity, 0);
  expect({ id: order.id, lines: linesFen, total: b.goodsFen - b.discountFen + b.shippingFen }).toEqual({ id: order.id, lines: b.goodsFen, total: order.totalFen });
}

test('ordinary, coupon and activity orders (秒杀, 拼团, 砍价) add up on the shopper’s and the staff’s pages', async () => {
  const ordinary = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p01-s1', quantity: 1 }, { skuId: 'p02-s1', quantity: 2 }], address: ADDRESS }, BUYER);
  const [coupon] = await rt.ok('marketing', 'listCouponCentre', {}, BUYER);
  const claimed = await rt.ok('marketing', 'claimCoupon', { requestId: aRequestId(), templateId: coupon!.template.id }, BUYER);
  const withCoupon = await rt.ok('orders', 'createOrder', { requestId: aRequestId(), lines: [{ skuId: 'p12-s2', quantity: 1 }], address: ADDRESS, couponId: claimed.id }, BUYER);
  expect(withCoupon.discounts.length).toBeGreaterThan(0);

  const activities = await rt.ok('activities', 'listActivities', {}, BUYER);
  const flash = await rt.ok('activities', 'buyFlashSale', { requestId: aRequestId(), saleId: activities.flashSales[0]!.id, quantity: 2, address: ADDRESS }, BUYER);
  const group = await rt.ok('activities', 'openGroup', { requestId: aRequestId(), activityId: activities.groupBuys[0]!.id, address: ADDRESS }, 'dev_distributor');
  const bargain = await rt.ok('activities', 'startBargain', { activityId: activities.bargains[0]!.id }, BUYER);
  await rt.ok('activities', 'helpBargain', { bargainId: bargain.id }, 'dev_distributor');
  const bargained = await rt.ok('activities', 'buyBargain', { requestId: aRequestId(), bargainId: bargain.id, address: ADDRESS }, BUYER);

  for (const [order, buyer] of [[ordinary, BUYER], [withCoupon, BUYER], [flash, BUYER], [group.order, 'dev_distributor'], [bargained, BUYER]] as const) {
    expectAddsUp(await rt.ok('orders', 'getOrder', { orderId: order.id }, buyer));
    expectAddsUp((await rt.ok('order-admin', 'getOrderDetail', { orderId: order.id }, 'dev_staff')).order);
  }
  // An activity line is shown at the price charged, the list price struck.
  const shown = orderPriceBreakdown(flash);
  expect(shown.lines[0]).toEqual({ chargedUnitFen: activities.flashSales[0]!.priceFen, listUnitFen: flash.lines[0]!.unitPriceFen });
  expect(orderPriceBreakdown(bargained).lines[0]!.listUnitFen).toBe(bargained.lines[0]!.unitPriceFen);
});
