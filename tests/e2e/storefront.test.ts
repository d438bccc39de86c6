import type { Page } from 'playwright-core';
import type { ProductDetail } from '../../src/contracts/catalog';
import type { OrderView } from '../../src/contracts/orders';
import type { StoreView } from '../../src/contracts/stores';
import { describeShop } from './support/e2e-shop';
import { eventually } from './support/eventually';

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// What `npm start` adds: a coupon, activities, a store, and real 签到 points.
describeShop('storefront in Chromium: 收藏, 足迹, 地址簿, 客服, the shop identity and the rough edges', 'storefront', { demo: true }, (shop) => {

  const url = (path: string) => `${shop.server.url}/${path}`;
  const shot = (page: Page, name: string) => shop.shot(page, name);
  const fill = async (page: Page, id: string, value: string) => page.locator(`#${id} input, input#${id}, #${id} textarea, textarea#${id}`).first().fill(value);
  const confirmModal = async (page: Page) => {
    await page.locator('.taro-model__confirm').first().waitFor();
    await page.locator('.taro-model__confirm').first().click();
  };
  const pickFirst = async (page: Page, id: string) => {
    await page.locator(`#${id}`).first().click();
    // Each picker has its own (hidden) sheet: confirm the one that is open, which keeps its first option.
    const confirm = page.locator('.weui-picker__action:visible', { hasText: '确定' }).first();
    await confirm.waitFor();
    await confirm.click();
    await page.locator('.weui-picker__action:visible').first().waitFor({ state: 'hidden' });
  };

  test('the shop name and logo head the home page; a product is hearted and listed in 我的收藏 and 足迹; 足迹 clears; 客服 shows the shop phone', async () => {
    const visitor = await shop.pageAs('dev_customer');
    await visitor.goto(url('pages/home/index'));
    expect(await eventually(() => shop.text(visitor, '#home-shop-name'), (t) => t === '鲜甜生活馆')).toBe('鲜甜生活馆');
    expect(await visitor.locator('#home-shop-logo').count()).toBe(1);
    // 「起」 only where SKU prices differ.
    const card = (title: string) => visitor.locator('.product-card', { hasText: title }).first();
    expect(await card('赣南脐橙').textContent()).toContain('起');
    expect(await card('海南金煌芒').textContent()).not.toContain('起');
    await shot(visitor, 'home-shop-identity');

    await visitor.goto(url('packages/store/pages/product/index?productId=p01'));
    await visitor.locator('#favourite-heart').first().waitFor();
    expect(await shop.text(visitor, '#favourite-heart')).toContain('收藏');
    await visitor.locator('#favourite-heart').first().click();
    expect(await eventually(() => shop.text(visitor, '#favourite-heart'), (t) => t.includes('已收藏'))).toContain('已收藏');
    await shot(visitor, 'product-favourited');
    // H5 客服: the shop's phone from 店铺设置.
    await visitor.locator('#product-service').first().click();
    await visitor.getByText('客服电话：0571-88886666').first().waitFor();
    await shot(visitor, 'product-customer-service');
    await visitor.locator('.taro-model__cancel').first().click();

    await visitor.goto(url('pages/me/index'));
    await visitor.locator('#favourites-link').first().click();
    await visitor.locator('#favourite-p01').first().waitFor();
    expect(await visitor.locator('#favourite-p01').first().textContent()).toContain('赣南脐橙');
    await shot(visitor, 'me-favourites');

    await visitor.goto(url('pages/me/index'));
    await visitor.locator('#history-link').first().click();
    await visitor.locator('#history-p01').first().waitFor();
    // The demo customer's earlier visits follow the one just made.
    const firstRow = await visitor.locator('.saved-product').first().getAttribute('id');
    expect(firstRow).toBe('history-p01');
    await shot(visitor, 'me-history');
    await visitor.locator('#history-clear').first().click();
    await confirmModal(visitor);
    await visitor.getByText('还没有浏览记录').first().waitFor();
    await shot(visitor, 'me-history-cleared');
  }, 120_000);

  test('address book: add with the region picker, a wrong phone is refused, a second one made default; checkout picks from the book', async () => {
    const buyer = await shop.pageAs(null);
    await buyer.goto(url('packages/member/pages/addresses/index'));
    await buyer.getByText('还没有收货地址').first().waitFor();
    await buyer.locator('#address-add').first().click();
    await fill(buyer, 'address-name', '赵一');
    await fill(buyer, 'address-phone', '12345678901');
    await pickFirst(buyer, 'region-0');
    await pickFirst(buyer, 'region-1');
    await pickFirst(buyer, 'region-2');
    await fill(buyer, 'address-detail', '长安街 1 号');
    await buyer.locator('#address-save').first().click();
    await buyer.getByText('请输入正确的 11 位手机号').first().waitFor();
    await shot(buyer, 'address-phone-refused');
    await fill(buyer, 'address-phone', '13911112222');
    await shot(buyer, 'address-form');
    await buyer.locator('#address-save').first().click();
    await buyer.getByText('长安街 1 号').first().waitFor();
    expect(await buyer.locator('.addresses__item', { hasText: '赵一' }).first().textContent()).toContain('默认');
    expect(await buyer.locator('.addresses__item', { hasText: '赵一' }).first().textContent()).toContain('北京市 北京市 东城区');

    await buyer.locator('#address-add').first().click();
    await fill(buyer, 'address-name', '钱二');
    await fill(buyer, 'address-phone', '13922223333');
    await pickFirst(buyer, 'region-0');
    await pickFirst(buyer, 'region-1');
    await pickFirst(buyer, 'region-2');
    await fill(buyer, 'address-detail', '王府井大街 2 号');
    await buyer.locator('#address-default').first().click();
    await buyer.locator('#address-save').first().click();
    await buyer.getByText('王府井大街 2 号').first().waitFor();
    // The new default is listed first and is the only one marked.
    expect(await eventually(async () => (await buyer.locator('.addresses__item').first().textContent()) ?? '', (t) => t.includes('钱二'))).toContain('默认');
    expect(await buyer.locator('.addresses__default').count()).toBe(1);
    await shot(buyer, 'address-book-two');

    // Checkout: the book's default fills the form; 地址簿 › picks the other one.
    await buyer.goto(url('packages/store/pages/checkout/index?productId=p03&skuId=p03-s1&quantity=1'));
    expect(await eventually(() => buyer.locator('#addr-name input, input#addr-name').first().inputValue(), (v) => v === '钱二')).toBe('钱二');
    await buyer.locator('#checkout-address-book').first().click();
    await buyer.locator('.addresses__main', { hasText: '赵一' }).first().click();
    expect(await eventually(() => buyer.locator('#addr-name input, input#addr-name').first().inputValue(), (v) => v === '赵一')).toBe('赵一');
    expect(await buyer.locator('#addr-detail input, input#addr-detail').first().inputValue()).toBe('长安街 1 号');
    // Shoppers read the promotion limits in plain words, not the pricing order.
    const note = await eventually(() => shop.text(buyer, '#checkout-promotion-note'), (t) => t.length > 0);
    expect(note).toContain('每单限用一张优惠券');
    expect(note).not.toMatch(/→|优惠顺序/);
    await shot(buyer, 'checkout-address-picked');
  }, 180_000);

  test('rough edges, each where a page shows it', async () => {
    // --- Cart: a line asking for more than is left says 库存不足 and the stepper stops at the stock.
    const product = await shop.api<ProductDetail>('catalog', 'getProduct', { productId: 'p04' }, 'dev_customer');
    const sku = product.skus.find((s) => s.stock < 90);
    if (!sku) throw new Error('the demo needs a SKU with under 90 in stock');
    const customer = await shop.pageAs('dev_customer');
    await customer.goto(url(`packages/store/pages/product/index?productId=p04`));
    await customer.getByText(sku.specs).first().click();
    await customer.locator('#add-to-cart').first().click();
    await customer.evaluate(
      ({ skuId, quantity }) => {
        const stored = JSON.parse(window.localStorage.getItem('wfx.cart') ?? '{}') as { data: Array<{ skuId: string; quantity: number }> };
        for (const line of stored.data) if (line.skuId === skuId) line.quantity = quantity;
        window.localStorage.setItem('wfx.cart', JSON.stringify(stored));
      },
      { skuId: sku.id, quantity: sku.stock + 5 },
    );
    await customer.goto(url('pages/cart/index'));
    expect(await eventually(() => shop.text(customer, `#cart-stock-${sku.id}`), (t) => t.length > 0)).toBe(`库存不足：仅剩 ${sku.stock} 件`);
    expect(await shop.text(customer, '#cart-checkout')).toMatch(/^去结算（\d+）$/);
    await shot(customer, 'cart-stock-short');

    // --- Hint text ≥ 4.5:1 on white; the 分享 button is not white on yellow.
    const muted = await customer.evaluate(() => {
      const el = document.createElement('span');
      el.className = 'muted';
      document.body.appendChild(el);
      return getComputedStyle(el).color;
    });
    expect(contrast(muted, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);

    // --- 签到 in the demo pays real points.
    await customer.goto(url('packages/member/pages/points/index'));
    expect(await eventually(() => shop.text(customer, '#sign-in'), (t) => t.includes('积分'))).toBe('签到 +10 积分');
    await customer.locator('#sign-in').first().click();
    expect(await eventually(() => shop.text(customer, '#points-balance'), (t) => t === '10')).toBe('10');
    await shot(customer, 'sign-in-points');

    // --- Coupon faces read as money (¥10.00).
    await customer.goto(url('packages/member/pages/coupon-centre/index'));
    await customer.locator('.coupon-card__value').first().waitFor();
    expect(await shop.text(customer, '.coupon-card__value')).toBe('¥10.00');
    await shot(customer, 'coupon-face');

    // --- List prices are struck through (the 秒杀 page shows the list price beside the sale price).
    const { flashSales } = await shop.api<{ flashSales: Array<{ id: string }> }>('activities', 'listActivities', {}, 'dev_customer');
    await customer.goto(url(`packages/activity/pages/flash-sale/index?saleId=${flashSales[0]?.id ?? ''}`));
    await customer.locator('.price-tag--muted').first().waitFor();
    expect(await customer.locator('.price-tag--muted').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    await shot(customer, 'list-price-struck');

    // --- A pickup order shows no 运费 / 包邮 line; the order page shows the shop's 客服.
    const [store] = await shop.api<StoreView[]>('stores', 'listNearbyStores', {}, 'dev_customer');
    const pickup = await shop.api<OrderView>(
      'orders',
      'createOrder',
      { requestId: 'e2e-storefront-pickup', lines: [{ skuId: 'p03-s1', quantity: 1 }], address: { name: '孙三', phone: '13933334444', region: '浙江省 杭州市 西湖区', detail: '门店自提' }, delivery: { kind: 'PICKUP', storeId: store?.id ?? '' } },
      'dev_customer',
    );
    await customer.goto(url(`packages/member/pages/order/index?orderId=${pickup.id}`));
    await customer.locator('#order-total').first().waitFor();
    expect(await customer.locator('#order-shipping').count()).toBe(0);
    expect(await shop.text(customer, '#order-service-phone')).toBe('0571-88886666');
    expect(await shop.text(customer, '#order-service')).toBe('联系客服');
    await shot(customer, 'pickup-order-no-shipping');

    // --- The distributor: 分享赚 follows the chosen SKU; 一键复制文案 carries their own link (H5).
    const distributor = await shop.pageAs('dev_distributor');
    await distributor.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: shop.server.url });
    await distributor.goto(url('packages/store/pages/product/index?productId=p01'));
    expect(await eventually(() => shop.text(distributor, '#share-earn'), (t) => t.includes('¥'))).toBe('分享赚 ¥3.99');
    await distributor.getByText('10斤装').first().click();
    expect(await eventually(() => shop.text(distributor, '#share-earn'), (t) => t.includes('6.99'))).toBe('分享赚 ¥6.99');
    const shareButton = await distributor.locator('#share-button').first().evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(shareButton).not.toMatch(/rgb\(255, 164, 27\)/);
    await distributor.locator('#share-button').first().click();
    await distributor.locator('#share-h5-url').first().waitFor();
    const link = await shop.text(distributor, '#share-h5-url');
    await distributor.locator('#share-copy-button').first().click();
    const copied = await eventually(() => distributor.evaluate(() => navigator.clipboard.readText()), (t) => t.length > 0);
    expect(copied).toContain('赣南脐橙');
    expect(copied).toContain(link);
    await shot(distributor, 'share-copy-with-link');

    // --- The withdrawal form offers only the methods the merchant allows (default: 微信零钱 and 线下).
    await distributor.goto(url('packages/member/pages/earnings/index'));
    await distributor.locator('#earn-tab-withdrawals').first().click();
    await distributor.locator('#withdraw-rules').first().waitFor();
    expect(await distributor.locator('#withdraw-method-BANK_CARD').count()).toBe(0);
    expect(await distributor.locator('#withdraw-method-WECHAT_CHANGE').count()).toBe(1);
    await shot(distributor, 'withdraw-methods');

    // --- The shop-code landing page has a way on to the whole mall.
    await shop.api('distributor', 'setShopProducts', { productIds: ['p01', 'p03'] }, 'dev_distributor');
    const myShop = await shop.api<{ shopId: string }>('distributor', 'getMyShop', {}, 'dev_distributor');
    await customer.goto(url(`packages/shop/pages/home/index?shopId=${myShop.shopId}`));
    await customer.locator('#shop-go-home').first().waitFor();
    expect(await shop.text(customer, '#shop-go-home')).toBe('逛逛鲜甜生活馆全部商品 ›');
    await shot(customer, 'shop-landing-way-home');
    await customer.locator('#shop-go-home').first().click();
    await customer.locator('#home-shop-name').first().waitFor();

    // --- Staff: search orders by number and by phone; a new product says what is missing and that it starts off shelf.
    const staff = await shop.pageAs('dev_staff');
    // The admin home: 待办 counts first, then the entries in groups.
    await staff.goto(url('pages/admin/index'));
    await staff.locator('#admin-todo-to-ship').first().waitFor();
    const todo = await shop.api<{ toShip: number }>('staff', 'getAdminTodo', {}, 'dev_staff');
    expect(await shop.text(staff, '#admin-todo-to-ship')).toBe(`${todo.toShip}待发货`);
    expect(await staff.locator('#admin-todo-payment-alerts').count()).toBe(1);
    expect(await staff.locator('.card-title', { hasText: '订单与门店' }).count()).toBe(1);
    await shot(staff, 'admin-home-todo');
    await staff.goto(url('packages/admin/pages/orders/index'));
    await fill(staff, 'order-search', pickup.id);
    await staff.locator('#order-search-go').first().click();
    await staff.locator(`#admin-order-${pickup.id}`).first().waitFor();
    expect(await eventually(() => staff.locator('[id^="admin-order-"]').count(), (n) => n === 1)).toBe(1);
    await fill(staff, 'order-search', '13933334444');
    await staff.locator('#order-search-go').first().click();
    await staff.locator(`#admin-order-${pickup.id}`).first().waitFor();
    await shot(staff, 'admin-order-search');

    // 店铺设置 holds the logo and the 客服电话 the shop pages show.
    await staff.goto(url('packages/admin/pages/shop-settings/index'));
    await staff.locator('#shop-logo-preview').first().waitFor();
    expect(await staff.locator('#shop-service-phone input, input#shop-service-phone').first().inputValue()).toBe('0571-88886666');
    await shot(staff, 'admin-shop-settings');

    await staff.goto(url('packages/admin/pages/product/index'));
    await staff.locator('#product-save-reason').first().waitFor();
    expect(await shop.text(staff, '#product-save-reason')).toBe('还需填写：商品名称、至少一张图片');
    expect(await shop.text(staff, '#product-new-note')).toContain('未上架');
    expect(await staff.locator('.admin-field__required').count()).toBeGreaterThanOrEqual(4);
    await shot(staff, 'admin-new-product');

    // --- Activities: no competitor named; 计佣 and the sale window on their own lines.
    await staff.goto(url('packages/admin/pages/activities/index'));
    await staff.locator(`#flash-window-${flashSales[0]?.id ?? ''}`).first().waitFor();
    expect(await staff.locator('body').innerText()).not.toContain('CRMEB');
    const row = await staff.locator(`#activity-${flashSales[0]?.id ?? ''}`).first().innerText();
    expect(row).toMatch(/不计佣\s*\n/);
    await shot(staff, 'admin-activities');
  }, 240_000);
});
