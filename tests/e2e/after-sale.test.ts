import type { Page } from 'playwright-core';
import type { AfterSaleView, OrderView } from '../../src/contracts/orders';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const ADDRESS = { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' };
const HOUR_MS = 60 * 60 * 1000;
let clock = Date.parse('2026-11-20T02:00:00.000Z');
describeShop('after-sale in Chromium: tracking, a return with tracking, staff decisions, the refund the shopper and the distributor see', 'after-sale', { now: () => new Date(clock) }, (shop) => {

  const confirmModal = async (page: Page) => {
    await page.locator('.taro-model__confirm').first().waitFor();
    await page.locator('.taro-model__confirm').first().click();
  };
  const textOf = (page: Page, selector: string, wanted: (t: string) => boolean) => eventually(() => shop.text(page, selector), wanted);

  test('a shipped order shows its parcel; the shopper asks for a return, staff approve, the shopper sends it back, staff confirm, the refund shows everywhere', async () => {
    // A shopper bound to the demo distributor buys two units; staff ship them.
    const code = await shop.api<{ scene: string }>('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
    const buyer = (await shop.dev<{ openid: string }>('new-user')).openid;
    await shop.api('referral', 'bindByScene', { scene: code.scene }, buyer);
    const order = await shop.api<OrderView>('orders', 'createOrder', { requestId: `e2e-as-${Date.now()}`, lines: [{ skuId: 'p11-s1', quantity: 2 }], address: ADDRESS }, buyer);
    expect(await shop.dev('pay', { orderId: order.id })).toMatchObject({ errcode: 0 });
    await shop.api('order-admin', 'shipOrder', { orderId: order.id, carrierCode: 'SF', trackingNo: 'SF2026112001' }, 'dev_staff');
    clock += 12 * HOUR_MS;

    // 1. The shipped order: carrier, a copyable number, the track, and the automatic receipt.
    const shopper = await shop.pageAs(buyer);
    await shopper.goto(`${shop.server.url}/packages/member/pages/order/index?orderId=${order.id}`);
    expect(await textOf(shopper, '#order-tracking', (t) => t.includes('转运中心'))).toContain('SF2026112001');
    expect(await shop.text(shopper, '#order-tracking-carrier')).toContain('顺丰速运');
    expect(await shop.text(shopper, '#order-auto-receipt')).toBe('10 天后自动确认收货');
    await shop.shot(shopper, 'shipped-order-tracking');

    // 2. The shopper confirms receipt, then asks to return one unit (退货退款: received goods go back).
    await shopper.locator('#confirm-receipt').first().click();
    await confirmModal(shopper);
    await textOf(shopper, '#order-status', (t) => t.includes('已收货'));
    await shopper.locator('#after-sale-0').first().click();
    await shopper.locator('#after-sale-reason-QUALITY').first().waitFor();
    expect(await shop.text(shopper, '#after-sale-kind-RETURN_REFUND')).toBe('退货退款');
    await shopper.locator('#after-sale-reason-QUALITY').first().click();
    await shopper.locator('#after-sale-description textarea, textarea#after-sale-description').first().fill('果子有磕碰，退一件');
    expect(await shop.text(shopper, '#after-sale-fen')).toBe('¥79.00');
    await shop.shot(shopper, 'after-sale-apply');
    await shopper.locator('#after-sale-submit').first().click();
    expect(await textOf(shopper, '#after-sale-status', (t) => t === '待商家处理')).toBe('待商家处理');
    await shop.shot(shopper, 'after-sale-requested');
    const [request] = (await shop.api<{ items: AfterSaleView[] }>('orders', 'listMyAfterSales', { orderId: order.id }, buyer)).items;
    expect(request).toMatchObject({ kind: 'RETURN_REFUND', units: 1, reason: 'QUALITY', description: '果子有磕碰，退一件' });

    // 3. Staff find it in the 售后 queue and approve the return.
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/orders/index`);
    await staff.locator('#order-filter-AFTER_SALE').first().click();
    await staff.locator(`#admin-after-sale-${request!.id}`).first().waitFor();
    await shop.shot(staff, 'staff-after-sale-queue');
    await staff.locator(`#admin-after-sale-${request!.id}`).first().click();
    await staff.locator(`#approve-${request!.id}`).first().click();
    await confirmModal(staff);
    expect(await textOf(staff, `#after-sale-status-${request!.id}`, (t) => t.includes('商家已同意'))).toContain('退货退款');
    await shop.shot(staff, 'staff-approved-return');

    // 4. The shopper reads the return address and enters the parcel.
    await shopper.goto(`${shop.server.url}/packages/member/pages/after-sale/index?afterSaleId=${request!.id}`);
    expect(await textOf(shopper, '#after-sale-return-address', (t) => t.includes('文三路'))).toContain('鲜甜生活馆售后部');
    await shopper.locator('#return-carrier-YTO').first().click();
    await shopper.locator('#return-tracking input, input#return-tracking').first().fill('YT2026112002');
    await shopper.locator('#return-submit').first().click();
    expect(await textOf(shopper, '#after-sale-status', (t) => t === '退货寄回中')).toBe('退货寄回中');
    await shop.shot(shopper, 'return-parcel-sent');

    // 5. Staff confirm the goods came back: the refund runs.
    await staff.reload();
    expect(await textOf(staff, `#after-sale-return-${request!.id}`, (t) => t.includes('YT2026112002'))).toContain('圆通速递');
    await staff.locator(`#received-${request!.id}`).first().click();
    await confirmModal(staff);
    expect(await textOf(staff, `#after-sale-status-${request!.id}`, (t) => t.includes('已退款'))).toContain('已退款');
    await shop.shot(staff, 'staff-confirmed-return-refunded');

    // 6. The shopper sees 已退款 on the request and the refund on the order.
    await shopper.reload();
    expect(await textOf(shopper, '#after-sale-status', (t) => t === '已退款')).toBe('已退款');
    expect(await shop.text(shopper, '#after-sale-timeline')).toContain('已退款 ¥79.00');
    await shop.shot(shopper, 'after-sale-refunded');
    await shopper.goto(`${shop.server.url}/packages/member/pages/order/index?orderId=${order.id}`);
    expect(await textOf(shopper, '#order-line-refund-0', (t) => t.length > 0)).toBe('部分退款 ¥79.00');
    expect(await shop.text(shopper, '#order-refunds')).toContain('已原路退回');
    await shop.shot(shopper, 'order-partly-refunded');

    // 7. The distributor sees the commission reversed: 1580 on two units, 790 back.
    const distributor = await shop.pageAs('dev_distributor');
    await distributor.goto(`${shop.server.url}/packages/member/pages/earnings/index`);
    expect(await textOf(distributor, '#earn-entries', (t) => t.includes('退款冲回'))).toContain('-¥7.90');
    await shop.shot(distributor, 'distributor-sees-reversal');
  });
});
