import type { StoreAdminView, StoreCodeView } from '../../src/contracts/stores';
import { formatFen } from '../../src/domain/money/format-fen';
import { applyRateFloor, toBps, toFen } from '../../src/domain/money/fen';
import { DEMO_STORE } from '../../server/seed/seed-demo-marketing';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';
import { shanghaiDay } from '../../src/domain/shared/shanghai-day';

/** Tomorrow in Beijing: every slot of it is still ahead. */
const nextDay = () => shanghaiDay(Date.now() + 86_400_000);

const STORE = { ...DEMO_STORE, slotTimes: ['10:00', '14:00'] };

describeShop('O2O in Chromium: store code → pickup order → 核销 in the admin tab → the clerk earns', 'o2o', {}, (shop) => {

  test('a shopper scans a clerk’s counter code, buys for pickup, staff verify the code once, the clerk’s commission is pending', async () => {
    // The owner sets up a store with one clerk (made a distributor by the assignment) and prints the clerk's code.
    const clerk = (await shop.dev<{ openid: string }>('new-user')).openid;
    const created = await shop.api<StoreAdminView>('store-admin', 'saveStore', { requestId: `e2e-store-${Date.now()}`, ...STORE }, 'dev_staff');
    await shop.api('store-admin', 'setStoreStaff', { storeId: created.id, expectedVersion: created.version, distributorId: null, staff: [{ userId: clerk, title: '店员 小王' }] }, 'dev_staff');
    const code = await shop.api<StoreCodeView>('store-admin', 'createStoreCode', { storeId: created.id, staffUserId: clerk }, 'dev_staff');
    expect(code.h5Url).toMatch(new RegExp(`^${shop.server.url}/pages/home/index\\?scene=[0-9A-Za-z]{16}$`));

    // 1. A new shopper scans it: bound to the clerk, and the store is remembered for checkout.
    const shopper = await shop.pageAs(null);
    await shopper.goto(code.h5Url);
    await shopper.locator('.taro-tabbar__tabbar').first().waitFor();
    await shopper.waitForLoadState('networkidle');
    await shop.shot(shopper, 'shopper-scans-store-code');

    // 2. Buy now → checkout offers pickup at that store, no shipping fee; only who collects is asked.
    await shopper.goto(`${shop.server.url}/packages/store/pages/product/index?productId=p01`);
    await shopper.locator('#buy-now').first().waitFor();
    await shopper.locator('#buy-now').first().click();
    await shopper.locator('#submit-order').first().waitFor();
    expect(await eventually(() => shop.text(shopper, '#pickup-store-name'), (t) => t.includes(STORE.name))).toContain(STORE.name);
    expect(await shopper.locator('#addr-detail').count()).toBe(0);
    await shopper.locator('#addr-name input, input#addr-name').first().fill('王小二');
    await shopper.locator('#addr-phone input, input#addr-phone').first().fill('13912345678');
    const paidFen = toFen(3990);
    expect(await shop.text(shopper, '#checkout-total')).toContain(formatFen(paidFen));
    await shop.shot(shopper, 'checkout-store-pickup');
    await shopper.locator('#submit-order').first().click();
    await shopper.locator('#pay-confirm').first().waitFor();
    await shopper.locator('#pay-confirm').first().click();
    await shopper.locator('#order-status').first().waitFor();
    expect(await eventually(() => shop.text(shopper, '#order-status'), (v) => v.includes('已付款'))).toContain('已付款');
    await shopper.locator('#pickup-qr').first().waitFor();
    const pickupCode = await eventually(() => shop.text(shopper, '#pickup-code'), (v) => /^[0-9A-Za-z]{10}$/.test(v));
    await shop.shot(shopper, 'order-pickup-code');

    // 3. Staff verify it in the admin tab; the order is received.
    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-verify').first().waitFor();
    await shop.shot(staff, 'admin-home-verify-entry');
    await staff.locator('#admin-entry-verify').first().click();
    await staff.locator('#verify-code input, input#verify-code').first().fill(pickupCode);
    await staff.locator('#verify-pickup').first().click();
    await staff.locator('#verify-result').first().waitFor();
    expect(await shop.text(staff, '#verify-result')).toContain('核销成功');
    await shop.shot(staff, 'pickup-verified');

    // 4. The same code again is refused.
    await staff.locator('#verify-pickup').first().click();
    await staff.locator('#verify-refused').first().waitFor();
    expect(await shop.text(staff, '#verify-refused')).toContain('已核销');
    await shop.shot(staff, 'second-verification-refused');

    const orderId = new URL(shopper.url()).searchParams.get('orderId') ?? '';
    expect(await shop.api<{ status: string }>('orders', 'getOrder', { orderId }, await shopperId(shopper))).toMatchObject({ status: 'RECEIVED' });
    await shopper.reload();
    expect(await eventually(() => shop.text(shopper, '#pickup-state'), (v) => v.includes('已核销'))).toContain('已核销');
    await shop.shot(shopper, 'order-picked-up');

    // 5. The clerk earns like a distributor: the level-1 commission is pending.
    const clerkPage = await shop.pageAs(clerk);
    await clerkPage.goto(`${shop.server.url}/pages/me/index`);
    await clerkPage.locator('#pending-commission').first().waitFor();
    const expected = formatFen(applyRateFloor(paidFen, toBps(1000)));
    expect(await eventually(() => shop.text(clerkPage, '#pending-commission'), (v) => v.includes(expected))).toContain(expected);
    await shop.shot(clerkPage, 'clerk-pending-commission');

    // 6. The store report counts the verified pickup and the member the clerk's code bound.
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-stores').first().click();
    await staff.locator(`#admin-store-${created.id}`).first().waitFor();
    expect(await eventually(() => shop.text(staff, '#store-reports'), (v) => v.includes('已核销 1'))).toContain('新会员 1');
    await shop.shot(staff, 'admin-stores-and-reports');
  }, 240_000);

  test('a shopper books a store slot; staff check the booking in once', async () => {
    const [store] = await shop.api<StoreAdminView[]>('store-admin', 'listStores', {}, 'dev_staff');
    const shopper = await shop.pageAs('dev_customer');
    await shopper.goto(`${shop.server.url}/pages/me/index`);
    await shopper.getByText('附近门店 · 到店预约').first().click();
    await shopper.locator(`#store-${store!.id}`).first().waitFor();
    await shop.shot(shopper, 'nearby-stores');
    await shopper.locator(`#reserve-${store!.id}`).first().click();
    await shopper.locator('#slot-1400').first().waitFor();
    await shopper.locator('#slot-1400').first().click();
    await shopper.locator('#reserve-submit').first().click();
    await shopper.locator('#reservation-code').first().waitFor();
    const code = await shop.text(shopper, '#reservation-code');
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    expect(await eventually(() => shop.text(shopper, '#slot-1400'), (v) => v.includes('余 4'))).toContain('余 4');
    await shop.shot(shopper, 'slot-booked');

    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/verify/index`);
    await staff.locator('#verify-code input, input#verify-code').first().fill(code.toLowerCase());
    await staff.locator('#check-in').first().click();
    await staff.locator('#verify-result').first().waitFor();
    expect(await shop.text(staff, '#verify-result')).toContain('签到成功');
    await staff.locator('#check-in').first().click();
    await staff.locator('#verify-refused').first().waitFor();
    expect(await shop.text(staff, '#verify-refused')).toContain('已签到');
    await shop.shot(staff, 'booking-checked-in-once');

    // 我的预约: a later booking can be cancelled by the shopper before its slot (after confirming); the place comes back.
    const later = await shop.api<{ id: string; date: string }>('stores', 'reserveSlot', { requestId: `e2e-later-${Date.now()}`, storeId: store!.id, date: nextDay(), time: '10:00', payMode: 'IN_STORE' }, 'dev_customer');
    await shopper.goto(`${shop.server.url}/packages/store/pages/stores/index`);
    await shopper.locator(`[id="reservation-cancel-${later.id}"]`).first().waitFor();
    await shopper.locator(`[id="reservation-cancel-${later.id}"]`).first().click();
    await shopper.locator('.taro-model__confirm').first().waitFor();
    await shopper.locator('.taro-model__confirm').first().click();
    expect(await eventually(() => shop.text(shopper, '#my-reservations'), (v) => v.includes('已取消'))).toContain('已取消');
    await shop.shot(shopper, 'booking-cancelled');
    const slots = await shop.api<Array<{ time: string; taken: number }>>('stores', 'listSlots', { storeId: store!.id, date: later.date }, 'dev_customer');
    expect(slots.find((x) => x.time === '10:00')?.taken).toBe(0);
  }, 120_000);

  test('an in-store coupon: the shopper shows its counter code (到店使用), staff verify it once; the store edit form shows', async () => {
    const now = Date.now();
    const template = await shop.api<{ id: string }>(
      'marketing-admin',
      'saveCouponTemplate',
      {
        requestId: `e2e-ct-${now}`,
        name: '到店立减10元',
        rule: { kind: 'FIXED', amountFen: 1000, thresholdFen: 0 },
        scope: { kind: 'ALL' },
        validFrom: new Date(now - 3600_000).toISOString(),
        validTo: new Date(now + 7 * 86_400_000).toISOString(),
        perUserLimit: 1,
        totalQuantity: null,
        claimable: false,
        usage: 'IN_STORE',
      },
      'dev_staff',
    );
    const coupon = await shop.api<{ id: string }>('marketing-admin', 'issueCoupon', { templateId: template.id, userId: 'dev_customer', requestId: `e2e-ic-${now}` }, 'dev_staff');

    const shopper = await shop.pageAs('dev_customer');
    await shopper.goto(`${shop.server.url}/packages/member/pages/coupons/index`);
    await shopper.locator(`[id="counter-open-${coupon.id}"]`).first().waitFor();
    await shopper.locator(`[id="counter-open-${coupon.id}"]`).first().click();
    const code = await eventually(() => shop.text(shopper, '#counter-code'), (v) => /^[2-9A-HJ-NP-Z]{10}$/.test(v));
    await shop.shot(shopper, 'coupon-counter-code');

    const staff = await shop.pageAs('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/verify/index`);
    await staff.locator('#verify-code input, input#verify-code').first().fill(code);
    await staff.locator('#verify-coupon').first().click();
    await staff.locator('#verify-result').first().waitFor();
    expect(await shop.text(staff, '#verify-result')).toContain('优惠券已核销');
    await staff.locator('#verify-coupon').first().click();
    await staff.locator('#verify-refused').first().waitFor();
    expect(await shop.text(staff, '#verify-refused')).toContain('已使用');
    await shop.shot(staff, 'coupon-verified-once');

    await shopper.locator('#coupons-USED').first().click();
    expect(await eventually(() => shop.text(shopper, `[id="coupon-${coupon.id}"]`), (v) => v.includes('到店使用'))).toContain('到店使用');
    await shop.shot(shopper, 'coupon-used-in-store');

    const [store] = await shop.api<StoreAdminView[]>('store-admin', 'listStores', {}, 'dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/stores/index`);
    await staff.locator(`#store-edit-open-${store!.id}`).first().click();
    await staff.locator(`#store-edit-${store!.id}-form`).first().waitFor();
    await shop.shot(staff, 'admin-store-edit-form');
  }, 120_000);
});

/** The identity the shop gave a new visitor (kept by the local login in localStorage). */
async function shopperId(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => window.localStorage.getItem('wfx.dev-openid') ?? '');
}
