import type { OrderView } from '../../src/contracts/orders';
import type { StampCardView } from '../../src/contracts/stamp-card';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

// What `npm start` adds: 「集满 5 点送 15 元券」 on 赣南脐橙 (p01), pickups and 优惠买单 of ¥50 or more.
describeShop('集点卡 in Chromium: a paid line of the chosen product stamps the card; refunded, the stamp is taken back', 'stamp-cards', { demo: true }, (shop) => {

  test('staff see the card; the shopper buys 赣南脐橙 and sees 1/5; a full refund takes it back', async () => {
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-stamp-cards').first().waitFor();
    await staff.locator('#admin-entry-stamp-cards').first().click();
    await staff.locator('#stamp-card-form').first().waitFor();
    expect(await eventually(() => shop.text(staff, 'body'), (t) => t.includes('集满 5 点送 15 元券'))).toContain('集点奖励15元券');
    await shop.shot(staff, 'staff-stamp-cards');
    const [card] = await shop.api<StampCardView[]>('marketing-admin', 'listStampCards', {}, 'dev_staff');

    // A new shopper: the card is empty.
    const shopper = await shop.pageAs(null);
    await shopper.goto(`${shop.server.url}/packages/member/pages/stamp-cards/index`);
    await shopper.locator(`#stamp-progress-${card!.id}`).first().waitFor();
    expect(await shop.text(shopper, `#stamp-progress-${card!.id}`)).toContain('已集 0/5 点');
    await shop.shot(shopper, 'shopper-card-empty');

    // Buy one 赣南脐橙 and pay (the simulated WeChat Pay runs the real callback).
    await shopper.goto(`${shop.server.url}/packages/store/pages/product/index?productId=p01`);
    await shopper.locator('#buy-now').first().click();
    await shopper.locator('#submit-order').first().waitFor();
    const fill = (id: string, value: string) => shopper.locator(`#${id} input, input#${id}, #${id} textarea, textarea#${id}`).first().fill(value);
    await fill('addr-name', '王小二');
    await fill('addr-phone', '13912345678');
    await fill('addr-region', '广东省 深圳市 南山区');
    await fill('addr-detail', '科技园 1 号');
    await shopper.locator('#submit-order').first().click();
    await shopper.locator('#pay-confirm').first().waitFor();
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    const orderId = new URL(shopper.url()).searchParams.get('orderId') ?? '';

    await shopper.goto(`${shop.server.url}/packages/member/pages/stamp-cards/index`);
    expect(await eventually(() => shop.text(shopper, `#stamp-progress-${card!.id}`), (t) => t.includes('1/5'))).toContain('已集 1/5 点');
    await shop.shot(shopper, 'shopper-card-one-stamp');

    // Staff refund the line in full: the stamp is taken back.
    const buyer = await shopper.evaluate(() => window.localStorage.getItem('wfx.dev-openid') ?? '');
    const order = await shop.api<OrderView>('orders', 'getOrder', { orderId }, buyer);
    await shop.api('order-admin', 'refundOrderLine', { requestId: `e2e-refund-${Date.now()}`, orderId, lineId: order.lines[0]!.lineId, units: 1, reason: '不想要了' }, 'dev_staff');
    await shopper.reload();
    expect(await eventually(() => shop.text(shopper, `#stamp-progress-${card!.id}`), (t) => t.includes('0/5'))).toContain('已集 0/5 点');
    await shop.shot(shopper, 'shopper-card-stamp-taken-back');
  }, 180_000);
});
