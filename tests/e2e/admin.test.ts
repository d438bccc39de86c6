import type { Page } from 'playwright-core';
import type { PolicyView } from '../../src/contracts/distribution-admin';
import type { OrderView } from '../../src/contracts/orders';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

const DAY_MS = 24 * 60 * 60 * 1000;
const ADDRESS = { name: '张三', phone: '13800138000', region: '浙江省 杭州市 西湖区', detail: '文三路 100 号' };
let clock = Date.parse('2026-11-20T02:00:00.000Z');
describeShop('admin tab in Chromium: staff approve an application, ship an order, approve a withdrawal', 'admin', { now: () => new Date(clock) }, (shop) => {

  const api = <T>(fn: string, action: string, payload: object, openid: string) => shop.api<T>(fn, action, payload, openid);
  const dev = <T>(route: string, body: object = {}) => shop.dev<T>(route, body);
  const newUser = async () => (await dev<{ openid: string }>('new-user')).openid;
  let requests = 0;
  const requestId = () => `e2eadmin-${++requests}-${Date.now()}`;

  async function buyAndPay(buyer: string, skuId: string, quantity: number): Promise<OrderView> {
    const order = await api<OrderView>('orders', 'createOrder', { requestId: requestId(), lines: [{ skuId, quantity }], address: ADDRESS }, buyer);
    expect(await dev('pay', { orderId: order.id })).toMatchObject({ errcode: 0 });
    return order;
  }

  const personaPage = (openid: string) => shop.pageAs(openid);
  const shot = (page: Page, name: string) => shop.shot(page, name);
  const adminTab = (page: Page) => page.locator('.taro-tabbar__tabbar .weui-tabbar__item', { hasText: '管理' });
  const confirmModal = async (page: Page) => {
    await page.locator('.taro-model__confirm').first().waitFor();
    await page.locator('.taro-model__confirm').first().click();
  };

  test('only staff see the tab; every decision is a click', async () => {
    // --- Through the API: an application, a paid order, and a withdrawal of settled commission.
    const { policy } = await api<PolicyView>('distribution-admin', 'getPolicy', {}, 'dev_staff');
    const { version, threeLevelAck: _ack, ...edit } = policy;
    await api('distribution-admin', 'updatePolicy', { policy: { ...edit, qualification: { kind: 'APPLICATION' } }, expectedVersion: version }, 'dev_staff');
    const applicant = await newUser();
    await api('distributor', 'becomeDistributor', { application: { realName: '赵申请', phone: '13700001111', reason: '朋友多，想分享好物' } }, applicant);

    const code = await api<{ scene: string }>('distributor', 'createShareCode', { target: { kind: 'shop' } }, 'dev_distributor');
    const friend = await newUser();
    await api('referral', 'bindByScene', { scene: code.scene }, friend);
    const earning = await buyAndPay(friend, 'p12-s2', 3);
    await api('order-admin', 'shipOrder', { orderId: earning.id, carrierCode: 'SF', trackingNo: 'SF0000000001' }, 'dev_staff');
    await api('orders', 'confirmReceipt', { orderId: earning.id }, friend);
    clock += 8 * DAY_MS;
    await dev('run-timers');
    const withdrawal = await api<{ id: string }>('commission', 'requestWithdrawal', { requestId: requestId(), amountFen: 3000, method: 'WECHAT_CHANGE', account: '' }, 'dev_distributor');
    const toShip = await buyAndPay('dev_customer', 'p01-s1', 1);

    // --- A shopper does not see the admin tab.
    const shopper = await personaPage('dev_customer');
    await shopper.goto(`${shop.server.url}/pages/home/index`);
    await shopper.locator('.taro-tabbar__tabbar .weui-tabbar__item', { hasText: '我的' }).first().waitFor();
    await shopper.waitForLoadState('networkidle');
    expect(await adminTab(shopper).isVisible()).toBe(false);
    await shot(shopper, 'shopper-no-admin-tab');

    // --- Staff see it and open it.
    const staff = await personaPage('dev_staff');
    await staff.goto(`${shop.server.url}/pages/home/index`);
    await adminTab(staff).first().waitFor({ state: 'visible' });
    await shot(staff, 'staff-sees-admin-tab');
    await adminTab(staff).first().click();
    await staff.locator('#admin-entry-distribution').first().waitFor();
    await shot(staff, 'staff-admin-home');

    // 1. Approve the application.
    await staff.locator('#admin-entry-distribution').first().click();
    await staff.locator(`#application-${applicant}`).first().waitFor();
    await shot(staff, 'application-queue');
    await staff.locator(`#approve-${applicant}`).first().click();
    await staff.getByText('没有待审核的申请').first().waitFor();
    const panel = await api<{ distributor: { status: string } | null }>('distributor', 'getMyPanel', {}, applicant);
    expect(panel.distributor?.status).toBe('ACTIVE');
    await staff.locator('#distribution-tab-ACTIVE').first().click();
    await staff.locator(`#distributor-${applicant}`).first().waitFor();
    await shot(staff, 'application-approved');

    // 2. Ship the paid order.
    await staff.goBack();
    await staff.locator('#admin-entry-orders').first().waitFor();
    await staff.locator('#admin-entry-orders').first().click();
    await staff.locator(`#admin-order-${toShip.id}`).first().waitFor();
    await shot(staff, 'orders-to-ship');
    await staff.locator(`#admin-order-${toShip.id}`).first().click();
    await staff.locator('#ship-tracking input, input#ship-tracking').first().fill('SF1234567890');
    await shot(staff, 'ship-form');
    await staff.locator('#ship-submit').first().click();
    // Shipping asks first.
    await shot(staff, 'ship-confirm');
    await confirmModal(staff);
    expect(await eventually(() => staff.locator('#admin-order-status').first().textContent(), (t) => (t ?? '').includes('已发货'))).toContain('已发货');
    expect(await staff.locator('#admin-order-shipment').first().textContent()).toContain('SF1234567890');
    const shipped = await api<OrderView>('orders', 'getOrder', { orderId: toShip.id }, 'dev_customer');
    expect(shipped.status).toBe('SHIPPED');
    await shot(staff, 'order-shipped');

    // 3. Approve the withdrawal (a destructive action: it asks first).
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-finance').first().waitFor();
    await staff.locator('#admin-entry-finance').first().click();
    await staff.locator(`#withdrawal-${withdrawal.id}`).first().waitFor();
    await shot(staff, 'withdrawal-queue');
    await staff.locator(`#approve-${withdrawal.id}`).first().click();
    await shot(staff, 'withdrawal-confirm');
    await confirmModal(staff);
    await staff.getByText('暂无相关提现').first().waitFor();
    const mine = await api<{ items: Array<{ id: string; status: string }> }>('commission', 'listMyWithdrawals', {}, 'dev_distributor');
    expect(mine.items.find((w) => w.id === withdrawal.id)?.status).toBe('PAID');
    await staff.locator('#withdrawal-filter-PAID').first().click();
    await staff.locator(`#withdrawal-${withdrawal.id}`).first().waitFor();
    await shot(staff, 'withdrawal-paid');

    // The dashboard counts the two orders paid today (Beijing) and the commission paid out.
    await staff.goto(`${shop.server.url}/pages/admin/index`);
    await staff.locator('#admin-entry-dashboard').first().click();
    await staff.locator('#dash-period-days30').first().click();
    expect(await eventually(() => staff.locator('#dash-orders').first().textContent(), (t) => t === '2')).toBe('2');
    await shot(staff, 'dashboard');
  }, 240_000);

  test('the owner invites a staff member by one-time code; after redeeming it they see the admin tab', async () => {
    const owner = await personaPage('dev_staff');
    await owner.goto(`${shop.server.url}/packages/admin/pages/staff/index`);
    await owner.locator('#invite-perm-finance').first().click();
    await owner.locator('#invite-create').first().click();
    const code = ((await owner.locator('#invite-code-created').first().textContent({ timeout: 10_000 })) ?? '').trim();
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    await shot(owner, 'owner-creates-invite');

    const invitee = await personaPage(await newUser());
    await invitee.goto(`${shop.server.url}/pages/me/index`);
    await invitee.locator('#staff-entry').first().click();
    await invitee.locator('#invite-code input, input#invite-code').first().fill(code);
    await invitee.locator('#redeem-invite').first().click();
    // Orders and finance, as invited; nothing the invitation did not grant.
    await invitee.locator('#admin-entry-finance').first().waitFor();
    expect(await invitee.locator('#admin-entry-orders').count()).toBe(1);
    expect(await invitee.locator('#admin-entry-distribution').count()).toBe(0);
    await adminTab(invitee).first().waitFor({ state: 'visible' });
    await shot(invitee, 'invitee-is-staff');
  }, 120_000);
  test('staff tag a customer, and a catalogue import dry run lists every row problem', async () => {
    const staff = await personaPage('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/customers/index`);
    await staff.locator('#customer-dev_customer').first().waitFor();
    await shot(staff, 'customers');
    await staff.locator('#customer-dev_customer').first().click();
    await staff.locator('#customer-new-tag input, input#customer-new-tag').first().fill('老客');
    await staff.locator('#customer-add-tag').first().click();
    await staff.getByText('老客 ✕').first().waitFor();
    await shot(staff, 'customer-tagged');
    expect((await api<{ tags: string[] }>('customer-admin', 'getCustomer', { userId: 'dev_customer' }, 'dev_staff')).tags).toEqual(['老客']);

    await staff.goto(`${shop.server.url}/packages/admin/pages/import/index`);
    await staff.locator('#import-csv textarea, textarea#import-csv').first().fill('商品名称,分类编号,图片,规格,价格(元),库存\n测试商品,nope,/files/x.png,默认,abc,1\n');
    await staff.locator('#import-dry-run').first().click();
    await staff.locator('.import-problem').first().waitFor();
    expect(await staff.locator('.import-problem').count()).toBe(2);
    await shot(staff, 'import-dry-run');
  }, 120_000);

  test('staff create a category shoppers then see, run the ledger check, and open a product\'s commission settings', async () => {
    const staff = await personaPage('dev_staff');
    await staff.goto(`${shop.server.url}/packages/admin/pages/categories/index`);
    await staff.locator('#category-fruit').first().waitFor();
    await staff.locator('#category-new-name input, input#category-new-name').first().fill('粮油调味');
    await staff.locator('#category-create').first().click();
    await staff.locator('.admin-card__title', { hasText: '粮油调味' }).first().waitFor();
    await shot(staff, 'category-created');
    expect((await api<Array<{ name: string }>>('catalog', 'listCategories', {}, 'dev_customer')).map((c) => c.name)).toContain('粮油调味');

    await staff.goto(`${shop.server.url}/packages/admin/pages/finance/index`);
    await staff.locator('#ledger-check-run').first().click();
    await staff.locator('#ledger-check-ok').first().waitFor();
    await shot(staff, 'ledger-check-ok');

    await staff.goto(`${shop.server.url}/packages/admin/pages/product/index?productId=p01`);
    await staff.locator('#product-commission').first().waitFor();
    await staff.locator('#product-commission').first().scrollIntoViewIfNeeded();
    await shot(staff, 'product-commission');

    // Each distributor row shows team and earnings, and opens the orders of their customers.
    await staff.goto(`${shop.server.url}/packages/admin/pages/distribution/index`);
    await staff.locator('#distribution-tab-ACTIVE').first().click();
    expect(await staff.locator('#distributor-stats-dev_distributor').first().textContent()).toMatch(/直推 \d+ 人 · 二级 \d+ 人 · 已结算 ¥/);
    await shot(staff, 'distributor-stats');
    await staff.goto(`${shop.server.url}/packages/admin/pages/orders/index?distributorId=dev_distributor`);
    await staff.locator('#order-filters').first().waitFor();
    await staff.waitForLoadState('networkidle');
    await shot(staff, 'orders-of-distributor');

    await staff.goto(`${shop.server.url}/packages/admin/pages/settings/index`);
    await staff.locator('#grade-add').first().click();
    await staff.locator('#grade-name-0 input, input#grade-name-0').first().waitFor();
    await staff.locator('#policy-grades').first().scrollIntoViewIfNeeded();
    await shot(staff, 'grade-added');
  }, 120_000);
});
