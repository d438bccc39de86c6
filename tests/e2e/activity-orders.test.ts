import type { Page } from 'playwright-core';
import type { FlashSaleView, GroupBuyView, PayRequestView } from '../../src/contracts/activities';
import type { OrderView } from '../../src/contracts/orders';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const HOUR_MS = 3_600_000;
const ADDRESS = { name: '王小二', phone: '13912345678', region: '广东省 深圳市 南山区', detail: '科技园 1 号' };

describeShop('营销活动 in Chromium: staff edit an activity; orders show their 拼团; a friend pays someone’s order', 'activity-orders', {}, (shop) => {

  const fill = async (page: Page, id: string, value: string) => page.locator(`#${id} input, input#${id}`).first().fill(value);
  const window = () => ({ startAt: new Date(Date.now() - HOUR_MS).toISOString(), endAt: new Date(Date.now() + 24 * HOUR_MS).toISOString() });

  test('staff edit a 秒杀’s price and stock in the 营销活动 form; the same activity changes', async () => {
    const sale = await shop.api<FlashSaleView>('activity-admin', 'saveFlashSale', { requestId: `e2e-flash-${Date.now()}`, skuId: 'p01-s1', ...window(), priceFen: 1990, stockTotal: 10, perUserLimit: 1 }, 'dev_staff');
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/activities/index`);
    await staff.locator(`#activity-edit-${sale.id}`).first().click();
    await staff.locator('#act-sku-fixed').first().waitFor();
    expect(await staff.locator('#flash-price input, input#flash-price').first().inputValue()).toBe('19.90');
    await fill(staff, 'flash-price', '15.90');
    await fill(staff, 'flash-stock', '20');
    await fill(staff, 'flash-limit', '');
    await shop.shot(staff, 'staff-edit-flash-sale');
    await staff.locator('#flash-save').first().click();
    const sales = await eventually(
      () => shop.api<FlashSaleView[]>('activity-admin', 'listFlashSales', {}, 'dev_staff'),
      (list) => list.some((s) => s.id === sale.id && s.priceFen === 1590),
    );
    expect(sales.filter((s) => s.skuId === 'p01-s1')).toEqual([expect.objectContaining({ id: sale.id, priceFen: 1590, stockTotal: 20, stockLeft: 20, perUserLimit: null })]);
    await staff.locator('#act-sku').first().waitFor(); // back to creating
    await staff.context().close();
  }, 120_000);

  test('a paid 拼团 order shows 拼团中 to the buyer and staff, and staff cannot ship it yet', async () => {
    const activity = await shop.api<GroupBuyView>('activity-admin', 'saveGroupBuy', { requestId: `e2e-group-${Date.now()}`, skuId: 'p02-s1', ...window(), priceFen: 990, leaderPriceFen: null, requiredMembers: 2, hours: 24 }, 'dev_staff');
    const opened = await shop.api<{ groupId: string; order: OrderView }>('activities', 'openGroup', { requestId: `e2e-open-${Date.now()}`, activityId: activity.id, address: ADDRESS }, 'dev_customer');
    expect(await shop.dev<{ errcode: number }>('pay', { orderId: opened.order.id })).toMatchObject({ errcode: 0 });

    const buyer = await shop.pageAs('dev_customer');
    await buyer.goto(`${shop.server.url}/packages/member/pages/order/index?orderId=${opened.order.id}`);
    const tag = `#order-activity-${opened.order.id}`;
    expect(await eventually(() => shop.text(buyer, tag), (t) => t.includes('拼团中'))).toContain('拼团');
    await shop.shot(buyer, 'buyer-group-order');
    await buyer.locator(`${tag} .order-activity-tag__link`).first().click();
    await buyer.waitForURL(/packages\/activity\/pages\/group\/index/);
    expect(buyer.url()).toContain(opened.groupId);
    await buyer.context().close();

    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/order/index?orderId=${opened.order.id}`);
    await staff.locator('#ship-blocked').first().waitFor();
    expect(await shop.text(staff, '#ship-blocked')).toBe('拼团尚未成功，成团后才能发货');
    expect(await shop.text(staff, tag)).toContain('拼团中');
    expect(await staff.locator('#ship-submit').first().getAttribute('class')).toContain('disabled');
    await shop.shot(staff, 'staff-group-order-not-shippable');
    await staff.context().close();
  }, 120_000);

  test('找人代付: a friend pays on the share page (simulated pay under the friend’s own trade number); the order is the buyer’s and paid', async () => {
    const { openid: buyerId } = await shop.dev<{ openid: string }>('new-user');
    const { openid: friendId } = await shop.dev<{ openid: string }>('new-user');
    const order = await shop.api<OrderView>('orders', 'createOrder', { requestId: `e2e-fp-${Date.now()}`, lines: [{ skuId: 'p01-s1', quantity: 1 }], address: ADDRESS }, buyerId);
    const request = await shop.api<PayRequestView>('activities', 'createPayRequest', { orderId: order.id }, buyerId);
    const friend = await shop.pageAs(friendId);
    await friend.goto(`${shop.server.url}/packages/activity/pages/friend-pay/index?payRequestId=${request.id}`);
    await friend.locator('#friend-pay-confirm').first().click();
    const paid = await eventually(() => shop.api<OrderView>('orders', 'getOrder', { orderId: order.id }, buyerId), (o) => o.status === 'PAID');
    expect(paid.status).toBe('PAID');
    await shop.shot(friend, 'friend-paid');
    await friend.context().close();
  }, 120_000);
});
