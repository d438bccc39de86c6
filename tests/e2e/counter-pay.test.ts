import type { CounterPaymentView } from '../../src/contracts/counter';
import type { Page } from '../../src/contracts/paging';
import type { StoreAdminView, StoreCodeView } from '../../src/contracts/stores';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

// What `npm start` adds: the demo store with 满100减10 / 满200减30 switched on.
describeShop('优惠买单 in Chromium: counter code → the shopper types the bill → pays → staff see it and refund it', 'counter-pay', { demo: true }, (shop) => {

  test('the discount comes from the server, payment goes through the same callback, the refund from the staff page', async () => {
    const [store] = await shop.api<StoreAdminView[]>('store-admin', 'listStores', {}, 'dev_staff');
    const clerk = (await shop.dev<{ openid: string }>('new-user')).openid;
    await shop.api('store-admin', 'setStoreStaff', { storeId: store!.id, expectedVersion: store!.version, distributorId: null, staff: [{ userId: clerk, title: '店员 小王' }] }, 'dev_staff');

    // 1. Staff open 优惠买单 in the admin tab: the store's offer, and the clerk's counter code.
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-counter').first().waitFor();
    await staff.locator('#admin-entry-counter').first().click();
    await staff.locator('#counter-settings').first().waitFor();
    expect(await shop.text(staff, '#counter-settings')).toContain('西湖旗舰店');
    await staff.locator(`#counter-code-${clerk}`).first().click();
    await staff.locator('#counter-code img').first().waitFor();
    await shop.shot(staff, 'staff-counter-settings-and-code');
    const code = await shop.api<StoreCodeView>('store-admin', 'createStoreCode', { storeId: store!.id, staffUserId: clerk, purpose: 'COUNTER' }, 'dev_staff');
    expect(code.h5Url).toMatch(/\/packages\/store\/pages\/counter\/index\?scene=/);

    // 2. A new shopper scans it: the counter page of the store, with its offer.
    const shopper = await shop.pageAs(null);
    await shopper.goto(code.h5Url);
    await shopper.locator('#counter-offer').first().waitFor();
    expect(await shop.text(shopper, '#counter-offer')).toContain('满100减10，满200减30');
    // ¥250 of which ¥60 is wine: ¥190 reaches 满100减10 only.
    await shopper.locator('#counter-bill input, input#counter-bill').first().fill('250');
    await shopper.locator('#counter-excluded input, input#counter-excluded').first().fill('60');
    await shopper.locator('#counter-quote').first().click();
    await shopper.locator('#counter-quote-result').first().waitFor();
    expect(await shop.text(shopper, '#counter-quote-result')).toContain('¥240.00');
    expect(await shop.text(shopper, '#counter-pay')).toContain('微信支付 ¥240.00');
    await shop.shot(shopper, 'shopper-counter-quote');

    // 3. WeChat Pay (simulated; its button runs the real payment callback).
    await shopper.locator('#counter-pay').first().click();
    await shopper.locator('#pay-confirm').first().waitFor();
    await shop.shot(shopper, 'shopper-simulated-wechat-pay');
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    const orderId = new URL(shopper.url()).searchParams.get('orderId') ?? '';
    const buyer = await shopper.evaluate(() => window.localStorage.getItem('wfx.dev-openid') ?? '');
    expect(await eventually(() => shop.api<{ status: string; totalFen: number }>('orders', 'getOrder', { orderId }, buyer), (o) => o.status === 'RECEIVED')).toMatchObject({ totalFen: 24000 });
    await shop.shot(shopper, 'shopper-counter-order-paid');

    // 4. Staff see the payment and refund it; the store report nets it out.
    await staff.reload();
    await staff.locator(`#counter-payment-${orderId}`).first().waitFor();
    expect(await shop.text(staff, `#counter-payment-${orderId}`)).toContain('实付 ¥240.00');
    await shop.shot(staff, 'staff-counter-payment-listed');
    await staff.locator(`#counter-refund-${orderId}`).first().click();
    await staff.getByText('确定', { exact: true }).first().click();
    expect(await eventually(() => shop.text(staff, `#counter-payment-${orderId}`), (t) => t.includes('已退款'))).toContain('已退 ¥240.00');
    await shop.shot(staff, 'staff-counter-payment-refunded');
    const payments = await shop.api<Page<CounterPaymentView>>('store-admin', 'listCounterPayments', { storeId: store!.id }, 'dev_staff');
    expect(payments.items[0]).toMatchObject({ orderId, refundedFen: 24000, status: 'CLOSED' });
  }, 180_000);
});
